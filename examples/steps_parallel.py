"""Groups of steps: `Parallel()` and `Steps.parallel()` run their steps at the same time."""

from hera.workflows import Container, Parallel, Parameter, Steps, Workflow

with Workflow(generate_name="steps-parallel-", entrypoint="main") as w:
    echo = Container(
        name="echo",
        image="busybox",
        command=["echo", "{{inputs.parameters.text}}"],
        inputs=Parameter(name="text"),
    )
    with Steps(name="main") as main:
        echo(name="first", arguments={"text": "first"})
        with Parallel():
            echo(name="left", arguments={"text": "left"})
            echo(name="right", arguments={"text": "right"})
        with main.parallel():
            echo(name="up", arguments={"text": "up"})
            echo(name="down", arguments={"text": "down"})
        echo(name="last", arguments={"text": "last"})
