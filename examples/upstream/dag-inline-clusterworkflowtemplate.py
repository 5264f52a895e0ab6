"""A ClusterWorkflowTemplate whose DAG task has an inline template."""

from hera.workflows import DAG, ClusterWorkflowTemplate, Container, Task

with ClusterWorkflowTemplate(
    name="dag-inline",
    annotations={
        "workflows.argoproj.io/description": "This examples demonstrates running a DAG with inline templates.\n",
        "workflows.argoproj.io/version": ">= 3.2.0",
    },
    entrypoint="main",
) as w:
    with DAG(name="main"):
        Task(name="a", inline=Container(image="argoproj/argosay:v2"))
