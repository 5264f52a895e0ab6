"""Artifacts: a task writes one, the next reads it through `get_artifact`; archive, mode and optional."""

from hera.workflows import DAG, Artifact, Container, Workflow
from hera.workflows.models import ArchiveStrategy, NoneStrategy

with Workflow(generate_name="artifacts-", entrypoint="main") as w:
    write = Container(
        name="write",
        image="busybox",
        command=["sh", "-c", "echo hello > /tmp/hello.txt"],
        outputs=[
            Artifact(name="hello", path="/tmp/hello.txt", archive=ArchiveStrategy(none=NoneStrategy())),
            Artifact(name="logs", path="/tmp/logs", optional=True, global_name="all-logs"),
        ],
    )
    read = Container(
        name="read",
        image="busybox",
        command=["cat", "/tmp/in.txt"],
        inputs=[
            Artifact(name="text", path="/tmp/in.txt", mode=0o644),
            Artifact(name="extra", path="/tmp/extra", optional=True),
        ],
    )
    with DAG(name="main"):
        producer = write(name="write")
        consumer = read(name="read", arguments={"text": producer.get_artifact("hello")})
        producer >> consumer
