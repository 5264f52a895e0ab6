"""A CronWorkflow that runs the `dag-inline` WorkflowTemplate every five minutes."""

from hera.workflows import CronWorkflow, WorkflowTemplateRef

w = CronWorkflow(
    name="dag-inline",
    annotations={
        "workflows.argoproj.io/description": (
            "This example demonstrates running cron workflow that has a DAG with inline templates.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.2.0",
    },
    schedules=["*/5 * * * *"],
    workflow_template_ref=WorkflowTemplateRef(name="dag-inline"),
)
