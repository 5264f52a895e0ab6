"""Containers of one pod share an emptyDir workspace; a container other than `main` writes the outputs."""

from hera.workflows import Artifact, ContainerNode, ContainerSet, Parameter, ValueFrom, Workflow
from hera.workflows.volume import EmptyDirVolume

with Workflow(
    generate_name="workspace-",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates using a workspace to share files between containers. This also allows "
            'containers not\ncalled "main" to create output artifacts.\n'
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    with ContainerSet(
        name="main",
        volumes=[EmptyDirVolume(name="workspace", mount_path="/workspace")],
        outputs=[
            Parameter(name="out", value_from=ValueFrom(path="/workspace/out")),
            Artifact(name="out", path="/workspace/out"),
        ],
    ):
        ContainerNode(name="a", image="argoproj/argosay:v2", args=["echo", "hi", "/workspace/out"])
        ContainerNode(name="main", image="argoproj/argosay:v2")
