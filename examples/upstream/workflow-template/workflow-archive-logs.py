"""A workflow that archives the logs of all its pods (`archive_logs`)."""

from hera.workflows import Container, Workflow

with Workflow(generate_name="archive-location-", archive_logs=True, entrypoint="hello-world") as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
