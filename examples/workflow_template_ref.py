"""A Workflow that runs a WorkflowTemplate with its own arguments: `workflow_template_ref=`."""

from hera.workflows import Workflow
from hera.workflows.models import WorkflowTemplateRef

w = Workflow(
    generate_name="from-template-",
    workflow_template_ref=WorkflowTemplateRef(name="templates-library"),
    arguments={"message": "run from a reference"},
)
