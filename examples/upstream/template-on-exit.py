"""An exit hook on each step runs a cleanup container once the step completes."""

from hera.workflows import Container, LifecycleHook, Steps, Workflow

with Workflow(
    generate_name="container-on-exit-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="step-template",
) as w:
    hello = Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
    goodbye = Container(name="exit-container", image="busybox", command=["echo"], args=["goodbye world"])
    with Steps(name="step-template"):
        hello(name="stepA", hooks={"exit": LifecycleHook(template=goodbye)})
        hello(name="stepB", hooks={"exit": LifecycleHook(template=goodbye)})
