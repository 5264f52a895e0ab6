"""A Workflow that runs a submittable WorkflowTemplate as it is."""

from hera.workflows import Workflow, WorkflowTemplateRef

w = Workflow(
    generate_name="workflow-template-hello-world-",
    workflow_template_ref=WorkflowTemplateRef(name="workflow-template-submittable"),
)
