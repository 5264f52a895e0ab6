"""`Manifest`: what `EventSource` and `Sensor` share: metadata, serialization, model validation and loading."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from hera.events._plain import plain, reorder
from hera.events.exceptions import EventsDSLError
from hera.shared import _yaml, global_config

__all__ = ["API_VERSION", "Manifest"]

API_VERSION = "argoproj.io/v1alpha1"
# ObjectMeta fields the builders take as keyword arguments; any other metadata goes through `metadata=`.
_META_FIELDS = (("name", "name"), ("generate_name", "generateName"), ("namespace", "namespace"))
_META_MAPS = (("labels", "labels"), ("annotations", "annotations"))

M = TypeVar("M", bound="Manifest")


class Manifest:
    """Base of the Argo Events manifest builders. Subclasses set `kind` and implement `_build_spec()`."""

    kind: ClassVar[str]

    def _init_metadata(
        self,
        name: str | None,
        generate_name: str | None,
        namespace: str | None,
        labels: Mapping[str, str] | None,
        annotations: Mapping[str, str] | None,
        metadata: Mapping[str, Any] | None,
    ) -> None:
        self.name = name
        self.generate_name = generate_name
        self.namespace = namespace
        self.labels = dict(labels) if labels is not None else None
        self.annotations = dict(annotations) if annotations is not None else None
        self.metadata = dict(metadata) if metadata is not None else None
        self.status: Any = None
        self._meta_order: tuple[str, ...] | None = None
        self._spec_order: tuple[str, ...] | None = None
        self._key_order: tuple[str, ...] | None = None

    def _defaults(self, values: dict[str, Any]) -> dict[str, Any]:
        """`values` (the constructor's arguments) with `global_config` class defaults filling those left None."""
        defaults = global_config.get_class_defaults(type(self))
        for key, value in defaults.items():
            if key not in values:
                raise EventsDSLError(
                    f"class defaults for {type(self).__name__} name {key!r}, which is not one of its "
                    f"arguments ({', '.join(sorted(values))})"
                )
            if values[key] is None:
                values[key] = value
        return values

    @property
    def where(self) -> str:
        """How error messages name this object: `EventSource 'webhook'`."""
        if self.name:
            return f"{self.kind} {self.name!r}"
        if self.generate_name:
            return f"{self.kind} {self.generate_name + '*'!r}"
        return f"{self.kind} (unnamed)"

    def __repr__(self) -> str:
        return f"<{self.where}>"

    # -- building -----------------------------------------------------------------------------------

    def _build_metadata(self) -> dict[str, Any]:
        if not self.name and not self.generate_name:
            raise EventsDSLError(f"{self.where}: metadata needs a name; give name= (or generate_name=)")
        metadata: dict[str, Any] = {}
        for attr, key in (*_META_FIELDS, *_META_MAPS):
            value = getattr(self, attr)
            if value is not None:
                metadata[key] = plain(value, f"{self.where}: metadata.{key}")
        for key, value in (self.metadata or {}).items():
            if key in metadata:
                raise EventsDSLError(
                    f"{self.where}: metadata.{key} is given twice (as an argument and in metadata=); keep one"
                )
            if value is not None:
                metadata[key] = plain(value, f"{self.where}: metadata.{key}")
        return reorder(metadata, self._meta_order)

    def _build_spec(self) -> dict[str, Any]:
        raise NotImplementedError

    def _build(self) -> dict[str, Any]:
        manifest: dict[str, Any] = {
            "apiVersion": API_VERSION,
            "kind": self.kind,
            "metadata": self._build_metadata(),
            "spec": reorder(self._build_spec(), self._spec_order),
        }
        if self.status is not None:
            manifest["status"] = plain(self.status, f"{self.where}: status")
        return reorder(manifest, self._key_order)

    def to_dict(self) -> dict[str, Any]:
        """The manifest as plain data (after the pre-build hooks registered for this class ran).

        Checks what needs no schema (names, references between parts) and raises `EventsDSLError` naming the
        place; `build()` also validates against the generated Argo Events models.
        """
        obj = global_config.apply_pre_build_hooks(self)
        return obj._build()

    def to_yaml(self) -> str:
        """The manifest as YAML text."""
        return _yaml.dump(self.to_dict())

    def build(self) -> Any:
        """The manifest as the generated `hera.events.models` object of this kind, validated by it.

        Raises:
            EventsDSLError: the manifest does not fit the Argo Events v1.9.11 model; each problem is listed
                with its path in the manifest.
        """
        import importlib

        import pydantic

        model = getattr(importlib.import_module("hera.events.models"), self.kind)
        manifest = self.to_dict()
        try:
            return model.model_validate(manifest)
        except pydantic.ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
            )
            raise EventsDSLError(
                f"{self.where}: the manifest does not match the Argo Events {self.kind} model: {problems}"
            ) from None

    # -- loading ------------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls: type[M], manifest: Mapping[str, Any]) -> M:
        """A builder holding `manifest` (a dict of this kind, or a generated model); `to_dict()` gives it back."""
        data = plain(manifest, cls.kind)
        if not isinstance(data, dict):
            raise EventsDSLError(f"{cls.kind}.from_dict takes a mapping, got {type(manifest).__name__}")
        if data.get("kind") != cls.kind:
            raise EventsDSLError(
                f"{cls.kind}.from_dict: the manifest's kind is {data.get('kind')!r}, not {cls.kind!r}"
            )
        if data.get("apiVersion", API_VERSION) != API_VERSION:
            raise EventsDSLError(
                f"{cls.kind}.from_dict: apiVersion {data.get('apiVersion')!r} is not supported; use {API_VERSION!r}"
            )
        unknown = set(data) - {"apiVersion", "kind", "metadata", "spec", "status"}
        if unknown:
            raise EventsDSLError(
                f"{cls.kind}.from_dict: unknown top-level keys {sorted(unknown)}; "
                "a manifest has apiVersion, kind, metadata, spec and status"
            )
        metadata = dict(data.get("metadata") or {})
        obj = cls.__new__(cls)
        known = {
            key: metadata.pop(key, None)
            for key in ("name", "generateName", "namespace", "labels", "annotations")
        }
        obj._init_metadata(
            known["name"], known["generateName"], known["namespace"], known["labels"], known["annotations"],
            metadata or None,
        )  # fmt: skip
        spec = data.get("spec") or {}
        if not isinstance(spec, dict):
            raise EventsDSLError(f"{obj.where}: spec must be a mapping, got {type(spec).__name__}")
        obj._load_spec(spec)
        obj.status = data.get("status")
        obj._key_order = tuple(data)
        obj._meta_order = tuple(data.get("metadata") or ())
        obj._spec_order = tuple(spec)
        return obj

    def _load_spec(self, spec: dict[str, Any]) -> None:
        raise NotImplementedError

    @classmethod
    def from_yaml(cls: type[M], text: str) -> M:
        """A builder for the one manifest in the YAML `text` (see `from_dict`)."""
        try:
            data = _yaml.load(text, source=f"{cls.kind} YAML")
        except _yaml.YAMLSyntaxError as error:
            raise EventsDSLError(str(error)) from error
        return cls.from_dict(data)
