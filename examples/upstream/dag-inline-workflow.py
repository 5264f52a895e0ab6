"""A DAG task whose template is written inline (`inline=`) instead of being named."""

from hera.workflows import DAG, Container, Task, Workflow

with Workflow(
    generate_name="dag-inline-",
    annotations={
        "workflows.argoproj.io/description": "This example demonstrates running a DAG with inline templates.\n",
        "workflows.argoproj.io/version": ">= 3.2.0",
    },
    entrypoint="main",
) as w:
    with DAG(name="main"):
        Task(name="a", inline=Container(image="argoproj/argosay:v2"))
