"""A Workflow that runs a submittable ClusterWorkflowTemplate as it is."""

from hera.workflows import Workflow, WorkflowTemplateRef

w = Workflow(
    generate_name="cluster-workflow-template-hello-world-",
    workflow_template_ref=WorkflowTemplateRef(
        name="cluster-workflow-template-submittable", cluster_scope=True
    ),
)
