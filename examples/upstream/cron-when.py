"""A CronWorkflow scheduled every minute whose `when` expression skips runs less than six minutes apart."""

from hera.workflows import ConcurrencyPolicy, Container, CronWorkflow

with CronWorkflow(
    name="sleep-when",
    schedules=["* * * * *"],
    concurrency_policy=ConcurrencyPolicy.allow,
    when="{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 360 }}",
    entrypoint="sleep-busybox",
) as w:
    Container(name="sleep-busybox", image="busybox", command=["sleep"], args=["10"])
