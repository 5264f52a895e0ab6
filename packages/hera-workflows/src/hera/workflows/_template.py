"""`TemplateBase`: what every template kind (Container, Script, DAG, Steps, Suspend, ...) shares.

Every field of Argo's Template is a snake_case keyword argument (`retry_strategy`, `node_selector`,
`active_deadline_seconds`, ...). As in hera 7, `labels`/`annotations` go to the template's `metadata`
and `pod_security_context` is the template's `securityContext`; Argo's template-level `annotations`
field is `template_annotations`. Values may be plain data or generated models.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from hera.shared import global_config
from hera.workflows import _context
from hera.workflows._fields import TEMPLATE, field_map
from hera.workflows._io import dump_inputs, dump_outputs, iter_io
from hera.workflows._serialize import human_order, plain
from hera.workflows._shorthands import FIELD_SHORTHANDS
from hera.workflows.artifact import Artifact
from hera.workflows.exceptions import DSLError, InvalidTemplateCall, where
from hera.workflows.parameter import Parameter

__all__ = ["BODY_KEYS", "TemplateBase", "apply_kwargs", "declare_attrs", "reorder"]

BODY_KEYS = (
    "container",
    "script",
    "dag",
    "steps",
    "suspend",
    "resource",
    "http",
    "data",
    "containerSet",
    "plugin",
)
"""The keys of a Template that say which kind it is (exactly one is set)."""

_SPECIAL = ("name", "inputs", "outputs", "metadata", "securityContext", "annotations")
TEMPLATE_FIELDS: tuple[tuple[str, str], ...] = (
    *field_map(TEMPLATE, skip=(*_SPECIAL, *BODY_KEYS)),
    ("pod_security_context", "securityContext"),
    ("template_annotations", "annotations"),
)
_TEMPLATE_RANK = {key: index for index, key in enumerate(TEMPLATE)}


def reorder(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    """`data` with the keys in `order` first (in that order), then the others; `order=None` keeps it."""
    if not order:
        return data
    out = {key: data[key] for key in order if key in data}
    if len(out) != len(data):
        out.update((key, value) for key, value in data.items() if key not in out)
    return out


def unknown_argument(cls: type, name: Any, key: str, valid: frozenset[str] | tuple[str, ...]) -> TypeError:
    """The TypeError for an unknown keyword argument, with the closest valid names."""
    close = difflib.get_close_matches(key, list(valid), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; valid: {', '.join(sorted(valid))}"
    return TypeError(f"{cls.__name__}(name={name!r}): unknown argument {key!r}{hint}")


def declare_attrs(cls: type, names: Iterable[str]) -> None:
    """Set `cls._ATTRS` to `names` (the keyword arguments `apply_kwargs` accepts) and give each name
    that the class does not already define a `None` class attribute, its default."""
    attrs = frozenset(names)
    cls._ATTRS = attrs  # type: ignore[attr-defined]
    for attr in attrs:
        if not hasattr(cls, attr):
            setattr(cls, attr, None)


def apply_kwargs(obj: Any, kwargs: dict[str, Any], label: tuple[str, ...]) -> None:
    """Set `kwargs`, over `global_config`'s class defaults for `type(obj)`, as attributes of `obj`.

    A name outside `type(obj)._ATTRS` is a TypeError naming the object by the first truthy value of the
    keys in `label` (e.g. `("name", "generate_name")`) and suggesting the closest valid names.
    """
    defaults = global_config.get_class_defaults(type(obj))
    if defaults:
        kwargs = {**defaults, **kwargs}
    attrs = type(obj)._ATTRS
    for key, value in kwargs.items():
        if key not in attrs:
            named = None
            for label_key in label:
                named = kwargs.get(label_key)
                if named:
                    break
            raise unknown_argument(type(obj), named, key, attrs)
        setattr(obj, key, value)


class TemplateBase:
    """Fields and behaviour shared by all templates; subclasses declare their body (`container`, `dag`, ...).

    Created inside `with Workflow(...)` (and named), a template adds itself to that workflow. Called
    inside `with DAG(...)` it returns a `Task`, inside `with Steps(...)`/`Parallel()` a `Step`, each
    taking the keyword arguments of `Task`/`Step` (`name` defaults to the template's name).
    """

    _BODY_KEY: ClassVar[str] = ""
    _BODY_FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA: ClassVar[tuple[str, ...]] = ()
    _ATTRS: ClassVar[frozenset[str]] = frozenset()

    name: str | None = None
    inputs: Any = None
    outputs: Any = None
    labels: dict[str, str] | None = None
    annotations: dict[str, str] | None = None
    metadata: Any = None

    if TYPE_CHECKING:
        # The fields come from tables (one attribute per Argo field); tell type checkers they exist.
        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declare_attrs(
            cls,
            (
                "name",
                "inputs",
                "outputs",
                "labels",
                "annotations",
                "metadata",
                *(attr for attr, _ in TEMPLATE_FIELDS),
                *(attr for attr, _ in cls._BODY_FIELDS),
                *cls._EXTRA,
            ),
        )

    def __init__(self, **kwargs: Any) -> None:
        apply_kwargs(self, kwargs, ("name",))
        self._key_order: tuple[str, ...] | None = None
        self._body_order: tuple[str, ...] | None = None
        self._post_init()
        if self.name is not None:
            workflow = _context.current_workflow()
            if workflow is not None:
                workflow._add_template(self)

    def _post_init(self) -> None:
        """Subclass hook run after the keyword arguments are set (defaults, checks)."""

    def _init_loaded(self) -> None:
        """Subclass hook: set up an object being loaded from a manifest (no defaults applied)."""

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        """Set the body attributes from the manifest's body value."""
        from hera.workflows._loading import load_body_fields

        load_body_fields(self, data, path)

    # -- calling a template inside DAG / Steps -----------------------------------------------------

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """A `Task` (inside a DAG) or a `Step` (inside Steps/Parallel) that runs this template."""
        ctx = _context.current()
        if ctx is None:
            raise InvalidTemplateCall(
                f"template {self.name!r} was called outside any context; call it inside `with DAG(...)` "
                "(it becomes a Task) or `with Steps(...)` / `Parallel()` (it becomes a Step)"
            )
        from hera.workflows.workflow import Workflow

        if args:
            workflow = _context.current_workflow()
            parent = None if isinstance(ctx, Workflow) else ctx
            raise InvalidTemplateCall(
                f"{where(workflow, parent)}: template {self.name!r} takes keyword arguments only "
                f"(name=, arguments=, ...), got {len(args)} positional"
            )
        if isinstance(ctx, Workflow):
            ctx._add_template(self)
            return None
        return ctx._call_template(self, kwargs)

    # -- references ---------------------------------------------------------------------------------

    def _io_names(self, section: str, kind: type) -> list[str] | None:
        value = self._inputs_value() if section == "inputs" else self._outputs_value()
        if value is None:
            return None
        names: list[str] = []
        for item in iter_io(value):
            model_name = type(item).__name__
            if isinstance(item, kind) or (hasattr(item, "model_dump") and model_name == kind.__name__):
                names.append(getattr(item, "name", None) or "")
        return names

    def get_parameter(self, name: str) -> Parameter:
        """A Parameter whose value is `{{inputs.parameters.<name>}}` (use it in this template's body)."""
        names = self._io_names("inputs", Parameter) or []
        if name not in names:
            raise DSLError(
                f"template {self.name!r} has no input parameter {name!r}; its input parameters: "
                f"{', '.join(map(repr, names)) or 'none'}"
            )
        return Parameter(name=name, value=f"{{{{inputs.parameters.{name}}}}}")

    def get_artifact(self, name: str) -> Artifact:
        """An Artifact whose `from` is `{{inputs.artifacts.<name>}}`."""
        names = self._io_names("inputs", Artifact) or []
        if name not in names:
            raise DSLError(
                f"template {self.name!r} has no input artifact {name!r}; its input artifacts: "
                f"{', '.join(map(repr, names)) or 'none'}"
            )
        return Artifact(name=name, from_=f"{{{{inputs.artifacts.{name}}}}}")

    # -- building -----------------------------------------------------------------------------------

    def _owner(self) -> str:
        return f"template {self.name!r}"

    def _inputs_value(self) -> Any:
        return self.inputs

    def _outputs_value(self) -> Any:
        return self.outputs

    def _template_field(self, attr: str) -> Any:
        return getattr(self, attr)

    def _build_body(self) -> Any:
        """The value of the body key (`container`, `dag`, ...)."""
        body: dict[str, Any] = {}
        for attr, key in self._BODY_FIELDS:
            value = getattr(self, attr)
            if key == "volumeMounts" and (value is not None or self.volumes is not None):
                from hera.workflows.volume import container_mounts

                value = container_mounts(value, self.volumes, self._owner())
            if value is not None:
                body[key] = plain(value)
        return reorder(body, self._body_order)

    def _build(self) -> dict[str, Any]:
        """This template as a manifest dict (without running pre-build hooks)."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        for attr, key in TEMPLATE_FIELDS:
            value = self._template_field(attr)
            if value is not None and key == "volumes":
                from hera.workflows.volume import template_volumes

                value = template_volumes(value, self._owner())
            if value is not None:
                shorthand = FIELD_SHORTHANDS.get(key)
                if shorthand is not None:
                    value = shorthand(value, self._owner())
                data[key] = plain(value)
        owner = self._owner()
        inputs = dump_inputs(self._inputs_value(), owner)
        if inputs is not None:
            data["inputs"] = inputs
        outputs = dump_outputs(self._outputs_value(), owner)
        if outputs is not None:
            data["outputs"] = outputs
        metadata = self._build_metadata()
        if metadata is not None:
            data["metadata"] = metadata
        if self._BODY_KEY:
            data[self._BODY_KEY] = self._build_body()
        if self._key_order:
            return reorder(data, self._key_order)
        rank = _TEMPLATE_RANK
        return dict(sorted(data.items(), key=lambda item: rank.get(item[0], 999)))

    def _build_metadata(self) -> dict[str, Any] | None:
        exact = self._key_order is not None
        metadata = plain(self.metadata) if self.metadata is not None else None
        if self.labels is None and self.annotations is None:
            return metadata
        metadata = dict(metadata or {})
        if self.annotations is not None:
            metadata["annotations"] = {**metadata.get("annotations", {}), **plain(self.annotations)}
        if self.labels is not None:
            metadata["labels"] = {**metadata.get("labels", {}), **plain(self.labels)}
        return metadata if exact else human_order(metadata)

    def _build_template(self) -> dict[str, Any]:
        """Run the pre-build hooks registered for this class, then build."""
        obj = global_config.apply_pre_build_hooks(self)
        if isinstance(obj, TemplateBase):
            return obj._build()
        return plain(obj)

    def _referenced_templates(self) -> list[Any]:
        """Template objects this template uses (through tasks or steps) that a workflow must also hold."""
        return []

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"
