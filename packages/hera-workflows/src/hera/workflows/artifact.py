"""Artifacts: files and directories passed into, out of and between templates, and where they are stored.

`Artifact` declares an artifact by name (`path`, `from_`, `mode`, `archive`, ...). Its subclasses add one
storage location each, as keyword arguments: `S3Artifact(key=...)`, `GCSArtifact`, `GitArtifact(repo=...)`,
`HTTPArtifact(url=...)`, `ArtifactoryArtifact`, `HDFSArtifact`, `OSSArtifact`, `RawArtifact(data=...)`,
`AzureArtifact`, `PluginArtifact`. `ArtifactLocation` is a location on its own (a template's
`archive_location`); `ArtifactGC` and `ArtifactRepositoryRef` are the garbage-collection and repository
settings of artifacts and workflows. Generated models and dicts are accepted wherever these are.

An artifact is checked when it is written, in the place it is used: an argument needs `from_`,
`from_expression` or a complete location, an input cannot take `from_`, and each location has the fields
Argo requires (`S3Artifact` needs `key=` in arguments, `GCSArtifact` always). Errors name the template,
task or workflow, the artifact and the field.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import enum
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from hera.shared import global_config
from hera.workflows._serialize import human_order, plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError, InvalidType

__all__ = [
    "Artifact",
    "ArtifactGC",
    "ArtifactGCStrategy",
    "ArtifactLoader",
    "ArtifactLocation",
    "ArtifactRepositoryRef",
    "ArtifactoryArtifact",
    "AzureArtifact",
    "BasicAuth",
    "ClientCertAuth",
    "GCSArtifact",
    "GitArtifact",
    "HDFSArtifact",
    "HTTPArtifact",
    "OAuth2Auth",
    "OSSArtifact",
    "PluginArtifact",
    "RawArtifact",
    "S3Artifact",
    "SecretKeySelector",
]

LOCATION_KEYS = ("artifactory", "azure", "gcs", "git", "hdfs", "http", "oss", "plugin", "raw", "s3")
"""The keys of an Argo Artifact that say where it is stored (at most one is set)."""

# Fields of the location that Argo's schema requires, and the ones an argument needs on top (the ones that
# make Argo's `HasLocationOrKey()` true: an S3 location without a key cannot be fetched).
_REQUIRED = {
    "artifactory": ("url",),
    "azure": ("endpoint", "container", "blob"),
    "gcs": ("key",),
    "git": ("repo",),
    "hdfs": ("path",),
    "http": ("url",),
    "oss": ("key",),
    "plugin": ("key",),
    "raw": ("data",),
    "s3": (),
}
_ARGUMENT_REQUIRED = {"s3": ("key",)}
_WORKFLOW_ONLY_GC = ("forceFinalizerRemoval", "podSpecPatch")
_USE = {"inputs": "input artifact", "outputs": "output artifact", "arguments": "argument artifact"}


def _owner_text(owner: Any) -> str:
    return owner if isinstance(owner, str) else owner._where()


# -- small values ---------------------------------------------------------------------------------------


class ArtifactLoader(str, enum.Enum):
    """How a runner-style script function receives an input artifact: its content parsed as JSON, or the file
    path. Kept on the artifact (`loader=`); it is not written to the manifest."""

    json = "json"
    file = "file"


class ArtifactGCStrategy(str, enum.Enum):
    """When Argo deletes an artifact's stored data (`ArtifactGC(strategy=...)`)."""

    on_workflow_completion = "OnWorkflowCompletion"
    on_workflow_deletion = "OnWorkflowDeletion"
    never = "Never"


_GC_STRATEGIES = ("", *(s.value for s in ArtifactGCStrategy))


@dataclasses.dataclass(kw_only=True)
class SecretKeySelector(ValueObject):
    """A key of a Kubernetes Secret that holds a credential: `SecretKeySelector(name="my-s3", key="accessKey")`.

    Only the Secret's name and key are written, never its content. `optional=True` lets it be missing.
    """

    name: str
    key: str
    optional: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        for field in ("name", "key"):
            value = getattr(self, field)
            if not isinstance(value, str) or not value:
                raise DSLError(
                    f"SecretKeySelector: {field} must be a non-empty string (the Secret's name and the key in it "
                    f"that holds the value), got {value!r}"
                )

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "key": self.key}
        if self.optional is not None:
            out["optional"] = self.optional
        return out


