"""A workflow-level semaphore: how many such workflows run at once comes from a key of a ConfigMap."""

from hera.workflows import Container, Semaphore, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="synchronization-wf-level-",
    entrypoint="hello-world",
    synchronization=Semaphore(config_map="my-config", key="workflow"),
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
