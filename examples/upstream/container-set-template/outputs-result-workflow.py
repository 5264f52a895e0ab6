"""The stdout of a container set's `main` container is its result, checked by the next DAG task."""

from hera.workflows import DAG, ContainerNode, ContainerSet, Parameter, Script, Workflow

with Workflow(
    generate_name="outputs-result-",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates collecting outputs (specifically the stdout result) from a pod.\n"
            "\n"
            'Specifially, you must have a container named "main".\n'
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    with ContainerSet(name="group") as group:
        ContainerNode(
            name="main", image="python:alpine3.23", command=["python", "-c"], args=['print("hi")\n']
        )
    verify = Script(
        name="verify",
        inputs=[Parameter(name="x")],
        image="python:alpine3.23",
        command=["python"],
        source='assert "{{inputs.parameters.x}}" == "hi"\n',
    )
    with DAG(name="main"):
        a = group(name="a")
        verify(name="b", arguments={"x": a.result}, dependencies=["a"])
