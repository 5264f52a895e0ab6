"""A steps workflow that keeps going after a step fails, with `continue_on=ContinueOn(failed=True)`."""

from hera.workflows import Container, ContinueOn, Steps, Workflow

with Workflow(
    generate_name="continue-on-fail-",
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    entrypoint="workflow-ignore",
    parallelism=1,
) as w:
    hello = Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
    fail = Container(
        name="intentional-fail",
        image="busybox",
        command=["sh", "-c"],
        args=["echo intentional failure; exit 1"],
    )
    with Steps(name="workflow-ignore") as steps:
        hello(name="A")
        with steps.parallel():
            hello(name="B")
            fail(name="C", continue_on=ContinueOn(failed=True))
        hello(name="D")
