"""Volumes: `Volume` (a claim Argo provisions for the workflow), `ExistingVolume` (a claim that exists),
`EmptyDirVolume`, `SecretVolume`, `ConfigMapVolume`, `HostPathVolume`, `NFSVolume`, `CSIVolume`,
`ProjectedVolume`, `DownwardAPIVolume`, `EphemeralVolume`, `ImageVolume` and every other volume source of
Kubernetes' core/v1 `Volume`; `VolumeMount` and `AccessMode`.

Where they go:

- `Container(volumes=[...])` (any template): each volume with a `mount_path` is also mounted in the
  template's container. A `Volume` is added, once, to the workflow's `volumeClaimTemplates` (Argo creates
  the claim when the workflow starts and deletes it per `volume_claim_gc`); the other kinds become the
  template's own `volumes`.
- `Workflow(volumes=[...])`: pod volumes of every pod of the workflow (a `Volume` goes to
  `volumeClaimTemplates`); mount them with `volume_mounts=[...]` on the containers that use them.
- `volume_mounts=[...]` takes `VolumeMount`s, or volume objects with a `mount_path` (mounted, not declared).

One name means one volume: two different definitions under the same name (in two templates, or a
template and the workflow) raise a `DSLError` naming both places. Generated models and dicts are accepted
next to these objects, and written as they are.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any, ClassVar

from hera.workflows._fields import snake_to_camel
from hera.workflows._k8s_value import json_keys
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = [
    "AWSElasticBlockStoreVolume",
    "AccessMode",
    "AzureDiskVolume",
    "AzureFileVolume",
    "CSIVolume",
    "CephFSVolume",
    "CinderVolume",
    "ConfigMapVolume",
    "DownwardAPIVolume",
    "EmptyDirVolume",
    "EphemeralVolume",
    "ExistingVolume",
    "FCVolume",
    "FlexVolume",
    "FlockerVolume",
    "GCEPersistentDiskVolume",
    "GitRepoVolume",
    "GlusterfsVolume",
    "HostPathVolume",
    "ISCSIVolume",
    "ImageVolume",
    "NFSVolume",
    "PhotonPersistentDiskVolume",
    "PortworxVolume",
    "ProjectedVolume",
    "QuobyteVolume",
    "RBDVolume",
    "ScaleIOVolume",
    "SecretVolume",
    "StorageOSVolume",
    "Volume",
    "VolumeMount",
    "VsphereVirtualDiskVolume",
    "container_mounts",
    "template_volumes",
    "workflow_volume_sections",
]


class AccessMode(str, enum.Enum):
    """How a persistent volume can be mounted (the values of a claim's `accessModes`)."""

    read_write_once = "ReadWriteOnce"
    """Read-write by the pods of one node."""
    read_only_many = "ReadOnlyMany"
    """Read-only by many nodes."""
    read_write_many = "ReadWriteMany"
    """Read-write by many nodes."""
    read_write_once_pod = "ReadWriteOncePod"
    """Read-write by a single pod."""


_ACCESS_MODES = tuple(mode.value for mode in AccessMode)
_MOUNT_KEYS = (
    ("mount_path", "mountPath"),
    ("mount_propagation", "mountPropagation"),
    ("read_only", "readOnly"),
    ("recursive_read_only", "recursiveReadOnly"),
    ("sub_path", "subPath"),
    ("sub_path_expr", "subPathExpr"),
)


def _check_name(kind: str, name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise DSLError(f"{kind}: name must be a non-empty string (the volume's name), got {name!r}")


def _mount_data(obj: Any, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    for attr, key in _MOUNT_KEYS:
        value = getattr(obj, attr)
        if value is not None:
            out[key] = value
    return out


@dataclasses.dataclass(kw_only=True)
class VolumeMount(ValueObject):
    """A mount of a volume declared elsewhere: `VolumeMount(name="workdir", mount_path="/mnt/vol")`.

    For `volume_mounts=[...]` of a container; `read_only`, `sub_path`, `sub_path_expr`,
    `mount_propagation` and `recursive_read_only` are the Kubernetes fields of the same names.
    """

    name: str | None = None
    mount_path: str | None = None
    mount_propagation: str | None = None
    read_only: bool | None = None
    recursive_read_only: str | None = None
    sub_path: str | None = None
    sub_path_expr: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_name("VolumeMount", self.name)
        if not isinstance(self.mount_path, str) or not self.mount_path:
            raise DSLError(
                f"VolumeMount {self.name!r}: mount_path is required (the path in the container, e.g. '/mnt/vol')"
            )

    def _build(self) -> dict[str, Any]:
        return _mount_data(self, str(self.name))


@dataclasses.dataclass(kw_only=True)
class _BaseVolume(ValueObject):
    """A named volume and, when `mount_path` is set, where the template's container mounts it.

    Subclasses set `_SOURCE` (the key of the source in a Kubernetes Volume, e.g. `nfs`) and declare the
    source's fields; `_KEYS` renames fields whose JSON key is not the camel-case of the field name.
    `read_only` is the mount's, and also the source's where the source has a `readOnly` field.
    """

    _SOURCE: ClassVar[str] = ""
    _READ_ONLY: ClassVar[bool] = False
    _REQUIRED: ClassVar[tuple[tuple[str, str], ...]] = ()
    _KEYS: ClassVar[dict[str, str]] = {}
    _REFS: ClassVar[tuple[str, ...]] = ()

    name: str | None = None
    mount_path: str | None = None
    mount_propagation: str | None = None
    read_only: bool | None = None
    recursive_read_only: str | None = None
    sub_path: str | None = None
    sub_path_expr: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        kind = type(self).__name__
        _check_name(kind, self.name)
        for attr, meaning in self._REQUIRED:
            value = getattr(self, attr)
            if value is None or value == "" or value == []:
                raise DSLError(f"{kind} {self.name!r}: {attr} is required ({meaning})")
        if self.mount_path is not None and (not isinstance(self.mount_path, str) or not self.mount_path):
            raise DSLError(
                f"{kind} {self.name!r}: mount_path must be a path such as '/mnt/vol', got {self.mount_path!r}"
            )

    def _source(self) -> dict[str, Any]:
        """The volume source (the value under `_SOURCE`)."""
        out: dict[str, Any] = {}
        for attr, key in _source_fields(type(self)):
            value = getattr(self, attr)
            if value is None:
                continue
            if attr in self._REFS and isinstance(value, str):
                value = {"name": value}
            out[key] = plain(value)
        if self._READ_ONLY and self.read_only is not None:
            out["readOnly"] = self.read_only
        return out

    def _build(self) -> dict[str, Any]:
        return {"name": self.name, self._SOURCE: self._source()}

    def _mount(self) -> dict[str, Any] | None:
        """The container's mount of this volume, or None without a `mount_path`."""
        if self.mount_path is None:
            return None
        return _mount_data(self, str(self.name))


_BASE_FIELDS = frozenset(f.name for f in dataclasses.fields(_BaseVolume))


def _source_fields(cls: type[_BaseVolume]) -> tuple[tuple[str, str], ...]:
    """`(attribute, JSON key)` of the source fields of a volume class (the base fields left out)."""
    skip = _BASE_FIELDS | getattr(cls, "_NOT_SOURCE", frozenset())
    return tuple((attr, key) for attr, key in json_keys(cls) if attr not in skip)


def _key_paths(value: Any, kind: str, name: Any) -> Any:
    """`items` of a secret or config map volume: a `{key: path}` mapping becomes the list Kubernetes wants."""
    if isinstance(value, dict):
        return [{"key": key, "path": path} for key, path in value.items()]
    if value is not None and not isinstance(value, (list, tuple)):
        raise DSLError(
            f"{kind} {name!r}: items must be a list of key-to-path entries or a {{key: path}} dict, got {value!r}"
        )
    return value


def _claim_spec(obj: Any, where: str) -> dict[str, Any]:
    """A PersistentVolumeClaimSpec from `size`, `access_modes`, `storage_class_name`, ... of `obj`."""
    from hera.workflows.resources import check_quantity

    modes = []
    for mode in obj.access_modes or []:
        value = mode.value if isinstance(mode, AccessMode) else mode
        if value not in _ACCESS_MODES:
            raise DSLError(
                f"{where}: access mode {mode!r} is not one of {', '.join(_ACCESS_MODES)} (see AccessMode)"
            )
        modes.append(value)
    spec: dict[str, Any] = {}
    if modes:
        spec["accessModes"] = modes
    for attr in ("data_source", "data_source_ref", "selector"):
        value = getattr(obj, attr)
        if value is not None:
            spec[snake_to_camel(attr)] = plain(value)
    resources = plain(obj.resources) if obj.resources is not None else {}
    if obj.size is not None:
        size = check_quantity(obj.size, "storage", f"{where}: size")
        requests = dict(resources.get("requests") or {})
        if "storage" in requests:
            raise DSLError(
                f"{where}: the storage request is given twice, as size and in resources; keep size"
            )
        requests["storage"] = size
        resources = {**resources, "requests": requests}
    if not (resources.get("requests") or {}).get("storage"):
        raise DSLError(f"{where}: size is required (the storage to request, e.g. size='1Gi')")
    spec["resources"] = resources
    for attr in ("storage_class_name", "volume_attributes_class_name", "volume_mode", "volume_name"):
        value = getattr(obj, attr)
        if value is not None:
            spec[snake_to_camel(attr)] = value
    return spec


def _rwo() -> list[str | AccessMode]:
    return [AccessMode.read_write_once]


@dataclasses.dataclass(kw_only=True)
class Volume(_BaseVolume):
    """A claim Argo creates for the workflow (its `volumeClaimTemplates`) and deletes after it:
    `Volume(name="workdir", size="1Gi", mount_path="/mnt/vol")`.

    `access_modes` defaults to `[AccessMode.read_write_once]`; `storage_class_name`, `volume_mode`,
    `volume_name`, `selector`, `data_source`, `data_source_ref`, `volume_attributes_class_name` and
    `resources` (more requests or limits than `size`) are the claim's; `metadata` adds labels or annotations
    to it. Given to a template's `volumes`, it is mounted in the container (with `mount_path`) and added to
    the workflow's `volumeClaimTemplates`.
    """

    size: str | None = None
    storage_class_name: str | None = None
    access_modes: list[str | AccessMode] | None = dataclasses.field(default_factory=_rwo)
    volume_mode: str | None = None
    volume_name: str | None = None
    volume_attributes_class_name: str | None = None
    selector: Any = None
    data_source: Any = None
    data_source_ref: Any = None
    resources: Any = None
    metadata: Any = None

    def __post_init__(self) -> None:
        super().__post_init__()
        self._build()

    def _source(self) -> dict[str, Any]:
        return {"claimName": self.name}

    def _build(self) -> dict[str, Any]:
        """The claim template (an entry of the workflow's `volumeClaimTemplates`)."""
        metadata = dict(plain(self.metadata) or {})
        metadata["name"] = self.name
        return {"metadata": metadata, "spec": _claim_spec(self, f"Volume {self.name!r}")}


@dataclasses.dataclass(kw_only=True)
class ExistingVolume(_BaseVolume):
    """A claim that already exists: `ExistingVolume(name="data", claim_name="my-pvc", mount_path="/data")`."""

    _SOURCE = "persistentVolumeClaim"
    _READ_ONLY = True
    _REQUIRED = (("claim_name", "the name of the PersistentVolumeClaim"),)

    claim_name: str | None = None


@dataclasses.dataclass(kw_only=True)
class EmptyDirVolume(_BaseVolume):
    """A directory that lives as long as the pod: `EmptyDirVolume(name="scratch", mount_path="/tmp/x")`;
    `medium="Memory"` backs it with RAM, `size_limit` caps it (a quantity such as `"1Gi"`)."""

    _SOURCE = "emptyDir"

    medium: str | None = None
    size_limit: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.size_limit is not None:
            from hera.workflows.resources import check_quantity

            check_quantity(self.size_limit, "storage", f"EmptyDirVolume {self.name!r}: size_limit")


@dataclasses.dataclass(kw_only=True)
class SecretVolume(_BaseVolume):
    """The keys of a secret as files: `SecretVolume(name="creds", secret_name="db", mount_path="/secret")`.

    `secret_name` defaults to the volume's name; `items` picks keys (a `{key: path}` dict or a list of
    key-to-path entries); `default_mode` sets the files' mode; `optional=True` allows a missing secret.
    """

    _SOURCE = "secret"

    secret_name: str | None = None
    default_mode: int | None = None
    items: Any = None
    optional: bool | None = None

    def _source(self) -> dict[str, Any]:
        out = super()._source()
        out.setdefault("secretName", self.name)
        if self.items is not None:
            out["items"] = plain(_key_paths(self.items, "SecretVolume", self.name))
        return out


@dataclasses.dataclass(kw_only=True)
class ConfigMapVolume(_BaseVolume):
    """The keys of a config map as files: `ConfigMapVolume(name="settings", mount_path="/etc/app")`.

    `config_map_name` defaults to the volume's name; `items`, `default_mode` and `optional` as for
    `SecretVolume`.
    """

    _SOURCE = "configMap"
    _KEYS = {"config_map_name": "name"}

    config_map_name: str | None = None
    default_mode: int | None = None
    items: Any = None
    optional: bool | None = None

    def _source(self) -> dict[str, Any]:
        out = super()._source()
        out.setdefault("name", self.name)
        if self.items is not None:
            out["items"] = plain(_key_paths(self.items, "ConfigMapVolume", self.name))
        return out


@dataclasses.dataclass(kw_only=True)
class HostPathVolume(_BaseVolume):
    """A path of the node: `HostPathVolume(name="docker", path="/var/run/docker.sock", type="Socket")`."""

    _SOURCE = "hostPath"
    _REQUIRED = (("path", "the path on the node"),)

    path: str | None = None
    type: str | None = None


@dataclasses.dataclass(kw_only=True)
class NFSVolume(_BaseVolume):
    """An NFS export: `NFSVolume(name="shared", server="nfs.local", path="/exports", mount_path="/shared")`."""

    _SOURCE = "nfs"
    _READ_ONLY = True
    _REQUIRED = (("server", "the NFS server's host name or IP"), ("path", "the path the server exports"))

    server: str | None = None
    path: str | None = None


@dataclasses.dataclass(kw_only=True)
class CSIVolume(_BaseVolume):
    """A volume of a CSI driver: `CSIVolume(name="secrets", driver="secrets-store.csi.k8s.io",
    volume_attributes={...})`; `node_publish_secret_ref` takes a secret name."""

    _SOURCE = "csi"
    _READ_ONLY = True
    _REQUIRED = (("driver", "the CSI driver's name"),)
    _REFS = ("node_publish_secret_ref",)

    driver: str | None = None
    fs_type: str | None = None
    node_publish_secret_ref: Any = None
    volume_attributes: dict[str, str] | None = None


@dataclasses.dataclass(kw_only=True)
class ProjectedVolume(_BaseVolume):
    """Several sources (secrets, config maps, downward API, service account tokens, ...) in one directory:
    `ProjectedVolume(name="all", sources=[...], mount_path="/projected")`; `sources` takes
    `models.VolumeProjection`s or dicts."""

    _SOURCE = "projected"

    default_mode: int | None = None
    sources: list[Any] | None = None


@dataclasses.dataclass(kw_only=True)
class DownwardAPIVolume(_BaseVolume):
    """Pod fields as files: `DownwardAPIVolume(name="info", items=[...], mount_path="/etc/podinfo")`;
    `items` takes `models.DownwardAPIVolumeFile`s or dicts."""

    _SOURCE = "downwardAPI"

    default_mode: int | None = None
    items: list[Any] | None = None


@dataclasses.dataclass(kw_only=True)
class EphemeralVolume(_BaseVolume):
    """A claim made for each pod and deleted with it: `EphemeralVolume(name="scratch", size="10Gi",
    storage_class_name="fast", mount_path="/scratch")`.

    `size`, `access_modes` (default ReadWriteOnce), `storage_class_name`, `volume_mode`, ... describe the
    claim as for `Volume`; or give the whole `volume_claim_template` (a model or dict) instead.
    """

    _SOURCE = "ephemeral"
    _NOT_SOURCE: ClassVar[frozenset[str]] = frozenset(
        {
            "size",
            "storage_class_name",
            "access_modes",
            "volume_mode",
            "volume_name",
            "volume_attributes_class_name",
            "selector",
            "data_source",
            "data_source_ref",
            "resources",
            "metadata",
        }
    )

    volume_claim_template: Any = None
    size: str | None = None
    storage_class_name: str | None = None
    access_modes: list[str | AccessMode] | None = dataclasses.field(default_factory=_rwo)
    volume_mode: str | None = None
    volume_name: str | None = None
    volume_attributes_class_name: str | None = None
    selector: Any = None
    data_source: Any = None
    data_source_ref: Any = None
    resources: Any = None
    metadata: Any = None

    def __post_init__(self) -> None:
        super().__post_init__()
        self._source()

    def _source(self) -> dict[str, Any]:
        if self.volume_claim_template is not None:
            if self.size is not None or self.resources is not None:
                raise DSLError(
                    f"EphemeralVolume {self.name!r}: give either volume_claim_template or size/resources, not both"
                )
            return {"volumeClaimTemplate": plain(self.volume_claim_template)}
        template: dict[str, Any] = {}
        if self.metadata is not None:
            template["metadata"] = plain(self.metadata)
        template["spec"] = _claim_spec(self, f"EphemeralVolume {self.name!r}")
        return {"volumeClaimTemplate": template}


@dataclasses.dataclass(kw_only=True)
class ImageVolume(_BaseVolume):
    """The content of an OCI image, read-only: `ImageVolume(name="model", reference="registry/model:1",
    mount_path="/model")`; `pull_policy` is `Always`, `Never` or `IfNotPresent`."""

    _SOURCE = "image"
    _REQUIRED = (("reference", "the image reference, e.g. 'registry.example.com/data:1'"),)

    reference: str | None = None
    pull_policy: str | None = None


@dataclasses.dataclass(kw_only=True)
class GitRepoVolume(_BaseVolume):
    """A git repository cloned into an empty directory (deprecated by Kubernetes; prefer a git artifact)."""

    _SOURCE = "gitRepo"
    _REQUIRED = (("repository", "the repository URL"),)

    repository: str | None = None
    directory: str | None = None
    revision: str | None = None


@dataclasses.dataclass(kw_only=True)
class AWSElasticBlockStoreVolume(_BaseVolume):
    """An AWS EBS volume (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "awsElasticBlockStore"
    _READ_ONLY = True
    _REQUIRED = (("volume_id", "the EBS volume ID"),)
    _KEYS = {"volume_id": "volumeID"}

    volume_id: str | None = None
    fs_type: str | None = None
    partition: int | None = None


@dataclasses.dataclass(kw_only=True)
class AzureDiskVolume(_BaseVolume):
    """An Azure data disk (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "azureDisk"
    _READ_ONLY = True
    _REQUIRED = (("disk_name", "the data disk's name"), ("disk_uri", "the data disk's URI"))
    _KEYS = {"disk_uri": "diskURI"}

    disk_name: str | None = None
    disk_uri: str | None = None
    caching_mode: str | None = None
    fs_type: str | None = None
    kind: str | None = None


@dataclasses.dataclass(kw_only=True)
class AzureFileVolume(_BaseVolume):
    """An Azure File share (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "azureFile"
    _READ_ONLY = True
    _REQUIRED = (("secret_name", "the secret holding the account name and key"), ("share_name", "the share"))

    secret_name: str | None = None
    share_name: str | None = None


@dataclasses.dataclass(kw_only=True)
class CephFSVolume(_BaseVolume):
    """A Ceph file system (in-tree source); `secret_ref` takes a secret name."""

    _SOURCE = "cephfs"
    _READ_ONLY = True
    _REQUIRED = (("monitors", "the Ceph monitors"),)
    _REFS = ("secret_ref",)

    monitors: list[str] | None = None
    path: str | None = None
    secret_file: str | None = None
    secret_ref: Any = None
    user: str | None = None


@dataclasses.dataclass(kw_only=True)
class CinderVolume(_BaseVolume):
    """An OpenStack Cinder volume (in-tree source, deprecated by Kubernetes); `secret_ref` takes a secret name."""

    _SOURCE = "cinder"
    _READ_ONLY = True
    _REQUIRED = (("volume_id", "the Cinder volume ID"),)
    _KEYS = {"volume_id": "volumeID"}
    _REFS = ("secret_ref",)

    volume_id: str | None = None
    fs_type: str | None = None
    secret_ref: Any = None


@dataclasses.dataclass(kw_only=True)
class FCVolume(_BaseVolume):
    """A Fibre Channel volume (in-tree source)."""

    _SOURCE = "fc"
    _READ_ONLY = True
    _KEYS = {"target_ww_ns": "targetWWNs"}

    fs_type: str | None = None
    lun: int | None = None
    target_ww_ns: list[str] | None = None
    wwids: list[str] | None = None


@dataclasses.dataclass(kw_only=True)
class FlexVolume(_BaseVolume):
    """A FlexVolume driver's volume (deprecated by Kubernetes); `secret_ref` takes a secret name."""

    _SOURCE = "flexVolume"
    _READ_ONLY = True
    _REQUIRED = (("driver", "the FlexVolume driver's name"),)
    _REFS = ("secret_ref",)

    driver: str | None = None
    fs_type: str | None = None
    options: dict[str, str] | None = None
    secret_ref: Any = None


@dataclasses.dataclass(kw_only=True)
class FlockerVolume(_BaseVolume):
    """A Flocker dataset (in-tree source, removed from recent Kubernetes)."""

    _SOURCE = "flocker"
    _KEYS = {"dataset_uuid": "datasetUUID"}

    dataset_name: str | None = None
    dataset_uuid: str | None = None


@dataclasses.dataclass(kw_only=True)
class GCEPersistentDiskVolume(_BaseVolume):
    """A GCE persistent disk (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "gcePersistentDisk"
    _READ_ONLY = True
    _REQUIRED = (("pd_name", "the persistent disk's name"),)

    pd_name: str | None = None
    fs_type: str | None = None
    partition: int | None = None


@dataclasses.dataclass(kw_only=True)
class GlusterfsVolume(_BaseVolume):
    """A GlusterFS volume (in-tree source, removed from recent Kubernetes)."""

    _SOURCE = "glusterfs"
    _READ_ONLY = True
    _REQUIRED = (("endpoints", "the endpoints object's name"), ("path", "the Glusterfs volume path"))

    endpoints: str | None = None
    path: str | None = None


@dataclasses.dataclass(kw_only=True)
class ISCSIVolume(_BaseVolume):
    """An iSCSI disk (in-tree source); `secret_ref` takes a secret name."""

    _SOURCE = "iscsi"
    _READ_ONLY = True
    _REQUIRED = (
        ("target_portal", "the iSCSI target portal"),
        ("iqn", "the iSCSI qualified name"),
        ("lun", "the iSCSI target LUN number"),
    )
    _REFS = ("secret_ref",)

    target_portal: str | None = None
    iqn: str | None = None
    lun: int | None = None
    chap_auth_discovery: bool | None = None
    chap_auth_session: bool | None = None
    fs_type: str | None = None
    initiator_name: str | None = None
    iscsi_interface: str | None = None
    portals: list[str] | None = None
    secret_ref: Any = None


@dataclasses.dataclass(kw_only=True)
class PhotonPersistentDiskVolume(_BaseVolume):
    """A Photon controller persistent disk (in-tree source, removed from recent Kubernetes)."""

    _SOURCE = "photonPersistentDisk"
    _REQUIRED = (("pd_id", "the persistent disk's ID"),)
    _KEYS = {"pd_id": "pdID"}

    pd_id: str | None = None
    fs_type: str | None = None


@dataclasses.dataclass(kw_only=True)
class PortworxVolume(_BaseVolume):
    """A Portworx volume (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "portworxVolume"
    _READ_ONLY = True
    _REQUIRED = (("volume_id", "the Portworx volume ID"),)
    _KEYS = {"volume_id": "volumeID"}

    volume_id: str | None = None
    fs_type: str | None = None


@dataclasses.dataclass(kw_only=True)
class QuobyteVolume(_BaseVolume):
    """A Quobyte volume (in-tree source, removed from recent Kubernetes)."""

    _SOURCE = "quobyte"
    _READ_ONLY = True
    _REQUIRED = (("registry", "the Quobyte registry (host:port)"), ("volume", "the Quobyte volume's name"))

    registry: str | None = None
    volume: str | None = None
    group: str | None = None
    tenant: str | None = None
    user: str | None = None


@dataclasses.dataclass(kw_only=True)
class RBDVolume(_BaseVolume):
    """A Rados block device (in-tree source); `secret_ref` takes a secret name."""

    _SOURCE = "rbd"
    _READ_ONLY = True
    _REQUIRED = (("monitors", "the Ceph monitors"), ("image", "the rados image's name"))
    _REFS = ("secret_ref",)

    monitors: list[str] | None = None
    image: str | None = None
    fs_type: str | None = None
    keyring: str | None = None
    pool: str | None = None
    secret_ref: Any = None
    user: str | None = None


@dataclasses.dataclass(kw_only=True)
class ScaleIOVolume(_BaseVolume):
    """A ScaleIO volume (in-tree source, removed from recent Kubernetes); `secret_ref` takes a secret name."""

    _SOURCE = "scaleIO"
    _READ_ONLY = True
    _REQUIRED = (
        ("gateway", "the ScaleIO API gateway's host"),
        ("system", "the ScaleIO storage system's name"),
        ("secret_ref", "the secret with the ScaleIO user's credentials"),
    )
    _REFS = ("secret_ref",)

    gateway: str | None = None
    system: str | None = None
    secret_ref: Any = None
    fs_type: str | None = None
    protection_domain: str | None = None
    ssl_enabled: bool | None = None
    storage_mode: str | None = None
    storage_pool: str | None = None
    volume_name: str | None = None


@dataclasses.dataclass(kw_only=True)
class StorageOSVolume(_BaseVolume):
    """A StorageOS volume (in-tree source, removed from recent Kubernetes); `secret_ref` takes a secret name."""

    _SOURCE = "storageos"
    _READ_ONLY = True
    _REFS = ("secret_ref",)

    fs_type: str | None = None
    secret_ref: Any = None
    volume_name: str | None = None
    volume_namespace: str | None = None


@dataclasses.dataclass(kw_only=True)
class VsphereVirtualDiskVolume(_BaseVolume):
    """A vSphere virtual disk (in-tree source, deprecated by Kubernetes in favour of CSI)."""

    _SOURCE = "vsphereVolume"
    _REQUIRED = (("volume_path", "the path of the VMDK"),)
    _KEYS = {"storage_policy_id": "storagePolicyID"}

    volume_path: str | None = None
    fs_type: str | None = None
    storage_policy_id: str | None = None
    storage_policy_name: str | None = None


# -- placing volumes in templates and workflows ----------------------------------------------------------


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _describe(data: Any) -> str:
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "name"}
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)
    return text if len(text) <= 160 else text[:157] + "..."


class _Definitions:
    """The volumes seen so far by name; a different definition under a known name is an error."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str, Any, bool]] = {}

    def add(self, name: Any, kind: str, data: Any, place: str, dsl: bool) -> bool:
        """Record a definition; False when `dsl` and identical to a known one (so it is not written twice).

        Two plain (model or dict) definitions are never compared: a manifest loaded as it is stays so.
        """
        if not isinstance(name, str):
            return True
        known = self._seen.get(name)
        if known is None:
            self._seen[name] = (kind, place, data, dsl)
            return True
        known_kind, known_place, known_data, known_dsl = known
        if known_kind == kind and known_data == data:
            return not dsl
        if not (dsl or known_dsl):
            return True
        what = {"claim": "a volume claim template", "pod": "a pod volume"}
        raise DSLError(
            f"volume {name!r} is defined differently in {known_place} ({what[known_kind]} "
            f"{_describe(known_data)}) and in {place} ({what[kind]} {_describe(data)}); one name is one volume: "
            "use the same definition (or the same object) in both places, or rename one"
        )


def template_volumes(value: Any, owner: str) -> Any:
    """A template's `volumes` as written: its pod volumes, without the `Volume` claims (those go to the
    workflow's `volumeClaimTemplates`), each name once. None when only claims were given."""
    items = _items(value)
    if not any(isinstance(item, (_BaseVolume, VolumeMount)) for item in items):
        return value
    definitions = _Definitions()
    out = []
    for item in items:
        if isinstance(item, VolumeMount):
            raise DSLError(
                f"{owner}: volumes holds VolumeMount {item.name!r}; mounts go in volume_mounts=[...], volumes "
                "declares volumes (EmptyDirVolume, ExistingVolume, ...)"
            )
        if isinstance(item, Volume):
            continue
        dsl = isinstance(item, _BaseVolume)
        data = item._dump() if dsl else plain(item)
        name = data.get("name") if isinstance(data, dict) else None
        if definitions.add(name, "pod", data, owner, dsl):
            out.append(data if dsl else item)
    return out if out else None


def container_mounts(volume_mounts: Any, volumes: Any, owner: str) -> Any:
    """The container's `volumeMounts`: `volume_mounts` (volume objects give their mount) followed by the
    mounts of the template's `volumes` that have a `mount_path`, each mount once.

    Two different mounts at the same path are an error naming the template.
    """
    explicit = _items(volume_mounts)
    from_volumes = [v for v in _items(volumes) if isinstance(v, _BaseVolume) and v.mount_path is not None]
    if not from_volumes and not any(isinstance(m, _BaseVolume) for m in explicit):
        return volume_mounts
    out: list[Any] = []
    paths: dict[Any, dict[str, Any]] = {}
    for item in [*explicit, *from_volumes]:
        if isinstance(item, _BaseVolume):
            data = item._mount()
            if data is None:
                raise DSLError(
                    f"{owner}: volume_mounts holds {type(item).__name__} {item.name!r}, which has no mount_path; "
                    "give it mount_path=..., or use VolumeMount(name=..., mount_path=...)"
                )
        else:
            data = plain(item)
        path = data.get("mountPath") if isinstance(data, dict) else None
        known = paths.get(path)
        if known is not None and path is not None:
            if known == data:
                continue
            raise DSLError(
                f"{owner}: volumes {known.get('name')!r} and {data.get('name')!r} are both mounted at {path!r}; "
                "give each mount its own mount_path (or a sub_path)"
            )
        paths[path] = data
        out.append(data if isinstance(item, _BaseVolume) else item)
    return out


def workflow_volume_sections(workflow: Any, templates: list[Any]) -> tuple[Any, Any]:
    """The workflow's `volumeClaimTemplates` and `volumes`.

    Claims: `volume_claim_templates`, then the `Volume`s of the workflow's `volumes`, then those of its
    templates (`volumes` and `volume_mounts`), each name once. Volumes: the other entries of `volumes`. The
    templates' own pod volumes are checked against these too: one name, one definition.
    """
    from hera.workflows._serialize import plain
    from hera.workflows._template import TemplateBase
    from hera.workflows.exceptions import where

    explicit_claims = workflow.volume_claim_templates
    explicit_volumes = workflow.volumes
    used = [
        t
        for t in templates
        if isinstance(t, TemplateBase)
        and any(
            isinstance(v, _BaseVolume)
            for v in (*_items(t.volumes), *_items(getattr(t, "volume_mounts", None)))
        )
    ]
    dsl_given = any(isinstance(v, _BaseVolume) for v in (*_items(explicit_claims), *_items(explicit_volumes)))
    if not used and not dsl_given:
        claims = None if explicit_claims is None else plain(explicit_claims)
        volumes = None if explicit_volumes is None else plain(explicit_volumes)
        return claims, volumes
    place = where(workflow)
    definitions = _Definitions()
    claims_out: list[Any] = []
    volumes_out: list[Any] = []
    for item in _items(explicit_claims):
        _add_claim(definitions, claims_out, item, f"{place} volume_claim_templates")
    for item in _items(explicit_volumes):
        if isinstance(item, Volume):
            _add_claim(definitions, claims_out, item, f"{place} volumes")
            continue
        dsl = isinstance(item, _BaseVolume)
        data = item._dump() if dsl else plain(item)
        if definitions.add(
            data.get("name") if isinstance(data, dict) else None, "pod", data, f"{place} volumes", dsl
        ):
            volumes_out.append(data)
    for template in used:
        owner = template._owner()
        for item in _items(template.volumes):
            if isinstance(item, Volume):
                _add_claim(definitions, claims_out, item, owner)
            elif isinstance(item, _BaseVolume):
                definitions.add(item.name, "pod", item._dump(), owner, True)
        for item in _items(getattr(template, "volume_mounts", None)):
            if isinstance(item, Volume):
                _add_claim(definitions, claims_out, item, owner)
    claims = claims_out if claims_out or explicit_claims is not None else None
    # `volumes=[Volume(...)]` holds only claims: they went to volumeClaimTemplates, and no `volumes: []` is left.
    has_claims = any(isinstance(v, Volume) for v in _items(explicit_volumes))
    volumes = volumes_out if volumes_out or (explicit_volumes is not None and not has_claims) else None
    return claims, volumes


def _add_claim(definitions: _Definitions, out: list[Any], item: Any, place: str) -> None:
    from hera.workflows._serialize import plain

    dsl = isinstance(item, Volume)
    data = item._dump() if dsl else plain(item)
    name = data.get("metadata", {}).get("name") if isinstance(data, dict) else None
    if definitions.add(name, "claim", data, place, dsl):
        out.append(data)