@dataclasses.dataclass(kw_only=True)
class ArtifactGC(ValueObject):
    """When and how Argo deletes stored artifacts: `ArtifactGC(strategy="OnWorkflowDeletion")`.

    Given to a workflow (`artifact_gc=`) it is the default for all its output artifacts, and
    `force_finalizer_removal` / `pod_spec_patch` may be set; given to an artifact it overrides that default.
    `strategy` is an `ArtifactGCStrategy` or its value (`OnWorkflowCompletion`, `OnWorkflowDeletion`,
    `Never`); `pod_metadata` (labels and annotations of the GC pod) takes a dict or a model.
    """

    strategy: ArtifactGCStrategy | str | None = None
    service_account_name: str | None = None
    pod_metadata: Any = None
    force_finalizer_removal: bool | None = None
    pod_spec_patch: str | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        strategy = self.strategy
        if strategy is not None and getattr(strategy, "value", strategy) not in _GC_STRATEGIES:
            raise ValueError(
                f"ArtifactGC: strategy={strategy!r} is not an artifact GC strategy; valid: "
                f"{', '.join(repr(s) for s in _GC_STRATEGIES[1:])} (see ArtifactGCStrategy)"
            )

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for attr, key in (
            ("force_finalizer_removal", "forceFinalizerRemoval"),
            ("pod_spec_patch", "podSpecPatch"),
            ("service_account_name", "serviceAccountName"),
            ("strategy", "strategy"),
            ("pod_metadata", "podMetadata"),
        ):
            value = getattr(self, attr)
            if value is not None:
                out[key] = plain(value)
        if self._order is not None:
            return {key: out[key] for key in self._order if key in out} | out
        return out

    @classmethod
    def _load(cls, data: Any) -> Any:
        """An ArtifactGC holding a manifest's `artifactGC` exactly, or the data itself if it has other keys."""
        keys = {
            "strategy": "strategy",
            "serviceAccountName": "service_account_name",
            "podMetadata": "pod_metadata",
        }
        if not isinstance(data, dict) or not set(data) <= set(keys):
            return data
        obj = cls.__new__(cls)
        for field in dataclasses.fields(cls):
            setattr(obj, field.name, None)
        for key, value in data.items():
            setattr(obj, keys[key], value)
        obj._order = tuple(data)
        return obj


@dataclasses.dataclass(kw_only=True)
class ArtifactRepositoryRef(ValueObject):
    """Which configured artifact repository a workflow uses: `ArtifactRepositoryRef(key="my-key")`.

    `config_map` names the ConfigMap (Argo's default `artifact-repositories` when omitted) and `key` the
    entry in it.
    """

    config_map: str | None = None
    key: str | None = None

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.config_map is not None:
            out["configMap"] = self.config_map
        if self.key is not None:
            out["key"] = self.key
        return out


class _HTTPAuthBase(ValueObject):
    """Base of the HTTP authentication kinds: `_AUTH_KEY` is the key of Argo's HTTPAuth they are written under."""

    _AUTH_KEY: ClassVar[str] = ""
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for attr, key in self._FIELDS:
            value = getattr(self, attr)
            if value is not None:
                out[key] = self._value(attr, value)
        return human_order(out)

    def _value(self, attr: str, value: Any) -> Any:
        return plain(value)


@dataclasses.dataclass(kw_only=True)
class BasicAuth(_HTTPAuthBase):
    """HTTP basic authentication for an `HTTPArtifact`, from two Secret keys."""

    _AUTH_KEY: ClassVar[str] = "basicAuth"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("username_secret", "usernameSecret"),
        ("password_secret", "passwordSecret"),
    )

    username_secret: Any = None
    password_secret: Any = None


@dataclasses.dataclass(kw_only=True)
class ClientCertAuth(_HTTPAuthBase):
    """TLS client-certificate authentication for an `HTTPArtifact`: the certificate and key, as Secret keys."""

    _AUTH_KEY: ClassVar[str] = "clientCert"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("client_cert_secret", "clientCertSecret"),
        ("client_key_secret", "clientKeySecret"),
    )

    client_cert_secret: Any = None
    client_key_secret: Any = None


