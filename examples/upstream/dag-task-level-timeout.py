"""A template whose `timeout` comes from an input, so each task of the DAG gets its own time limit."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    generate_name="dag-task-level-timeout-",
    entrypoint="diamond",
) as w:
    echo = Container(
        name="echo",
        timeout="{{inputs.parameters.timeout}}",
        inputs=[Parameter(name="timeout")],
        image="busybox",
        command=["sleep", "15s"],
    )
    with DAG(name="diamond"):
        a = echo(name="A", arguments={"timeout": "20s"})
        a >> [echo(name="B", arguments={"timeout": "10s"}), echo(name="C", arguments={"timeout": "20s"})]
