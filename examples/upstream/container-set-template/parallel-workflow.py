"""Two containers without dependencies run side by side in one pod."""

from hera.workflows import ContainerNode, ContainerSet, Workflow

with Workflow(
    generate_name="parallel-",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates running parallel containers within a single pod.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    with ContainerSet(name="main"):
        ContainerNode(name="a", image="argoproj/argosay:v2")
        ContainerNode(name="b", image="argoproj/argosay:v2")
