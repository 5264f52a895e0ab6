"""Calling a template of a WorkflowTemplate (or a ClusterWorkflowTemplate) with `template_ref=`."""

from hera.workflows import DAG, Task, Workflow
from hera.workflows.models import TemplateRef

with Workflow(generate_name="template-ref-", entrypoint="main") as w:
    with DAG(name="main"):
        a = Task(
            name="print",
            template_ref=TemplateRef(name="templates-library", template="print-message"),
            arguments={"message": "from a template library"},
        )
        b = Task(
            name="cluster-print",
            template_ref=TemplateRef(name="cluster-library", template="print-message", cluster_scope=True),
            arguments={"message": "from the cluster library"},
        )
        a >> b
