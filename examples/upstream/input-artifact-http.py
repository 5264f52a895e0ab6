"""An executable downloaded over HTTP as an input artifact."""

from hera.workflows import Container, HTTPArtifact, Workflow

with Workflow(
    generate_name="input-artifact-http-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="http-artifact-example",
) as w:
    Container(
        name="http-artifact-example",
        inputs=[
            HTTPArtifact(
                name="kubectl",
                path="/bin/kubectl",
                mode=0o755,
                url="https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl",
            )
        ],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["kubectl version"],
    )
