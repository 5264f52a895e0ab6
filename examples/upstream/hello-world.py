"""The smallest workflow: one container that echoes a greeting."""

from hera.workflows import Container, Workflow

with Workflow(
    generate_name="hello-world-",
    labels={"workflows.argoproj.io/archive-strategy": "false"},
    annotations={"workflows.argoproj.io/description": "This is a simple hello world example.\n"},
    entrypoint="hello-world",
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
