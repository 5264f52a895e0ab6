"""A workflow-level semaphore whose limit is kept in the controller's database."""

from hera.workflows import Container, Semaphore, Workflow

with Workflow(
    generate_name="synchronization-db-wf-level-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="hello-world",
    synchronization=Semaphore(key="workflow", database=True),
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
