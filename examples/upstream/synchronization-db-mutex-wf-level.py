"""A workflow-level mutex kept in the controller's database: one such workflow runs at a time."""

from hera.workflows import Container, Mutex, Workflow

with Workflow(
    generate_name="synchronization-db-wf-level-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="hello-world",
    synchronization=Mutex(name="test", database=True),
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
