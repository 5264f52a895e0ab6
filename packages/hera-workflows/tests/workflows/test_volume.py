"""Volumes: every Kubernetes volume source, claims, mounts, and where templates and workflows put them."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import (
    DAG,
    AccessMode,
    AWSElasticBlockStoreVolume,
    AzureDiskVolume,
    AzureFileVolume,
    CephFSVolume,
    CinderVolume,
    ConfigMapVolume,
    Container,
    CronWorkflow,
    CSIVolume,
    DownwardAPIVolume,
    EmptyDirVolume,
    EphemeralVolume,
    ExistingVolume,
    FCVolume,
    FlexVolume,
    FlockerVolume,
    GCEPersistentDiskVolume,
    GitRepoVolume,
    GlusterfsVolume,
    HostPathVolume,
    ImageVolume,
    ISCSIVolume,
    NFSVolume,
    PhotonPersistentDiskVolume,
    PortworxVolume,
    ProjectedVolume,
    QuobyteVolume,
    RBDVolume,
    ScaleIOVolume,
    Script,
    SecretVolume,
    StorageOSVolume,
    Volume,
    VolumeMount,
    VsphereVirtualDiskVolume,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.volume import _BaseVolume
from tools import testing
from tools.testing import assert_schema_valid

POD_VOLUMES: list[tuple[_BaseVolume, dict[str, Any]]] = [
    (
        ExistingVolume(name="v", claim_name="c", read_only=True),
        {"persistentVolumeClaim": {"claimName": "c", "readOnly": True}},
    ),
    (
        EmptyDirVolume(name="v", medium="Memory", size_limit="1Gi"),
        {"emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}},
    ),
    (
        SecretVolume(name="v", default_mode=256, optional=True),
        {"secret": {"secretName": "v", "defaultMode": 256, "optional": True}},
    ),
    (
        SecretVolume(name="v", secret_name="s", items={"user": "u.txt"}),
        {"secret": {"secretName": "s", "items": [{"key": "user", "path": "u.txt"}]}},
    ),
    (ConfigMapVolume(name="v"), {"configMap": {"name": "v"}}),
    (
        ConfigMapVolume(name="v", config_map_name="cm", items=[m.KeyToPath(key="k", path="p", mode=420)]),
        {"configMap": {"name": "cm", "items": [{"key": "k", "mode": 420, "path": "p"}]}},
    ),
    (
        HostPathVolume(name="v", path="/var/run/docker.sock", type="Socket"),
        {"hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
    ),
    (
        NFSVolume(name="v", server="nfs", path="/x", read_only=False),
        {"nfs": {"server": "nfs", "path": "/x", "readOnly": False}},
    ),
    (
        CSIVolume(name="v", driver="d", node_publish_secret_ref="s", volume_attributes={"a": "b"}),
        {"csi": {"driver": "d", "nodePublishSecretRef": {"name": "s"}, "volumeAttributes": {"a": "b"}}},
    ),
    (
        ProjectedVolume(
            name="v",
            sources=[
                {"secret": {"name": "s"}},
                m.VolumeProjection(config_map=m.ConfigMapProjection(name="c")),
            ],
        ),
        {"projected": {"sources": [{"secret": {"name": "s"}}, {"configMap": {"name": "c"}}]}},
    ),
    (
        DownwardAPIVolume(name="v", items=[{"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]),
        {"downwardAPI": {"items": [{"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]}},
    ),
    (
        EphemeralVolume(name="v", size="10Gi", storage_class_name="fast"),
        {
            "ephemeral": {
                "volumeClaimTemplate": {
                    "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "resources": {"requests": {"storage": "10Gi"}},
                        "storageClassName": "fast",
                    }
                }
            }
        },
    ),
    (
        EphemeralVolume(name="v", volume_claim_template={"spec": {"accessModes": ["ReadWriteMany"]}}),
        {"ephemeral": {"volumeClaimTemplate": {"spec": {"accessModes": ["ReadWriteMany"]}}}},
    ),
    (
        ImageVolume(name="v", reference="registry/model:1", pull_policy="IfNotPresent"),
        {"image": {"reference": "registry/model:1", "pullPolicy": "IfNotPresent"}},
    ),
    (
        GitRepoVolume(name="v", repository="https://g/r.git", revision="main"),
        {"gitRepo": {"repository": "https://g/r.git", "revision": "main"}},
    ),
    (
        AWSElasticBlockStoreVolume(name="v", volume_id="vol-1", partition=1),
        {"awsElasticBlockStore": {"volumeID": "vol-1", "partition": 1}},
    ),
    (
        AzureDiskVolume(name="v", disk_name="d", disk_uri="u"),
        {"azureDisk": {"diskName": "d", "diskURI": "u"}},
    ),
    (
        AzureFileVolume(name="v", secret_name="s", share_name="sh"),
        {"azureFile": {"secretName": "s", "shareName": "sh"}},
    ),
    (
        CephFSVolume(name="v", monitors=["m:6789"], secret_ref="ceph"),
        {"cephfs": {"monitors": ["m:6789"], "secretRef": {"name": "ceph"}}},
    ),
    (
        CinderVolume(name="v", volume_id="c1", fs_type="ext4"),
        {"cinder": {"volumeID": "c1", "fsType": "ext4"}},
    ),
    (FCVolume(name="v", target_ww_ns=["w"], lun=0), {"fc": {"targetWWNs": ["w"], "lun": 0}}),
    (
        FlexVolume(name="v", driver="x/y", options={"a": "b"}),
        {"flexVolume": {"driver": "x/y", "options": {"a": "b"}}},
    ),
    (FlockerVolume(name="v", dataset_uuid="u"), {"flocker": {"datasetUUID": "u"}}),
    (GCEPersistentDiskVolume(name="v", pd_name="pd"), {"gcePersistentDisk": {"pdName": "pd"}}),
    (GlusterfsVolume(name="v", endpoints="e", path="p"), {"glusterfs": {"endpoints": "e", "path": "p"}}),
    (
        ISCSIVolume(name="v", target_portal="t:3260", iqn="iqn.x", lun=0, secret_ref="chap"),
        {"iscsi": {"targetPortal": "t:3260", "iqn": "iqn.x", "lun": 0, "secretRef": {"name": "chap"}}},
    ),
    (PhotonPersistentDiskVolume(name="v", pd_id="p"), {"photonPersistentDisk": {"pdID": "p"}}),
    (PortworxVolume(name="v", volume_id="p"), {"portworxVolume": {"volumeID": "p"}}),
    (
        QuobyteVolume(name="v", registry="r:7861", volume="q"),
        {"quobyte": {"registry": "r:7861", "volume": "q"}},
    ),
    (
        RBDVolume(name="v", monitors=["m"], image="i", pool="p"),
        {"rbd": {"monitors": ["m"], "image": "i", "pool": "p"}},
    ),
    (
        ScaleIOVolume(name="v", gateway="g", system="s", secret_ref="sio", ssl_enabled=True),
        {"scaleIO": {"gateway": "g", "system": "s", "secretRef": {"name": "sio"}, "sslEnabled": True}},
    ),
    (
        StorageOSVolume(name="v", volume_name="n", volume_namespace="ns"),
        {"storageos": {"volumeName": "n", "volumeNamespace": "ns"}},
    ),
    (
        VsphereVirtualDiskVolume(name="v", volume_path="[ds] v.vmdk", storage_policy_id="p"),
        {"vsphereVolume": {"volumePath": "[ds] v.vmdk", "storagePolicyID": "p"}},
    ),
]


@pytest.mark.parametrize(
    ("volume", "source"), POD_VOLUMES, ids=[f"{type(v).__name__}-{i}" for i, (v, _) in enumerate(POD_VOLUMES)]
)
def test_each_volume_source_is_written_as_kubernetes_wants_it(
    volume: _BaseVolume, source: dict[str, Any]
) -> None:
    assert plain(volume) == {"name": "v", **source}
    with Workflow(generate_name="volumes-", entrypoint="c", volumes=[volume]) as w:
        Container(name="c", image="alpine")
    assert_schema_valid(w.to_dict())


def test_every_in_tree_volume_source_of_the_pinned_schema_has_a_class() -> None:
    schema = json.loads(testing.require(testing.WORKFLOWS_SCHEMA).read_text())
    sources = set(schema["definitions"]["io.k8s.api.core.v1.Volume"]["properties"]) - {"name"}
    covered = {cls._SOURCE for cls in _volume_classes() if cls._SOURCE}
    assert covered == sources


def _volume_classes() -> list[type[_BaseVolume]]:
    found, todo = [], [_BaseVolume]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


def test_read_only_is_the_mounts_and_the_sources_where_the_source_has_it() -> None:
    nfs = NFSVolume(name="n", server="s", path="/p", read_only=True, mount_path="/n")
    assert nfs._mount() == {"name": "n", "mountPath": "/n", "readOnly": True}
    assert plain(nfs)["nfs"]["readOnly"] is True
    host = HostPathVolume(name="h", path="/p", read_only=True, mount_path="/h")
    assert plain(host) == {"name": "h", "hostPath": {"path": "/p"}}
    assert host._mount() == {"name": "h", "mountPath": "/h", "readOnly": True}


def test_volume_is_a_claim_template() -> None:
    volume = Volume(
        name="data",
        size="5Gi",
        storage_class_name="fast",
        access_modes=[AccessMode.read_write_many, "ReadOnlyMany"],
        volume_mode="Filesystem",
        metadata={"labels": {"team": "a"}},
        resources={"limits": {"storage": "10Gi"}},
    )
    assert plain(volume) == {
        "metadata": {"labels": {"team": "a"}, "name": "data"},
        "spec": {
            "accessModes": ["ReadWriteMany", "ReadOnlyMany"],
            "resources": {"limits": {"storage": "10Gi"}, "requests": {"storage": "5Gi"}},
            "storageClassName": "fast",
            "volumeMode": "Filesystem",
        },
    }
    assert plain(Volume(name="d", resources=m.VolumeResourceRequirements(requests={"storage": "1Gi"}))) == {
        "metadata": {"name": "d"},
        "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}},
    }


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Volume(name="d"), "Volume 'd': size is required (the storage to request, e.g. size='1Gi')"),
        (lambda: Volume(name="d", size="1GB"), "Volume 'd': size '1GB' is not a valid storage quantity"),
        (
            lambda: Volume(name="d", size="1Gi", access_modes=["RWO"]),
            "Volume 'd': access mode 'RWO' is not one of",
        ),
        (
            lambda: Volume(name="d", size="1Gi", resources={"requests": {"storage": "2Gi"}}),
            "Volume 'd': the storage request is given twice",
        ),
        (lambda: Volume(size="1Gi"), "Volume: name must be a non-empty string"),
        (lambda: EmptyDirVolume(name=""), "EmptyDirVolume: name must be a non-empty string"),
        (lambda: EmptyDirVolume(name="e", size_limit="1 Gi"), "EmptyDirVolume 'e': size_limit '1 Gi' is not"),
        (
            lambda: NFSVolume(name="n", path="/x"),
            "NFSVolume 'n': server is required (the NFS server's host name or IP)",
        ),
        (lambda: ExistingVolume(name="e"), "ExistingVolume 'e': claim_name is required"),
        (lambda: CephFSVolume(name="c", monitors=[]), "CephFSVolume 'c': monitors is required"),
        (lambda: ISCSIVolume(name="i", target_portal="t", iqn="q"), "ISCSIVolume 'i': lun is required"),
        (lambda: EmptyDirVolume(name="e", mount_path=""), "EmptyDirVolume 'e': mount_path must be a path"),
        (lambda: EphemeralVolume(name="e"), "EphemeralVolume 'e': size is required"),
        (
            lambda: EphemeralVolume(name="e", size="1Gi", volume_claim_template={"spec": {}}),
            "EphemeralVolume 'e': give either volume_claim_template or size/resources, not both",
        ),
        (lambda: SecretVolume(name="s", items="key"), "SecretVolume 's': items must be a list"),
        (lambda: VolumeMount(name="m"), "VolumeMount 'm': mount_path is required"),
        (lambda: VolumeMount(mount_path="/m"), "VolumeMount: name must be a non-empty string"),
    ],
)
def test_bad_volumes_are_errors_naming_the_volume_and_field(make: Any, message: str) -> None:
    with pytest.raises(DSLError, match=re.escape(message)):
        plain(make())


def test_template_volumes_are_mounted_and_volume_claims_go_to_the_workflow_once() -> None:
    workdir = Volume(name="workdir", size="1Gi", mount_path="/mnt/vol")
    with Workflow(generate_name="pvc-", entrypoint="main") as w:
        write = Container(
            name="write",
            image="alpine",
            volumes=[
                workdir,
                EmptyDirVolume(name="scratch", mount_path="/tmp/s"),
                ConfigMapVolume(name="cfg"),
            ],
            volume_mounts=[
                m.VolumeMount(name="cfg", mount_path="/etc/cfg"),
                {"name": "x", "mountPath": "/x"},
            ],
        )
        read = Script(name="read", source="print(1)", volumes=[workdir])
        with DAG(name="main"):
            write() >> read()
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["volumeClaimTemplates"] == [
        {
            "metadata": {"name": "workdir"},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}},
        }
    ]
    assert "volumes" not in spec
    write_t, read_t = spec["templates"][0], spec["templates"][1]
    assert write_t["volumes"] == [
        {"name": "scratch", "emptyDir": {}},
        {"name": "cfg", "configMap": {"name": "cfg"}},
    ]
    assert write_t["container"]["volumeMounts"] == [
        {"name": "cfg", "mountPath": "/etc/cfg"},
        {"name": "x", "mountPath": "/x"},
        {"name": "workdir", "mountPath": "/mnt/vol"},
        {"name": "scratch", "mountPath": "/tmp/s"},
    ]
    assert "volumes" not in read_t
    assert read_t["script"]["volumeMounts"] == [{"name": "workdir", "mountPath": "/mnt/vol"}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_workflow_volumes_are_pod_volumes_mounted_through_volume_mounts() -> None:
    data = ExistingVolume(name="data", claim_name="pvc", mount_path="/data", sub_path="run")
    scratch = Volume(name="scratch", size="2Gi")
    with Workflow(
        generate_name="wf-", entrypoint="c", volumes=[data, scratch, m.Volume(name="raw", empty_dir={})]
    ) as w:
        Container(
            name="c",
            image="alpine",
            volume_mounts=[data, VolumeMount(name="scratch", mount_path="/scratch", read_only=True)],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["volumes"] == [
        {"name": "data", "persistentVolumeClaim": {"claimName": "pvc"}},
        {"emptyDir": {}, "name": "raw"},
    ]
    assert [c["metadata"]["name"] for c in spec["volumeClaimTemplates"]] == ["scratch"]
    template = spec["templates"][0]
    assert "volumes" not in template
    assert template["container"]["volumeMounts"] == [
        {"name": "data", "mountPath": "/data", "subPath": "run"},
        {"name": "scratch", "mountPath": "/scratch", "readOnly": True},
    ]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_explicit_claim_templates_take_volumes_models_and_dicts_and_a_same_template_volume_is_not_repeated() -> (
    None
):
    workdir = Volume(name="workdir", size="1Gi", mount_path="/w")
    with Workflow(
        generate_name="wf-",
        entrypoint="c",
        volume_claim_templates=[
            workdir,
            {"metadata": {"name": "other"}, "spec": {"accessModes": ["ReadWriteOnce"]}},
        ],
    ) as w:
        Container(name="c", image="alpine", volumes=[Volume(name="workdir", size="1Gi", mount_path="/w")])
    spec = w.to_dict()["spec"]
    assert [c["metadata"]["name"] for c in spec["volumeClaimTemplates"]] == ["workdir", "other"]
    assert spec["templates"][0]["container"]["volumeMounts"] == [{"name": "workdir", "mountPath": "/w"}]


def test_a_cron_workflow_gets_the_claims_in_its_workflow_spec() -> None:
    with CronWorkflow(name="nightly", schedules=["0 1 * * *"], entrypoint="c") as w:
        Container(name="c", image="alpine", volumes=[Volume(name="v", size="1Gi", mount_path="/v")])
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["workflowSpec"]["volumeClaimTemplates"][0]["metadata"] == {"name": "v"}


def test_two_definitions_of_one_volume_name_are_an_error_naming_both_places() -> None:
    with Workflow(generate_name="conflict-", entrypoint="a") as w:
        Container(name="a", image="alpine", volumes=[Volume(name="workdir", size="1Gi", mount_path="/w")])
        Container(name="b", image="alpine", volumes=[Volume(name="workdir", size="2Gi", mount_path="/w")])
    with pytest.raises(
        DSLError, match=r"volume 'workdir' is defined differently in template 'a' .*and in template 'b'"
    ):
        w.to_dict()

    with Workflow(generate_name="conflict-", entrypoint="a", volumes=[EmptyDirVolume(name="shared")]) as w:
        Container(
            name="a", image="alpine", volumes=[HostPathVolume(name="shared", path="/tmp", mount_path="/s")]
        )
    with pytest.raises(
        DSLError,
        match=r"volume 'shared' is defined differently in workflow 'conflict-' volumes \(a pod volume "
        r'\{"emptyDir":\{\}\}\) and in template \'a\' \(a pod volume \{"hostPath":\{"path":"/tmp"\}\}\)',
    ):
        w.to_dict()

    with Workflow(generate_name="conflict-", entrypoint="a", volumes=[EmptyDirVolume(name="d")]) as w:
        Container(name="a", image="alpine", volumes=[Volume(name="d", size="1Gi", mount_path="/d")])
    with pytest.raises(
        DSLError, match=r"volume 'd' is defined differently .*\(a pod volume .*\(a volume claim template"
    ):
        w.to_dict()


def test_conflicts_inside_one_template_and_between_mounts_are_errors_naming_the_template() -> None:
    with Workflow(generate_name="conflict-", entrypoint="a") as w:
        Container(name="a", image="alpine", volumes=[EmptyDirVolume(name="x"), ConfigMapVolume(name="x")])
    with pytest.raises(
        DSLError, match=r"volume 'x' is defined differently in template 'a' .*and in template 'a'"
    ):
        w.to_dict()

    same = EmptyDirVolume(name="x", mount_path="/x")
    assert Container(name="ok", image="alpine", volumes=[same, same])._build()["volumes"] == [
        {"name": "x", "emptyDir": {}}
    ]

    clash = Container(
        name="c",
        image="alpine",
        volumes=[EmptyDirVolume(name="a", mount_path="/m"), EmptyDirVolume(name="b", mount_path="/m")],
    )
    with pytest.raises(
        DSLError, match=re.escape("template 'c': volumes 'a' and 'b' are both mounted at '/m'")
    ):
        clash._build()

    unmounted = Container(name="u", image="alpine", volume_mounts=[EmptyDirVolume(name="e")])
    with pytest.raises(
        DSLError,
        match=re.escape("template 'u': volume_mounts holds EmptyDirVolume 'e', which has no mount_path"),
    ):
        unmounted._build()

    misplaced = Container(name="v", image="alpine", volumes=[VolumeMount(name="e", mount_path="/e")])
    with pytest.raises(
        DSLError, match=re.escape("template 'v': volumes holds VolumeMount 'e'; mounts go in volume_mounts")
    ):
        misplaced._build()


def test_plain_duplicates_of_a_loaded_manifest_are_kept_as_they_are() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "dup-"},
        "spec": {
            "entrypoint": "c",
            "volumes": [{"name": "a", "emptyDir": {}}, {"name": "a", "emptyDir": {}}],
            "templates": [
                {"name": "c", "container": {"image": "alpine"}, "volumes": [{"name": "a", "emptyDir": {}}]}
            ],
        },
    }
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_class_defaults_and_pre_build_hooks_apply_to_volumes() -> None:
    global_config.set_class_defaults(Volume, storage_class_name="standard")
    assert plain(Volume(name="v", size="1Gi"))["spec"]["storageClassName"] == "standard"

    @global_config.register_pre_build_hook
    def memory_backed(volume: EmptyDirVolume) -> EmptyDirVolume:
        return dataclasses.replace(volume, medium="Memory")

    assert plain(EmptyDirVolume(name="e")) == {"name": "e", "emptyDir": {"medium": "Memory"}}


def test_access_mode_values() -> None:
    assert [mode.value for mode in AccessMode] == [
        "ReadWriteOnce",
        "ReadOnlyMany",
        "ReadWriteMany",
        "ReadWriteOncePod",
    ]
    assert plain(AccessMode.read_write_once_pod) == "ReadWriteOncePod"


def test_workflow_volumes_of_only_claims_leave_no_empty_volumes_list() -> None:
    with Workflow(generate_name="w-", entrypoint="c", volumes=[Volume(name="data", size="1Gi")]) as w:
        Container(name="c", image="alpine")
    spec = w.to_dict()["spec"]
    assert "volumes" not in spec
    assert [claim["metadata"]["name"] for claim in spec["volumeClaimTemplates"]] == ["data"]
    with Workflow(generate_name="w-", entrypoint="c", volumes=[]) as empty:
        Container(name="c", image="alpine")
    assert empty.to_dict()["spec"]["volumes"] == []
