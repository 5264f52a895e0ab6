"""A Workflow that runs a ClusterWorkflowTemplate, choosing its entrypoint and passing an argument."""

from hera.workflows import Workflow, WorkflowTemplateRef

w = Workflow(
    generate_name="cluster-workflow-template-hello-world-",
    entrypoint="print-message",
    arguments={"message": "hello world"},
    workflow_template_ref=WorkflowTemplateRef(
        name="cluster-workflow-template-print-message", cluster_scope=True
    ),
)
