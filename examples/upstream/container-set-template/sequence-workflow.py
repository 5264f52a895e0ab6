"""Three containers of one pod chained with `>>`, so each waits for the one before."""

from hera.workflows import ContainerNode, ContainerSet, Workflow

with Workflow(
    generate_name="sequence-",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates running a sequence of containers within a single pod.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    with ContainerSet(name="main"):
        (
            ContainerNode(name="a", image="argoproj/argosay:v2")
            >> ContainerNode(name="b", image="argoproj/argosay:v2")
            >> ContainerNode(name="c", image="argoproj/argosay:v2")
        )
