"""`WorkflowEventBinding`: submit a WorkflowTemplate when an event sent to the Argo Server matches a selector."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from hera.shared import global_config
from hera.workflows._fields import OBJECT_META, field_map
from hera.workflows._io import dump_arguments, load_io
from hera.workflows._serialize import plain
from hera.workflows._template import apply_kwargs, reorder
from hera.workflows.exceptions import DSLError, InvalidType, ManifestLoadError

__all__ = ["WorkflowEventBinding"]

META_FIELDS = field_map(OBJECT_META)
_SUBMIT = ("workflowTemplateRef", "arguments", "metadata")


class WorkflowEventBinding:
    """`WorkflowEventBinding(name="on-push", event_selector='payload.ref == "main"',
    workflow_template_ref=ci, arguments=[Parameter(name="sha", value_from=ValueFrom(event="payload.sha"))])`.

    Every field of `metadata` is a snake_case keyword argument (`name`, `namespace`, `labels`,
    `annotations`, ...; `namespace` defaults to `global_config.namespace`). `event_selector` is the
    expression an event must satisfy; `workflow_template_ref` what is submitted: a `WorkflowTemplate` or
    `ClusterWorkflowTemplate` object, its name, a `WorkflowTemplateRef`, a model or a dict. `arguments`
    take what a workflow's take (parameters whose `value_from` reads the event with `ValueFrom(event=...)`);
    `submit_metadata` is the metadata of the submitted workflow.
    Serialize with `to_dict()` / `to_yaml()`; load with `from_dict` / `from_yaml` / `from_file`.
    """

    kind: ClassVar[str] = "WorkflowEventBinding"
    _ATTRS: ClassVar[frozenset[str]] = frozenset(
        {attr for attr, _ in META_FIELDS}
        | {"event_selector", "workflow_template_ref", "arguments", "submit_metadata", "api_version"}
    )

    name: str | None
    namespace: str | None
    api_version: str | None
    event_selector: str | None
    workflow_template_ref: Any
    arguments: Any
    submit_metadata: Any

    def __init__(self, **kwargs: Any) -> None:
        for attr in self._ATTRS:
            setattr(self, attr, None)
        apply_kwargs(self, kwargs, ("name",))
        self._orders: dict[str, tuple[str, ...]] | None = None
        if self.namespace is None:
            self.namespace = global_config.namespace
        title = f"WorkflowEventBinding {self.name!r}"
        if not isinstance(self.event_selector, str) or not self.event_selector.strip():
            raise DSLError(
                f"{title}: event_selector is required: an expression over the event, such as "
                "'payload.message != \"\"' or 'discriminator == \"my-hook\"'"
            )
        if self.arguments is not None and self.workflow_template_ref is None:
            raise DSLError(
                f"{title}: arguments are passed to the workflow submitted; give workflow_template_ref too"
            )

    # -- building -----------------------------------------------------------------------------------

    def _title(self) -> str:
        return f"WorkflowEventBinding {self.name!r}"

    def _template_ref(self) -> Any:
        value = self.workflow_template_ref
        if isinstance(value, str):
            if not value:
                raise DSLError(f"{self._title()}: workflow_template_ref must name a WorkflowTemplate")
            return {"name": value}
        from hera.workflows.workflow_template import WorkflowTemplate

        if isinstance(value, WorkflowTemplate):
            if not value.name:
                raise DSLError(
                    f"{self._title()}: the {value.kind} given as workflow_template_ref has no name; give it name="
                )
            ref: dict[str, Any] = {"name": value.name}
            if value.kind == "ClusterWorkflowTemplate":
                ref["clusterScope"] = True
            return ref
        if isinstance(value, dict) or hasattr(value, "_dump") or hasattr(value, "model_dump"):
            return plain(value)
        raise InvalidType(
            f"{self._title()}: workflow_template_ref must be a WorkflowTemplate / ClusterWorkflowTemplate object, "
            f"its name, or a WorkflowTemplateRef; got a {type(value).__name__}"
        )

    def _manifest(self) -> dict[str, Any]:
        orders = self._orders or {}
        metadata: dict[str, Any] = {}
        for attr, key in META_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                metadata[key] = plain(value)
        spec: dict[str, Any] = {"event": reorder({"selector": self.event_selector}, orders.get("event"))}
        if self.workflow_template_ref is not None:
            submit: dict[str, Any] = {"workflowTemplateRef": self._template_ref()}
            arguments = dump_arguments(self.arguments, self._title()) if self.arguments is not None else None
            if arguments is not None:
                submit["arguments"] = arguments
            if self.submit_metadata is not None:
                submit["metadata"] = plain(self.submit_metadata)
            spec["submit"] = reorder(submit, orders.get("submit"))
        manifest = {
            "apiVersion": self.api_version or global_config.api_version,
            "kind": self.kind,
            "metadata": reorder(metadata, orders.get("metadata")),
            "spec": reorder(spec, orders.get("spec")),
        }
        return reorder(manifest, orders.get("manifest"))

    def _check(self, manifest: dict[str, Any]) -> None:
        from hera.workflows._validation_names import object_name_problem

        name = manifest["metadata"].get("name")
        if not name:
            raise DSLError(f"{self._title()}: name is required (a WorkflowEventBinding has no generate_name)")
        problem = object_name_problem(name, self.kind)
        if problem:
            raise DSLError(f"{self._title()}: {problem}")

    def to_dict(self, validate: bool = True) -> dict[str, Any]:
        """The manifest as plain data; checks the name first unless `validate=False`."""
        obj = global_config.apply_pre_build_hooks(self)
        manifest = obj._manifest()
        if validate:
            self._check(manifest)
        return manifest

    def build(self, validate: bool = True) -> Any:
        """The manifest as `hera.workflows.models.WorkflowEventBinding`."""
        from hera.workflows import models

        return models.WorkflowEventBinding.model_validate(self.to_dict(validate=validate))

    def to_yaml(self, validate: bool = True) -> str:
        """The manifest as YAML text."""
        from hera.shared._yaml import dump

        return dump(self.to_dict(validate=validate))

    # -- loading ------------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, manifest: dict[str, Any]) -> WorkflowEventBinding:
        """The DSL object for a WorkflowEventBinding manifest; `to_dict()` gives the manifest back."""
        from hera.workflows._loading import _unknown, expect_dict

        manifest = expect_dict(manifest, ())
        if manifest.get("kind", cls.kind) != cls.kind:
            raise ManifestLoadError(
                f"the manifest is a {manifest.get('kind')!r}, not a {cls.kind}", ("kind",)
            )
        obj = cls.__new__(cls)
        for attr in cls._ATTRS:
            setattr(obj, attr, None)
        orders: dict[str, tuple[str, ...]] = {"manifest": tuple(manifest)}
        for key in manifest:
            if key not in ("apiVersion", "kind", "metadata", "spec"):
                raise _unknown(key, ("apiVersion", "kind", "metadata", "spec"), ())
        obj.api_version = manifest.get("apiVersion")
        metadata = expect_dict(manifest.get("metadata", {}), ("metadata",))
        attrs = {key: attr for attr, key in META_FIELDS}
        for key, value in metadata.items():
            if key not in attrs:
                raise _unknown(key, attrs, ("metadata",))
            setattr(obj, attrs[key], value)
        orders["metadata"] = tuple(metadata)
        spec = expect_dict(manifest.get("spec", {}), ("spec",))
        orders["spec"] = tuple(spec)
        for key in spec:
            if key not in ("event", "submit"):
                raise _unknown(key, ("event", "submit"), ("spec",))
        event = expect_dict(spec.get("event", {}), ("spec", "event"))
        for key in event:
            if key != "selector":
                raise _unknown(key, ("selector",), ("spec", "event"))
        obj.event_selector = event.get("selector")
        orders["event"] = tuple(event)
        if "submit" in spec:
            submit = expect_dict(spec["submit"], ("spec", "submit"))
            for key in submit:
                if key not in _SUBMIT:
                    raise _unknown(key, _SUBMIT, ("spec", "submit"))
            obj.workflow_template_ref = submit.get("workflowTemplateRef")
            if "arguments" in submit:
                obj.arguments = load_io(submit["arguments"], ("spec", "submit", "arguments"))
            obj.submit_metadata = submit.get("metadata")
            orders["submit"] = tuple(submit)
        obj._orders = orders
        return obj

    @classmethod
    def from_yaml(cls, yaml_text: str) -> WorkflowEventBinding:
        """`from_dict` for YAML text."""
        from hera.shared._yaml import load

        return cls.from_dict(load(yaml_text))

    @classmethod
    def from_file(cls, path: str | Path) -> WorkflowEventBinding:
        """`from_yaml` for a file."""
        from hera.shared._yaml import load

        return cls.from_dict(load(Path(path).read_text(), source=str(path)))

    def __repr__(self) -> str:
        return f"WorkflowEventBinding(name={self.name!r}, event_selector={self.event_selector!r})"
