"""A Workflow that runs a WorkflowTemplate, choosing its entrypoint and passing an argument."""

from hera.workflows import Workflow, WorkflowTemplateRef

w = Workflow(
    generate_name="workflow-template-hello-world-",
    entrypoint="print-message",
    arguments={"message": "hello world"},
    workflow_template_ref=WorkflowTemplateRef(name="workflow-template-print-message"),
)
