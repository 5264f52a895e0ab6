"""A template that archives its container logs in the artifact repository (`archive_location`)."""

from hera.workflows import ArtifactLocation, Container, Workflow

with Workflow(generate_name="archive-location-", entrypoint="hello-world") as w:
    Container(
        name="hello-world",
        image="busybox",
        command=["echo"],
        args=["hello world"],
        archive_location=ArtifactLocation(archive_logs=True),
    )
