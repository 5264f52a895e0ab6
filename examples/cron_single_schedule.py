"""The single `schedule=` of older code is written as `schedules` (the only form Argo v4 accepts)."""

from hera.workflows import Container, CronWorkflow
from hera.workflows.models import StopStrategy

with CronWorkflow(
    name="every-five-minutes",
    schedule="*/5 * * * *",
    cron_suspend=False,
    stop_strategy=StopStrategy(expression="cronworkflow.failed >= 3"),
    entrypoint="ping",
) as w:
    Container(name="ping", image="busybox", command=["echo", "ping"])
