"""Every task of a DAG has its own exit handler (`on_exit=`), run when the task completes."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(
    generate_name="exit-hanlder-dag-level-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="main",
) as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    cleanup = Container(name="exit", image="busybox", command=["echo"], args=["task cleanup"])
    with DAG(name="main"):
        a, b, c, d = (echo(name=n, on_exit=cleanup, arguments={"message": n}) for n in "ABCD")
        a >> [b, c] >> d
