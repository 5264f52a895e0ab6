"""Artifact garbage collection: a workflow-wide strategy, overridden for one output artifact."""

from hera.workflows import ArtifactGC, ArtifactGCStrategy, Container, S3Artifact, Workflow

with Workflow(
    generate_name="artifact-gc-",
    entrypoint="main",
    artifact_gc=ArtifactGC(strategy=ArtifactGCStrategy.on_workflow_deletion),
) as w:
    Container(
        name="main",
        image="argoproj/argosay:v2",
        command=["sh", "-c"],
        args=['echo "hello world" > /tmp/on-completion.txt\necho "hello world" > /tmp/on-deletion.txt\n'],
        outputs=[
            S3Artifact(
                name="on-completion",
                path="/tmp/on-completion.txt",
                key="on-completion.txt",
                artifact_gc=ArtifactGC(strategy=ArtifactGCStrategy.on_workflow_completion),
            ),
            S3Artifact(name="on-deletion", path="/tmp/on-deletion.txt", key="on-deletion.txt"),
        ],
    )
