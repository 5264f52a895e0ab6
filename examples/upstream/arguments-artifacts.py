"""A workflow argument that is an artifact fetched over HTTP, installed as an executable input file."""

from hera.workflows import Artifact, Container, HTTPArtifact, Workflow

KUBECTL_URL = "https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl"

with Workflow(
    generate_name="arguments-artifacts-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="kubectl-input-artifact",
    arguments=[HTTPArtifact(name="kubectl", url=KUBECTL_URL)],
) as w:
    Container(
        name="kubectl-input-artifact",
        inputs=[Artifact(name="kubectl", path="/usr/local/bin/kubectl", mode=0o755)],
        image="busybox",
        command=["sh", "-c"],
        args=["kubectl version"],
    )