@dataclasses.dataclass(kw_only=True)
class OAuth2Auth(_HTTPAuthBase):
    """OAuth2 client-credentials authentication for an `HTTPArtifact`.

    The client ID, client secret and token URL come from Secret keys; `scopes` is a list of strings and
    `endpoint_params` a `{key: value}` dict (or a list of Argo's `OAuth2EndpointParam`s).
    """

    _AUTH_KEY: ClassVar[str] = "oauth2"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("client_id_secret", "clientIDSecret"),
        ("client_secret_secret", "clientSecretSecret"),
        ("token_url_secret", "tokenURLSecret"),
        ("scopes", "scopes"),
        ("endpoint_params", "endpointParams"),
    )

    client_id_secret: Any = None
    client_secret_secret: Any = None
    token_url_secret: Any = None
    scopes: list[str] | None = None
    endpoint_params: dict[str, str] | list[Any] | None = None

    def _value(self, attr: str, value: Any) -> Any:
        if attr == "endpoint_params" and isinstance(value, dict):
            return [{"key": str(k), "value": plain(v)} for k, v in value.items()]
        return plain(value)


# -- artifacts ------------------------------------------------------------------------------------------

_COMMON: tuple[tuple[str, str], ...] = (
    ("archive_logs", "archiveLogs"),
    ("deleted", "deleted"),
    ("from_", "from"),
    ("from_expression", "fromExpression"),
    ("global_name", "globalName"),
    ("mode", "mode"),
    ("optional", "optional"),
    ("path", "path"),
    ("recurse_mode", "recurseMode"),
    ("sub_path", "subPath"),
    ("archive", "archive"),
    ("artifact_gc", "artifactGC"),
)
_INIT_NAMES: dict[type, frozenset[str]] = {}
_A = TypeVar("_A", bound="Artifact")
_BLANK: dict[type, tuple[tuple[str, Any], ...]] = {}


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class Artifact(ValueObject):
    """A named artifact: `Artifact(name="result", path="/tmp/result.txt")`.

    Every field of Argo's Artifact is a keyword argument in snake_case: `path`, `from_` (Argo's `from`),
    `from_expression`, `mode`, `optional`, `sub_path`, `global_name`, `archive` (an archive strategy),
    `archive_logs`, `recurse_mode`, `deleted`, `artifact_gc`. A storage location is given by using a subclass
    (`S3Artifact(name=..., key=...)`, ...) or, on a plain `Artifact`, as `s3=`, `gcs=`, ... taking a
    generated model, a dict or a location object (`Artifact(s3=S3Artifact(key="k"))`).

    `loader`, `loadb`, `dumpb`, `loads`, `dumps` and `output` are hera's settings for runner-style script
    functions; they are kept on the object and not written.
    """

    _KIND: ClassVar[str] = ""

    name: str | None = dataclasses.field(default=None, kw_only=False)
    archive: Any = None
    archive_logs: bool | None = None
    artifact_gc: ArtifactGC | Any = None
    deleted: bool | None = None
    from_: str | None = None
    from_expression: str | None = None
    global_name: str | None = None
    mode: int | None = None
    path: str | None = None
    recurse_mode: bool | None = None
    sub_path: str | None = None
    optional: bool | None = None
    artifactory: Any = None
    azure: Any = None
    gcs: Any = None
    git: Any = None
    hdfs: Any = None
    http: Any = None
    oss: Any = None
    plugin: Any = None
    raw: Any = None
    s3: Any = None
    loader: ArtifactLoader | str | None = None
    loadb: Callable[[bytes], Any] | None = None
    dumpb: Callable[[Any], bytes] | None = None
    loads: Callable[[str], Any] | None = None
    dumps: Callable[[Any], str] | None = None
    output: bool = False
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __new__(cls: type[_A], *args: Any, **kwargs: Any) -> _A:
        valid = _INIT_NAMES.get(cls)
        if valid is None:
            valid = _INIT_NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls) if f.init)
        for key in kwargs:
            if key not in valid:
                raise _unknown_argument(cls, args[0] if args else kwargs.get("name"), key, valid)
        return super().__new__(cls, *args, **kwargs)

    def __post_init__(self) -> None:
        super().__post_init__()
        mode = self.mode
        if mode is not None and (
            isinstance(mode, bool) or not isinstance(mode, int) or not 0 <= mode <= 0o7777
        ):
            raise ValueError(
                f"{self._label()}: mode={mode!r} is not a file mode; use an integer such as 0o755 (from 0 to 0o7777)"
            )
        if self.loader is not None and getattr(self.loader, "value", self.loader) not in ("json", "file"):
            raise ValueError(
                f"{self._label()}: loader={self.loader!r} is not an ArtifactLoader; valid: ArtifactLoader.json, "
                "ArtifactLoader.file"
            )
        archive = self.archive
        if archive is not None and not (
            isinstance(archive, (ValueObject, dict)) or hasattr(archive, "model_dump")
        ):
            raise InvalidType(
                f"{self._label()}: archive={archive!r} is not an archive strategy; use NoneArchiveStrategy(), "
                "TarArchiveStrategy(...), ZipArchiveStrategy(), a models.ArchiveStrategy or a dict"
            )

    def _label(self) -> str:
        return f"{type(self).__name__} {self.name!r}"

    # -- writing ---------------------------------------------------------------------------------------

    def _build(self) -> dict[str, Any]:
        return self._build_as(None, None)

    def _dump_as(self, use: str | None, owner: Any) -> dict[str, Any]:
        """The manifest entry of this artifact used as `use` (`inputs`, `outputs`, `arguments`) by `owner` (a
        place for messages: a string or an object with `_where()`), after the pre-build hooks; checked."""
        obj = global_config.apply_pre_build_hooks(self)
        if not isinstance(obj, Artifact):
            return plain(obj)
        return obj._build_as(use, owner)

    def _build_as(self, use: str | None, owner: Any) -> dict[str, Any]:
        exact = self._order is not None
        out: dict[str, Any] = {}
        if self.name is not None:
            out["name"] = self.name
        for attr, key in _COMMON:
            value = getattr(self, attr)
            if value is not None:
                out[key] = plain(value)
        for key, data in self._locations():
            out[key] = data
        self._check(out, use, owner)
        if exact:
            return {key: out[key] for key in self._order if key in out} | out  # type: ignore[union-attr]
        return out

    def _locations(self) -> list[tuple[str, Any]]:
        found = []
        for key in LOCATION_KEYS:
            value = getattr(self, key)
            if value is not None:
                found.append((key, location_data(value, key, self._label)))
        return found

    def _check(self, out: dict[str, Any], use: str | None, owner: Any) -> None:
        place = f"{_owner_text(owner)}: " if owner is not None else ""
        what = _USE.get(use or "", "artifact")
        if self.name is None:
            raise DSLError(f"{place}an {what} has no name{self._kind_suffix()}; every artifact needs name=")

        def problem(text: str) -> DSLError:
            return DSLError(f"{place}{what} {self.name!r}{self._kind_suffix()}: {text}")

        kinds = [key for key in LOCATION_KEYS if key in out]
        if len(kinds) > 1:
            raise problem(
                f"it has {len(kinds)} locations ({', '.join(kinds)}); an artifact is stored in one place, keep one"
            )
        for kind in kinds:
            self._check_fields(out[kind], kind, _REQUIRED[kind], problem, "")
        gc = out.get("artifactGC")
        if isinstance(gc, dict) and any(key in gc for key in _WORKFLOW_ONLY_GC):
            raise problem(
                "artifact_gc: force_finalizer_removal and pod_spec_patch are only valid in the workflow's "
                "artifact_gc; an artifact's ArtifactGC takes strategy, service_account_name and pod_metadata"
            )
        if use == "inputs" and out.get("from"):
            raise problem(
                "from_ is not valid in inputs (an input says where the artifact lands); pass from_ in the "
                "arguments of the task or step that runs this template"
            )
        if use != "arguments" or out.get("deleted") or out.get("from") or out.get("fromExpression"):
            return
        if not kinds:
            raise problem(
                "an argument needs from_= (e.g. a task's get_artifact(...)), from_expression=, or a location "
                "(S3Artifact(key=...), HTTPArtifact(url=...), RawArtifact(data=...), ...)"
            )
        kind = kinds[0]
        self._check_fields(
            out[kind],
            kind,
            _ARGUMENT_REQUIRED.get(kind, ()),
            problem,
            " in an argument without from_ (give it, or from_= / from_expression= to pass another artifact)",
        )

    def _check_fields(
        self, data: Any, kind: str, required: tuple[str, ...], problem: Callable[[str], DSLError], why: str
    ) -> None:
        if not isinstance(data, dict):
            return
        missing = [key for key in required if data.get(key) in (None, "")]
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            raise problem(f"{', '.join(self._field_name(kind, key) for key in missing)} {verb} required{why}")

    def _field_name(self, kind: str, key: str) -> str:
        return f"{kind}.{key}"

    def _kind_suffix(self) -> str:
        return ""

    # -- loading ---------------------------------------------------------------------------------------

    @classmethod
    def _load(cls, data: dict[str, Any]) -> Artifact:
        """An artifact holding a manifest's entry exactly: of the location's class when it has one location
        whose fields that class knows, else a plain `Artifact`."""
        from hera.workflows.archive import load_archive

        target: type[Artifact] = Artifact
        kinds = [key for key in LOCATION_KEYS if key in data]
        if len(kinds) == 1 and isinstance(data[kinds[0]], dict):
            kind_class = KIND_CLASSES[kinds[0]]
            if set(data[kinds[0]]) <= kind_class._KEYS:
                target = kind_class
        obj = object.__new__(target)
        for name, default in _blank(target):
            setattr(obj, name, default)
        for attr, key in _COMMON:
            if key in data:
                setattr(obj, attr, data[key])
        if "archive" in data:
            obj.archive = load_archive(data["archive"])
        if "artifactGC" in data:
            obj.artifact_gc = ArtifactGC._load(data["artifactGC"])
        obj.name = data.get("name")
        if target is Artifact:
            for key in kinds:
                setattr(obj, key, data[key])
        else:
            obj._load_location(data[target._KIND])
        obj._order = tuple(data)
        return obj

    def _load_location(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- hera's API ------------------------------------------------------------------------------------

    def with_name(self, name: str) -> Artifact:
        """A copy of this artifact under another name."""
        obj = copy.copy(self)
        obj.name = name
        return obj

    def _as_model(self, use: str | None) -> Any:
        from hera.workflows.models import Artifact as ModelArtifact

        return ModelArtifact.model_validate(self._dump_as(use, None))

    def as_input(self) -> Any:
        """This artifact as a `models.Artifact` for a template's inputs."""
        return self._as_model("inputs")

    def as_argument(self) -> Any:
        """This artifact as a `models.Artifact` for arguments."""
        return self._as_model("arguments")

    def as_output(self) -> Any:
        """This artifact as a `models.Artifact` for a template's outputs."""
        return self._as_model("outputs")

    def _compare_data(self) -> list[tuple[str, Any]]:
        out = []
        for field in dataclasses.fields(self):
            if field.name.startswith("_"):
                continue
            value = getattr(self, field.name)
            if isinstance(value, _LocatedArtifact):
                value = value._location_data()
            elif isinstance(value, Artifact):
                value = value._compare_data()
            elif isinstance(value, (ValueObject, dict, list)) or hasattr(value, "model_dump"):
                value = plain(value)
            out.append((field.name, value))
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Artifact):
            return NotImplemented
        return type(self) is type(other) and self._compare_data() == other._compare_data()

    __hash__ = None  # type: ignore[assignment]

    _HIDDEN: ClassVar[frozenset[str]] = frozenset()

    def __repr__(self) -> str:
        fields = []
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.name.startswith("_") or value is None or (field.name == "output" and not value):
                continue
            if field.name in self._HIDDEN:
                value = _Masked(value)
            fields.append(f"{field.name}={value!r}")
        return f"{type(self).__name__}({', '.join(fields)})"


