"""A workflow that stores its artifacts in the repository named by `artifact_repository_ref`."""

from hera.workflows import Artifact, ArtifactRepositoryRef, Container, Workflow

with Workflow(
    generate_name="artifact-repository-ref-",
    entrypoint="main",
    artifact_repository_ref=ArtifactRepositoryRef(key="my-key"),
) as w:
    Container(
        name="main",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt"],
        outputs=[Artifact(name="hello_world", path="/tmp/hello_world.txt")],
    )
