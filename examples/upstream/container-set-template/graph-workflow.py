"""A graph of four containers in one pod: b and c start after a, d after both of them."""

from hera.workflows import ContainerNode, ContainerSet, Workflow

with Workflow(
    generate_name="graph-",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates running a graph of tasks within containers in a single pod.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    with ContainerSet(name="main"):
        a = ContainerNode(name="a", image="argoproj/argosay:v2")
        b = ContainerNode(name="b", image="argoproj/argosay:v2")
        c = ContainerNode(name="c", image="argoproj/argosay:v2")
        d = ContainerNode(name="d", image="argoproj/argosay:v2")
        a >> [b, c] >> d
