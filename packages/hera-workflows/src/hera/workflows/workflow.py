"""`Workflow`: the object users build with `with Workflow(...) as w:`, and its serialization.

Every field of the manifest's `metadata` (ObjectMeta) and `spec` (WorkflowSpec) is a snake_case keyword
argument (`generate_name`, `labels`, `entrypoint`, `arguments`, `on_exit`, `volume_claim_gc`,
`pod_gc`, `ttl_strategy`, ...); values may be plain data or generated models.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from hera.shared import global_config
from hera.workflows import _context
from hera.workflows._fields import OBJECT_META, WORKFLOW_SPEC, field_map
from hera.workflows._io import dump_arguments
from hera.workflows._node import template_ref_name
from hera.workflows._serialize import plain
from hera.workflows._service import WorkflowServiceMixin
from hera.workflows._shorthands import FIELD_SHORTHANDS
from hera.workflows._template import TemplateBase, apply_kwargs, declare_attrs, reorder
from hera.workflows.exceptions import DSLError, TemplateNameConflict, where

__all__ = ["Workflow"]

META_FIELDS = field_map(OBJECT_META)
SPEC_FIELDS = field_map(WORKFLOW_SPEC)
_VOLUME_KEYS = frozenset({"volumeClaimTemplates", "volumes"})


class Workflow(WorkflowServiceMixin):
    """A Workflow manifest: `with Workflow(generate_name="hello-", entrypoint="main") as w: ...`.

    Templates created (with a name) inside the block, DAGs and Steps closed inside it, and the templates
    their tasks and steps use are added to `templates` once each. `namespace` and `service_account_name`
    default to `global_config`'s. Serialize with `to_dict()`, `to_yaml()`, `to_file()` or `build()`
    (the generated model); all of them validate the manifest offline first unless `validate=False`.
    Load with `from_dict`, `from_yaml`, `from_file`.
    """

    kind: ClassVar[str] = "Workflow"
    _META_FIELDS: ClassVar[tuple[tuple[str, str], ...]] = META_FIELDS
    _SPEC_FIELDS: ClassVar[tuple[tuple[str, str], ...]] = SPEC_FIELDS
    _EXTRA: ClassVar[tuple[str, ...]] = ("api_version", "status", "workflows_service")
    _ATTRS: ClassVar[frozenset[str]] = frozenset()
    _DEFAULT_NAMESPACE: ClassVar[bool] = True

    name: str | None = None
    generate_name: str | None = None
    namespace: str | None = None
    entrypoint: str | None = None
    arguments: Any = None
    templates: list[Any]
    api_version: str | None = None
    status: Any = None
    service_account_name: str | None = None
    on_exit: Any = None

    if TYPE_CHECKING:
        # The fields come from tables (one attribute per Argo field); tell type checkers they exist.
        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._init_attrs()

    @classmethod
    def _init_attrs(cls) -> None:
        declare_attrs(
            cls,
            (*(attr for attr, _ in cls._META_FIELDS), *(attr for attr, _ in cls._SPEC_FIELDS), *cls._EXTRA),
        )

    def __init__(self, **kwargs: Any) -> None:
        apply_kwargs(self, kwargs, ("name", "generate_name"))
        self._init_state()
        self.templates = list(self.templates or [])
        if self.namespace is None and self._DEFAULT_NAMESPACE:
            self.namespace = global_config.namespace
        if self.service_account_name is None:
            self.service_account_name = global_config.service_account_name
        self._post_init()

    def _init_state(self) -> None:
        self._key_order: tuple[str, ...] | None = None
        self._meta_order: tuple[str, ...] | None = None
        self._spec_order: tuple[str, ...] | None = None
        self._index: dict[Any, Any] = {}
        self._template_objects: list[Any] | None = None

    def _post_init(self) -> None:
        """Subclass hook run after the keyword arguments are set."""

    def _load_spec(self, spec: dict[str, Any], path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import load_spec

        load_spec(self, spec, path)

    # -- context ------------------------------------------------------------------------------------

    def __enter__(self) -> Workflow:
        _context.push(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _context.pop(self)

    def _add_template(self, template: Any) -> None:
        """Add `template` once; a different template under a name already taken is an error."""
        name = _name_of(template)
        index = self._index
        if len(index) != len(self.templates):
            index.clear()
            for existing in self.templates:
                index.setdefault(_name_of(existing), existing)
        known = index.get(name)
        if known is template:
            return
        if known is not None:
            if _same_template(known, template):
                return
            raise TemplateNameConflict(
                f"{where(self)}: two different templates are named {name!r}; rename one of them "
                "(a template used in several places should be one object)"
            )
        index[name] = template
        self.templates.append(template)

    # -- building -----------------------------------------------------------------------------------

    def _all_templates(self) -> list[Any]:
        """`templates` plus the template objects that tasks/steps (or on_exit) use but were not added."""
        templates = list(self.templates)
        by_name = {_name_of(t): t for t in templates}
        extra: list[Any] = []
        if isinstance(self.on_exit, TemplateBase):
            extra.append(self.on_exit)
        extra.extend(_hook_templates(self.hooks))
        position = 0
        while position < len(templates) or extra:
            if extra:
                candidate = extra.pop(0)
                known = by_name.get(candidate.name)
                if known is None:
                    by_name[candidate.name] = candidate
                    templates.append(candidate)
                elif known is not candidate and not _same_template(known, candidate):
                    raise TemplateNameConflict(
                        f"{where(self)}: two different templates are named {candidate.name!r} (one in the "
                        "workflow's templates, one used by a task or step); rename one of them"
                    )
                continue
            template = templates[position]
            position += 1
            if isinstance(template, TemplateBase):
                for used in template._referenced_templates():
                    if by_name.get(used.name) is not used:
                        extra.append(used)
        return templates

    def _build_metadata(self) -> dict[str, Any]:
        metadata: dict[str, Any] = {}
        for attr, key in self._META_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                metadata[key] = plain(value)
        return reorder(metadata, self._meta_order)

    def _spec_value(self, attr: str, key: str) -> Any:
        value = getattr(self, attr)
        if key in _VOLUME_KEYS:
            return self._volume_section(key)
        if value is None:
            return None
        if key == "templates":
            templates = [_build_template(t) for t in self._template_objects or ()]
            if not templates and not (self._spec_order and "templates" in self._spec_order):
                return None
            return templates
        if key == "arguments":
            return dump_arguments(value, where(self))
        if key == "onExit":
            if isinstance(value, TemplateBase) and value.name is None:
                raise DSLError(f"{where(self)}: the on_exit template has no name; give it name=")
            return template_ref_name(value)
        if key == "imagePullSecrets":
            return _image_pull_secrets(value)
        if key == "hooks":
            from hera.workflows._node import _dump_hook

            return {str(k): _dump_hook(v) for k, v in value.items()}
        shorthand = FIELD_SHORTHANDS.get(key)
        if shorthand is not None:
            value = shorthand(value, where(self))
        return plain(value)

    def _volume_section(self, key: str) -> Any:
        """`volumeClaimTemplates` or `volumes`: as given, plus the `Volume` claims of the templates."""
        from hera.workflows.volume import workflow_volume_sections

        claims, volumes = workflow_volume_sections(self, self._template_objects or [])
        return claims if key == "volumeClaimTemplates" else volumes

    def _build_spec(
        self, fields: tuple[tuple[str, str], ...], order: tuple[str, ...] | None
    ) -> dict[str, Any]:
        spec: dict[str, Any] = {}
        # One walk of the template graph per build: `templates` and the volume sections both use it.
        self._template_objects = self._all_templates()
        try:
            for attr, key in fields:
                value = self._spec_value(attr, key)
                if value is not None:
                    spec[key] = value
        finally:
            self._template_objects = None
        return reorder(spec, order)

    def _spec_section(self) -> dict[str, Any]:
        return self._build_spec(self._SPEC_FIELDS, self._spec_order)

    def _manifest(self) -> dict[str, Any]:
        """The manifest as a dict, without pre-build hooks or validation."""
        manifest: dict[str, Any] = {
            "apiVersion": self.api_version or global_config.api_version,
            "kind": self.kind,
            "metadata": self._build_metadata(),
            "spec": self._spec_section(),
        }
        if self.status is not None:
            manifest["status"] = plain(self.status)
        return reorder(manifest, self._key_order)

    def _build_manifest(self) -> dict[str, Any]:
        obj = global_config.apply_pre_build_hooks(self)
        if not isinstance(obj, Workflow):
            raise DSLError(
                f"a pre-build hook returned a {type(obj).__name__} for {where(self)}; return the workflow"
            )
        return obj._manifest()

    def to_dict(self, validate: bool = True) -> dict[str, Any]:
        """The manifest as plain data (what `kubectl`/Argo accept as JSON), validated offline by default.

        Raises `hera.workflows.validation.InvalidWorkflowError` listing every problem found.
        """
        manifest = self._build_manifest()
        if validate:
            from hera.workflows.validation import check_manifest

            check_manifest(manifest)
        return manifest

    def build(self, validate: bool = True) -> Any:
        """The manifest as the generated model (`hera.workflows.models.<kind>`)."""
        from hera.workflows import models

        return getattr(models, self.kind).model_validate(self.to_dict(validate=validate))

    def to_yaml(self, validate: bool = True) -> str:
        """The manifest as YAML text (keys in Argo's conventional order, multi-line strings as blocks)."""
        from hera.workflows._yaml_stream import dump_manifest

        return dump_manifest(self.to_dict(validate=validate))

    def to_file(self, output_directory: str | Path = ".", name: str = "", validate: bool = True) -> Path:
        """Write the YAML to `<output_directory>/<name>.yaml` (default name: the object's name or
        generate_name without its trailing `-`) and return the path."""
        directory = Path(output_directory)
        directory.mkdir(parents=True, exist_ok=True)
        filename = name or self.name or (self.generate_name or "").rstrip("-") or self.kind.lower()
        if not filename.endswith((".yaml", ".yml")):
            filename += ".yaml"
        path = directory / filename
        path.write_text(self.to_yaml(validate=validate))
        return path

    @classmethod
    def from_dict(cls, manifest: dict[str, Any]) -> Any:
        """DSL objects for a manifest of this kind: templates become Container/Script/DAG/Steps/... objects,
        tasks and steps `Task`/`Step`s, parameters and artifacts `Parameter`/`Artifact`s; `to_dict()` gives
        the manifest back. Raises `ManifestLoadError` naming the field that cannot be loaded."""
        from hera.workflows._loading import load_workflow

        return load_workflow(cls, manifest)

    @classmethod
    def from_yaml(cls, yaml_text: str) -> Any:
        """`from_dict` for YAML text; errors also give the line."""
        from hera.workflows._loading import load_workflow_yaml

        return load_workflow_yaml(cls, yaml_text)

    @classmethod
    def from_file(cls, path: str | Path) -> Any:
        """`from_yaml` for a file."""
        from hera.workflows._loading import load_workflow_yaml

        return load_workflow_yaml(cls, Path(path).read_text(), source=str(path))

    def __repr__(self) -> str:
        label = f"name={self.name!r}" if self.name else f"generate_name={self.generate_name!r}"
        return f"{type(self).__name__}({label}, templates={len(self.templates)})"


Workflow._init_attrs()


def _hook_templates(hooks: Any) -> list[Any]:
    """The template objects the workflow's lifecycle hooks run."""
    found = []
    for hook in (hooks or {}).values() if isinstance(hooks, dict) else ():
        template = hook.get("template") if isinstance(hook, dict) else getattr(hook, "template", None)
        if isinstance(template, TemplateBase):
            found.append(template)
    return found


def _name_of(template: Any) -> Any:
    return template.get("name") if isinstance(template, dict) else getattr(template, "name", None)


def _build_template(template: Any) -> Any:
    if isinstance(template, TemplateBase):
        return template._build_template()
    return plain(global_config.apply_pre_build_hooks(template))


def _same_template(a: Any, b: Any) -> bool:
    try:
        return bool(_build_template(a) == _build_template(b))
    except Exception:
        return False


def _image_pull_secrets(value: Any) -> list[Any]:
    items = value if isinstance(value, (list, tuple)) else [value]
    return [{"name": item} if isinstance(item, str) else plain(item) for item in items]
