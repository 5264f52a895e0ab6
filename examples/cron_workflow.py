"""A CronWorkflow with several schedules, a time zone and a concurrency policy."""

from hera.workflows import Container, CronWorkflow

with CronWorkflow(
    name="nightly-report",
    schedules=["0 2 * * *", "0 14 * * 6"],
    timezone="Europe/Paris",
    concurrency_policy="Replace",
    starting_deadline_seconds=60,
    successful_jobs_history_limit=3,
    failed_jobs_history_limit=1,
    entrypoint="report",
) as w:
    Container(name="report", image="busybox", command=["echo", "report for {{workflow.scheduledTime}}"])
