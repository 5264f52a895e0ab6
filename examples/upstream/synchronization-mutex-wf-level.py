"""A workflow-level mutex: one workflow holding the lock runs at a time."""

from hera.workflows import Container, Mutex, Workflow

with Workflow(
    generate_name="synchronization-wf-level-", entrypoint="hello-world", synchronization=Mutex(name="test")
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
