"""`ContainerValue` (shared by `UserContainer` and `ContainerNode`): volume objects in `volume_mounts`."""

from __future__ import annotations

import pytest

from hera.workflows import (
    Container,
    ContainerNode,
    ContainerSet,
    EmptyDirVolume,
    SecretVolume,
    UserContainer,
    VolumeMount,
    Workflow,
)
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid

SCRATCH = EmptyDirVolume(name="scratch", mount_path="/scratch")


def test_a_volume_object_in_a_sidecars_volume_mounts_becomes_a_mount() -> None:
    with Workflow(generate_name="mounts-", entrypoint="main") as w:
        Container(
            name="main",
            image="alpine",
            volumes=[SCRATCH, SecretVolume(name="creds", secret_name="creds")],
            sidecars=[
                UserContainer(
                    name="side",
                    image="alpine",
                    volume_mounts=[SCRATCH, VolumeMount(name="creds", mount_path="/creds", read_only=True)],
                )
            ],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    template = manifest["spec"]["templates"][0]
    assert template["sidecars"][0]["volumeMounts"] == [
        {"name": "scratch", "mountPath": "/scratch"},
        {"name": "creds", "mountPath": "/creds", "readOnly": True},
    ]
    assert template["container"]["volumeMounts"] == [{"name": "scratch", "mountPath": "/scratch"}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_a_volume_object_in_a_container_nodes_volume_mounts_becomes_a_mount() -> None:
    with (
        Workflow(generate_name="set-", entrypoint="set") as w,
        ContainerSet(name="set", volumes=[EmptyDirVolume(name="scratch")]),
    ):
        ContainerNode(name="a", image="alpine", volume_mounts=[SCRATCH])
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    container = manifest["spec"]["templates"][0]["containerSet"]["containers"][0]
    assert container["volumeMounts"] == [{"name": "scratch", "mountPath": "/scratch"}]


def test_mounts_from_volume_mounts_and_volumes_are_merged_once() -> None:
    sidecar = UserContainer(name="side", volume_mounts=[SCRATCH], volumes=[SCRATCH])
    assert sidecar._dump()["volumeMounts"] == [{"name": "scratch", "mountPath": "/scratch"}]
    plain_mounts = [{"name": "a", "mountPath": "/a"}]
    assert UserContainer(name="side", volume_mounts=plain_mounts)._dump()["volumeMounts"] == plain_mounts


def test_a_volume_without_mount_path_in_volume_mounts_is_an_error_naming_the_container() -> None:
    sidecar = UserContainer(name="side", volume_mounts=[EmptyDirVolume(name="scratch")])
    with pytest.raises(
        DSLError,
        match=r"UserContainer 'side': volume_mounts holds EmptyDirVolume 'scratch', which has no mount_path",
    ):
        sidecar._dump()
    node = ContainerNode(
        name="n", volume_mounts=[SCRATCH, EmptyDirVolume(name="other", mount_path="/scratch")]
    )
    with pytest.raises(
        DSLError, match=r"ContainerNode 'n': volumes 'scratch' and 'other' are both mounted at"
    ):
        node._dump()
