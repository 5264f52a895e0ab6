"""A DAG with two roots: A and B start together, C waits for A, D for both."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(generate_name="dag-multiroot-", entrypoint="multiroot") as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo", "{{inputs.parameters.message}}"],
    )
    with DAG(name="multiroot"):
        A = echo(name="A", arguments={"message": "A"})
        B = echo(name="B", arguments={"message": "B"})
        C = echo(name="C", arguments={"message": "C"})
        D = echo(name="D", arguments={"message": "D"})
        A >> C
        [A, B] >> D
