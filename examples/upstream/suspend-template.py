"""A release waits for a person to resume the workflow, then for a fixed delay."""

from hera.workflows import Container, Steps, Suspend, Workflow

with Workflow(
    generate_name="suspend-template-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="suspend",
) as w:
    approve = Suspend(name="approve")
    delay = Suspend(name="delay", duration=20)
    hello_world = Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
    with Steps(name="suspend"):
        hello_world(name="build")
        approve(name="approve")
        delay(name="delay")
        hello_world(name="release")