class _Masked:
    """Shown instead of a value that may hold a credential (a token, a header value, plugin configuration)."""

    def __init__(self, value: Any) -> None:
        self.names = list(value) if isinstance(value, dict) else None

    def __repr__(self) -> str:
        if self.names is not None:
            return "{" + ", ".join(f"{name!r}: '***'" for name in self.names) + "}"
        return "'***'"


def _unknown_argument(cls: type, name: Any, key: str, valid: frozenset[str]) -> TypeError:
    close = difflib.get_close_matches(key, sorted(valid), n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"valid: {', '.join(sorted(valid))}"
    if key == "from":
        hint = "use from_ (from is a Python keyword)"
    return TypeError(f"{cls.__name__} {name!r}: unknown argument {key!r}; {hint}")


def _blank(cls: type[Artifact]) -> tuple[tuple[str, Any], ...]:
    """Each field of `cls` with its declared default (for objects loaded without running `__init__`)."""
    blank = _BLANK.get(cls)
    if blank is None:
        pairs = []
        for field in dataclasses.fields(cls):
            if field.default_factory is not dataclasses.MISSING:
                pairs.append((field.name, field.default_factory()))
            else:
                pairs.append((field.name, None if field.default is dataclasses.MISSING else field.default))
        blank = _BLANK[cls] = tuple(pairs)
    return blank


def location_data(value: Any, kind: str, where: Callable[[], str] | str) -> Any:
    """The manifest data of a location given as `<kind>=`: a location object of that kind, a model or a dict."""
    if isinstance(value, Artifact):
        if not isinstance(value, _LocatedArtifact) or kind != value._KIND:
            place = where if isinstance(where, str) else where()
            expected = KIND_CLASSES[kind].__name__
            raise InvalidType(
                f"{place}: {kind}= takes {expected}(...) (or its model, or a dict), not {type(value).__name__}(...)"
            )
        return value._location_data()
    return plain(value)


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class _LocatedArtifact(Artifact):
    """An artifact of one storage kind: its location fields are keyword arguments of the class itself."""

    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    _KEYS: ClassVar[frozenset[str]] = frozenset()

    artifactory: Any = dataclasses.field(default=None, init=False)
    azure: Any = dataclasses.field(default=None, init=False)
    gcs: Any = dataclasses.field(default=None, init=False)
    git: Any = dataclasses.field(default=None, init=False)
    hdfs: Any = dataclasses.field(default=None, init=False)
    http: Any = dataclasses.field(default=None, init=False)
    oss: Any = dataclasses.field(default=None, init=False)
    plugin: Any = dataclasses.field(default=None, init=False)
    raw: Any = dataclasses.field(default=None, init=False)
    s3: Any = dataclasses.field(default=None, init=False)
    _loc_order: tuple[str, ...] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._KEYS = frozenset(key for _, key in cls._FIELDS)

    def _locations(self) -> list[tuple[str, Any]]:
        return [(self._KIND, self._location_data())]

    def _location_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        exact = self._loc_order is not None
        for attr, key in self._FIELDS:
            value = getattr(self, attr)
            if value is not None:
                out[key] = self._location_value(attr, value)
        if exact:
            return {key: out[key] for key in self._loc_order if key in out} | out  # type: ignore[union-attr]
        return human_order(out)

    def _location_value(self, attr: str, value: Any) -> Any:
        return plain(value)

    def _load_location(self, data: dict[str, Any]) -> None:
        attrs = {key: attr for attr, key in self._FIELDS}
        for key, value in data.items():
            setattr(self, attrs[key], value)
        self._loc_order = tuple(data)

    def _field_name(self, kind: str, key: str) -> str:
        attrs = {k: attr for attr, k in self._FIELDS}
        return f"{attrs.get(key, key)}="

    def _kind_suffix(self) -> str:
        return f" ({type(self).__name__})"


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class S3Artifact(_LocatedArtifact):
    """An artifact in S3 or an S3-compatible store (MinIO, ...): `S3Artifact(name="out", path="/tmp/out",
    key="results/out.tgz")`.

    With only `key`, the bucket, endpoint and credentials come from the configured artifact repository
    ("key-only" artifacts). Credentials are `SecretKeySelector`s (or their models or dicts).
    """

    _KIND: ClassVar[str] = "s3"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("access_key_secret", "accessKeySecret"),
        ("addressing_style", "addressingStyle"),
        ("bucket", "bucket"),
        ("ca_secret", "caSecret"),
        ("create_bucket_if_not_present", "createBucketIfNotPresent"),
        ("encryption_options", "encryptionOptions"),
        ("endpoint", "endpoint"),
        ("insecure", "insecure"),
        ("key", "key"),
        ("region", "region"),
        ("role_arn", "roleARN"),
        ("secret_key_secret", "secretKeySecret"),
        ("session_token_secret", "sessionTokenSecret"),
        ("use_sdk_creds", "useSDKCreds"),
    )

    access_key_secret: SecretKeySelector | Any = None
    addressing_style: str | None = None
    bucket: str | None = None
    ca_secret: SecretKeySelector | Any = None
    create_bucket_if_not_present: Any = None
    encryption_options: Any = None
    endpoint: str | None = None
    insecure: bool | None = None
    key: str | None = None
    region: str | None = None
    role_arn: str | None = None
    secret_key_secret: SecretKeySelector | Any = None
    session_token_secret: SecretKeySelector | Any = None
    use_sdk_creds: bool | None = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class GCSArtifact(_LocatedArtifact):
    """An artifact in Google Cloud Storage: `GCSArtifact(name="out", path="/tmp/out", bucket="b", key="k")`.

    `key` is required; without `bucket` the configured artifact repository's is used.
    """

    _KIND: ClassVar[str] = "gcs"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bucket", "bucket"),
        ("key", "key"),
        ("service_account_key_secret", "serviceAccountKeySecret"),
    )

    bucket: str | None = None
    key: str | None = None
    service_account_key_secret: SecretKeySelector | Any = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class GitArtifact(_LocatedArtifact):
    """A Git repository checked out as an input artifact: `GitArtifact(name="src", path="/src", repo=...,
    revision="v1.0")`.

    `repo` is required; `depth`, `single_branch`/`branch`, `fetch` and `disable_submodules` shape the clone;
    `ssh_private_key_secret` or `username_secret`/`password_secret` authenticate.
    """

    _KIND: ClassVar[str] = "git"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("branch", "branch"),
        ("depth", "depth"),
        ("disable_submodules", "disableSubmodules"),
        ("fetch", "fetch"),
        ("insecure_ignore_host_key", "insecureIgnoreHostKey"),
        ("insecure_skip_tls", "insecureSkipTLS"),
        ("password_secret", "passwordSecret"),
        ("repo", "repo"),
        ("revision", "revision"),
        ("single_branch", "singleBranch"),
        ("ssh_private_key_secret", "sshPrivateKeySecret"),
        ("username_secret", "usernameSecret"),
    )

    branch: str | None = None
    depth: int | None = None
    disable_submodules: bool | None = None
    fetch: list[str] | None = None
    insecure_ignore_host_key: bool | None = None
    insecure_skip_tls: bool | None = None
    password_secret: SecretKeySelector | Any = None
    repo: str | None = None
    revision: str | None = None
    single_branch: bool | None = None
    ssh_private_key_secret: SecretKeySelector | Any = None
    username_secret: SecretKeySelector | Any = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class HTTPArtifact(_LocatedArtifact):
    """An artifact fetched from (or, as an output, uploaded to) a URL: `HTTPArtifact(name="data",
    path="/data.csv", url="https://...")`.

    `headers` is a `{name: value}` dict (or a list of Argo's `Header`s); `auth` is a `BasicAuth`,
    `ClientCertAuth` or `OAuth2Auth` (or a `models.HTTPAuth` or dict). Header values are not shown in `repr`.
    """

    _KIND: ClassVar[str] = "http"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("auth", "auth"),
        ("headers", "headers"),
        ("save_stream_via_file", "saveStreamViaFile"),
        ("url", "url"),
    )
    _HIDDEN: ClassVar[frozenset[str]] = frozenset({"headers"})

    auth: BasicAuth | ClientCertAuth | OAuth2Auth | Any = None
    headers: dict[str, str] | list[Any] | None = None
    save_stream_via_file: bool | None = None
    url: str | None = None

    def _location_value(self, attr: str, value: Any) -> Any:
        if attr == "headers" and isinstance(value, dict):
            return [{"name": str(k), "value": plain(v)} for k, v in value.items()]
        if attr == "auth" and isinstance(value, _HTTPAuthBase):
            return {value._AUTH_KEY: value._dump()}
        return plain(value)


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class ArtifactoryArtifact(_LocatedArtifact):
    """An artifact in JFrog Artifactory: `ArtifactoryArtifact(name="out", path="/tmp/out", url=...)`, with the
    username and password from Secret keys."""

    _KIND: ClassVar[str] = "artifactory"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("password_secret", "passwordSecret"),
        ("url", "url"),
        ("username_secret", "usernameSecret"),
    )

    password_secret: SecretKeySelector | Any = None
    url: str | None = None
    username_secret: SecretKeySelector | Any = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class HDFSArtifact(_LocatedArtifact):
    """An artifact in HDFS: `HDFSArtifact(name="out", path="/tmp/out", hdfs_path="/argo/out", addresses=[...])`.

    `hdfs_path` is the file's path in HDFS (Argo's `hdfs.path`; `path` is where it lands in the container).
    Kerberos settings are the `krb_*` fields.
    """

    _KIND: ClassVar[str] = "hdfs"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("addresses", "addresses"),
        ("data_transfer_protection", "dataTransferProtection"),
        ("force", "force"),
        ("hdfs_user", "hdfsUser"),
        ("krb_c_cache_secret", "krbCCacheSecret"),
        ("krb_config_config_map", "krbConfigConfigMap"),
        ("krb_keytab_secret", "krbKeytabSecret"),
        ("krb_realm", "krbRealm"),
        ("krb_service_principal_name", "krbServicePrincipalName"),
        ("krb_username", "krbUsername"),
        ("hdfs_path", "path"),
    )

    addresses: list[str] | None = None
    data_transfer_protection: str | None = None
    force: bool | None = None
    hdfs_path: str | None = None
    hdfs_user: str | None = None
    krb_c_cache_secret: SecretKeySelector | Any = None
    krb_config_config_map: Any = None
    krb_keytab_secret: SecretKeySelector | Any = None
    krb_realm: str | None = None
    krb_service_principal_name: str | None = None
    krb_username: str | None = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class OSSArtifact(_LocatedArtifact):
    """An artifact in Alibaba Cloud OSS: `OSSArtifact(name="out", path="/tmp/out", key="k", bucket=...,
    endpoint=...)`. `key` is required; `security_token` is not shown in `repr`."""

    _KIND: ClassVar[str] = "oss"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("access_key_secret", "accessKeySecret"),
        ("bucket", "bucket"),
        ("create_bucket_if_not_present", "createBucketIfNotPresent"),
        ("endpoint", "endpoint"),
        ("key", "key"),
        ("lifecycle_rule", "lifecycleRule"),
        ("secret_key_secret", "secretKeySecret"),
        ("security_token", "securityToken"),
        ("use_sdk_creds", "useSDKCreds"),
    )
    _HIDDEN: ClassVar[frozenset[str]] = frozenset({"security_token"})

    access_key_secret: SecretKeySelector | Any = None
    bucket: str | None = None
    create_bucket_if_not_present: bool | None = None
    endpoint: str | None = None
    key: str | None = None
    lifecycle_rule: Any = None
    secret_key_secret: SecretKeySelector | Any = None
    security_token: str | None = None
    use_sdk_creds: bool | None = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class RawArtifact(_LocatedArtifact):
    """An artifact whose content is written in the manifest: `RawArtifact(name="f", path="/tmp/f", data="...")`."""

    _KIND: ClassVar[str] = "raw"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)

    data: str | None = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class AzureArtifact(_LocatedArtifact):
    """An artifact in Azure Blob Storage: `AzureArtifact(name="out", path="/tmp/out", endpoint=...,
    container=..., blob=...)`; all three are required. `use_sdk_creds` or `account_key_secret` authenticate."""

    _KIND: ClassVar[str] = "azure"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_key_secret", "accountKeySecret"),
        ("blob", "blob"),
        ("container", "container"),
        ("endpoint", "endpoint"),
        ("use_sdk_creds", "useSDKCreds"),
    )

    account_key_secret: SecretKeySelector | Any = None
    blob: str | None = None
    container: str | None = None
    endpoint: str | None = None
    use_sdk_creds: bool | None = None


