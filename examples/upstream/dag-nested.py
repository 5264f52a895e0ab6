"""A diamond DAG whose every task is itself a diamond DAG, passing its input down."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(
    generate_name="dag-nested-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="diamond",
) as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo", "{{inputs.parameters.message}}"],
    )
    with DAG(name="nested-diamond", inputs=[Parameter(name="message")]) as nested_diamond:
        message = nested_diamond.get_parameter("message")
        A = echo(name="A", arguments={"message": f"{message}A"})
        B = echo(name="B", arguments={"message": f"{message}B"})
        C = echo(name="C", arguments={"message": f"{message}C"})
        D = echo(name="D", arguments={"message": f"{message}D"})
        A >> [B, C] >> D
    with DAG(name="diamond"):
        A = nested_diamond(name="A", arguments={"message": "A"})
        B = nested_diamond(name="B", arguments={"message": "B"})
        C = nested_diamond(name="C", arguments={"message": "C"})
        D = nested_diamond(name="D", arguments={"message": "D"})
        A >> [B, C] >> D
