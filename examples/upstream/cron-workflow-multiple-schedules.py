"""A CronWorkflow with two schedules, a time zone, a replace policy and history limits."""

from hera.workflows import ConcurrencyPolicy, Container, CronWorkflow

with CronWorkflow(
    name="hello-world-multiple-schedules",
    schedules=["*/3 * * * 1-5", "*/2 * * * *"],
    timezone="America/Los_Angeles",
    starting_deadline_seconds=0,
    concurrency_policy=ConcurrencyPolicy.replace_running,
    successful_jobs_history_limit=4,
    failed_jobs_history_limit=4,
    cron_suspend=False,
    entrypoint="whalesay",
) as w:
    Container(
        name="whalesay",
        image="docker/whalesay:latest",
        command=["cowsay"],
        args=["🕓 hello world. Scheduled on: {{workflow.scheduledTime}}"],
    )