@dataclasses.dataclass(kw_only=True, eq=False, repr=False)
class PluginArtifact(_LocatedArtifact):
    """An artifact stored by an artifact driver plugin: `PluginArtifact(name="out", path="/tmp/out",
    plugin_name="my-driver", key="k", configuration="...")`.

    `plugin_name` is the plugin's name (Argo's `plugin.name`); `configuration` is the plugin's own
    configuration text and is not shown in `repr`.
    """

    _KIND: ClassVar[str] = "plugin"
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("plugin_name", "name"),
        ("configuration", "configuration"),
        ("connection_timeout_seconds", "connectionTimeoutSeconds"),
        ("key", "key"),
    )
    _HIDDEN: ClassVar[frozenset[str]] = frozenset({"configuration"})

    configuration: str | None = None
    connection_timeout_seconds: int | None = None
    key: str | None = None
    plugin_name: str | None = None


KIND_CLASSES: dict[str, type[_LocatedArtifact]] = {
    cls._KIND: cls
    for cls in (
        ArtifactoryArtifact,
        AzureArtifact,
        GCSArtifact,
        GitArtifact,
        HDFSArtifact,
        HTTPArtifact,
        OSSArtifact,
        PluginArtifact,
        RawArtifact,
        S3Artifact,
    )
}
"""The artifact class for each location key."""


@dataclasses.dataclass(kw_only=True)
class ArtifactLocation(ValueObject):
    """A storage location without an artifact: a template's `archive_location` (where its logs and outputs
    go). `ArtifactLocation(archive_logs=True)`, or with one location given as a location object, a model or a
    dict: `ArtifactLocation(s3=S3Artifact(bucket="logs", key="{{workflow.name}}"))`."""

    archive_logs: bool | None = None
    artifactory: Any = None
    azure: Any = None
    gcs: Any = None
    git: Any = None
    hdfs: Any = None
    http: Any = None
    oss: Any = None
    plugin: Any = None
    raw: Any = None
    s3: Any = None

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.archive_logs is not None:
            out["archiveLogs"] = self.archive_logs
        for key in LOCATION_KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = location_data(value, key, "ArtifactLocation")
        return out
