"""A CronWorkflow run every minute in a given time zone, replacing a run still going and keeping some history."""

from hera.workflows import ConcurrencyPolicy, Container, CronWorkflow

with CronWorkflow(
    name="hello-world",
    schedules=["* * * * *"],
    timezone="America/Los_Angeles",
    starting_deadline_seconds=0,
    concurrency_policy=ConcurrencyPolicy.replace_running,
    successful_jobs_history_limit=4,
    failed_jobs_history_limit=4,
    cron_suspend=False,
    entrypoint="hello-world-with-time",
) as w:
    Container(
        name="hello-world-with-time",
        image="busybox",
        command=["echo"],
        args=["🕓 hello world. Scheduled on: {{workflow.scheduledTime}}"],
    )
