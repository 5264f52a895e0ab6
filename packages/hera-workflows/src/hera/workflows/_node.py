"""What tasks (in a DAG) and steps (in Steps) share: the fields, output references and building."""

from __future__ import annotations

from typing import Any, ClassVar

from hera.shared import global_config
from hera.workflows import _context
from hera.workflows._io import dump_arguments
from hera.workflows._serialize import plain
from hera.workflows.artifact import Artifact
from hera.workflows.exceptions import DSLError, where
from hera.workflows.parameter import Parameter

__all__ = ["Node", "template_ref_name"]

NODE_SLOTS = (
    "name",
    "template",
    "template_ref",
    "inline",
    "arguments",
    "when",
    "with_items",
    "with_param",
    "with_sequence",
    "continue_on",
    "on_exit",
    "hooks",
    "_parent",
    "_key_order",
)


def template_ref_name(value: Any) -> Any:
    """The name to write for a template reference: a template object's name, or the string itself."""
    if value is None or isinstance(value, str):
        return value
    name = getattr(value, "name", None)
    if name is None and isinstance(value, dict):
        name = value.get("name")
    if name is None:
        raise DSLError(f"template {value!r} has no name, so it cannot be referenced; give it name=")
    return name


class Node:
    """Base of `Task` and `Step`; `_prefix` is `tasks` or `steps` (what output references render as)."""

    __slots__ = ()
    _prefix = ""
    _kind = ""
    _ALL_SLOTS: ClassVar[tuple[str, ...]] = ()
    """Every slot of the class, inherited ones included (set for each subclass)."""

    name: str
    template: Any
    template_ref: Any
    inline: Any
    arguments: Any
    when: Any
    with_items: Any
    with_param: Any
    with_sequence: Any
    continue_on: Any
    on_exit: Any
    hooks: Any
    _parent: Any
    _key_order: tuple[str, ...] | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        slots: dict[str, None] = {}
        for klass in reversed(cls.__mro__):
            declared = klass.__dict__.get("__slots__", ())
            slots.update(dict.fromkeys((declared,) if isinstance(declared, str) else declared))
        slots.pop("__dict__", None)
        slots.pop("__weakref__", None)
        cls._ALL_SLOTS = tuple(slots)

    def _clear(self) -> None:
        """Set every slot (inherited ones included) to None: the blank state `__init__` and loading fill in."""
        for slot in self._ALL_SLOTS:
            setattr(self, slot, None)

    def _apply_class_defaults(self) -> None:
        defaults = global_config.get_class_defaults(type(self))
        if not defaults:
            return
        fields = {s for s in self._ALL_SLOTS if s[0] != "_"}
        for key, value in defaults.items():
            if key not in fields:
                raise TypeError(
                    f"{type(self).__name__}: unknown class default {key!r}; valid: {', '.join(sorted(fields))}"
                )
            if getattr(self, key) is None:
                setattr(self, key, value)

    def _where(self) -> str:
        parent = self._parent
        workflow = getattr(parent, "_workflow", None) if parent is not None else None
        if workflow is None:
            workflow = _context.current_workflow()
        return where(workflow, parent, self, self._kind)

    # -- output references --------------------------------------------------------------------------

    def _ref(self, suffix: str) -> str:
        return f"{{{{{self._prefix}.{self.name}.{suffix}}}}}"

    @property
    def id(self) -> str:
        """`{{tasks|steps.<name>.id}}`."""
        return self._ref("id")

    @property
    def ip(self) -> str:
        """`{{tasks|steps.<name>.ip}}` (the pod IP of a daemon)."""
        return self._ref("ip")

    @property
    def status(self) -> str:
        """`{{tasks|steps.<name>.status}}`."""
        return self._ref("status")

    @property
    def exit_code(self) -> str:
        """`{{tasks|steps.<name>.exitCode}}`."""
        return self._ref("exitCode")

    @property
    def started_at(self) -> str:
        """`{{tasks|steps.<name>.startedAt}}`."""
        return self._ref("startedAt")

    @property
    def finished_at(self) -> str:
        """`{{tasks|steps.<name>.finishedAt}}`."""
        return self._ref("finishedAt")

    @property
    def result(self) -> str:
        """`{{tasks|steps.<name>.outputs.result}}`."""
        return self._ref("outputs.result")

    def _template_outputs(self, kind: type) -> list[str] | None:
        """Names of the template's outputs of `kind`, or None when the template is not known here."""
        from hera.workflows._template import TemplateBase

        template = self.template
        if not isinstance(template, TemplateBase):
            return None
        names = template._io_names("outputs", kind)
        return names if names is not None else []

    def _check_output(self, name: str, kind: type, label: str) -> None:
        names = self._template_outputs(kind)
        if names is None or name in names:
            return
        template = self.template.name
        if not names:
            raise DSLError(
                f"{self._where()}: cannot get output {label} {name!r}: template {template!r} has no output "
                f"{label}s; declare outputs=[...] on it"
            )
        raise DSLError(
            f"{self._where()}: template {template!r} has no output {label} {name!r}; its output "
            f"{label}s: {', '.join(map(repr, names))}"
        )

    def get_parameter(self, name: str) -> Parameter:
        """A Parameter named `name` whose value is `{{tasks|steps.<node>.outputs.parameters.<name>}}`."""
        self._check_output(name, Parameter, "parameter")
        return Parameter(name=name, value=self._ref(f"outputs.parameters.{name}"))

    def get_artifact(self, name: str) -> Artifact:
        """An Artifact named `name` whose `from` is `{{tasks|steps.<node>.outputs.artifacts.<name>}}`."""
        self._check_output(name, Artifact, "artifact")
        return Artifact(name=name, from_=self._ref(f"outputs.artifacts.{name}"))

    def get_result_as(self, name: str) -> Parameter:
        """A Parameter named `name` whose value is this node's `outputs.result`."""
        return Parameter(name=name, value=self.result)

    def get_parameters_as(self, name: str) -> Parameter:
        """A Parameter named `name` whose value is the JSON list of this node's output parameters."""
        return Parameter(name=name, value=self._ref("outputs.parameters"))

    def get_outputs_as_arguments(self) -> list[Parameter | Artifact]:
        """One argument per output of the template (same names), referencing this node's outputs."""
        params = self._template_outputs(Parameter)
        artifacts = self._template_outputs(Artifact)
        if params is None or artifacts is None:
            raise DSLError(
                f"{self._where()}: the outputs of template {template_ref_name(self.template)!r} are not known "
                "here (it is referenced by name); list the arguments explicitly"
            )
        return [
            *(Artifact(name=n, from_=self._ref(f"outputs.artifacts.{n}")) for n in artifacts),
            *(Parameter(name=n, value=self._ref(f"outputs.parameters.{n}")) for n in params),
        ]

    # -- building -----------------------------------------------------------------------------------

    def _template_name(self, value: Any, field: str) -> Any:
        try:
            return template_ref_name(value)
        except DSLError:
            raise DSLError(
                f"{self._where()}: the template given as {field}= has no name, so it cannot be referenced; "
                "give it name=, or pass it as inline= to embed it"
            ) from None

    def _dump_common(self, out: dict[str, Any]) -> None:
        """Add the fields after `name`/`depends`, in hera's order."""
        if self.on_exit is not None:
            out["onExit"] = self._template_name(self.on_exit, "on_exit")
        template = self.template
        if template is not None:
            out["template"] = template if type(template) is str else self._template_name(template, "template")
        if self.when is not None:
            out["when"] = str(self.when)
        if self.with_param is not None:
            out["withParam"] = self.with_param if type(self.with_param) is str else _as_text(self.with_param)

    def _dump_tail(self, out: dict[str, Any]) -> None:
        if self.with_items is not None:
            out["withItems"] = plain(self.with_items)
        if self.arguments is not None:
            arguments = dump_arguments(self.arguments, self)
            if arguments is not None:
                out["arguments"] = arguments
        if self.continue_on is not None:
            out["continueOn"] = plain(self.continue_on)
        if self.hooks is not None:
            out["hooks"] = {str(k): _dump_hook(v) for k, v in self.hooks.items()}
        if self.inline is not None:
            inline = self.inline
            out["inline"] = inline._build() if hasattr(inline, "_build") else plain(inline)
        if self.template_ref is not None:
            out["templateRef"] = plain(self.template_ref)
        if self.with_sequence is not None:
            out["withSequence"] = plain(self.with_sequence)

    def _referenced_templates(self) -> list[Any]:
        from hera.workflows._template import TemplateBase

        found = [t for t in (self.template, self.on_exit) if isinstance(t, TemplateBase)]
        for template, field in ((self.template, "template"), (self.on_exit, "on_exit")):
            if isinstance(template, TemplateBase) and template.name is None:
                self._template_name(template, field)
        for hook in (self.hooks or {}).values():
            template = hook.get("template") if isinstance(hook, dict) else getattr(hook, "template", None)
            if isinstance(template, TemplateBase):
                found.append(template)
        return found

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, template={template_ref_name(self.template)!r})"


def _as_text(value: Any) -> Any:
    if isinstance(value, Parameter):
        return value.value if value.value is not None else str(value)
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(plain(value))
    return str(value)


def _dump_hook(hook: Any) -> Any:
    """A lifecycle hook; its `template` may be a template object (written as its name)."""
    from hera.workflows._template import TemplateBase

    if isinstance(hook, dict) and isinstance(hook.get("template"), TemplateBase):
        hook = {**hook, "template": hook["template"].name}
    return plain(hook)


_CALL_KEYWORDS: dict[str, frozenset[str]] = {}


def _call_keywords(kind: str) -> frozenset[str]:
    """The keyword arguments a Task (`kind` "task") or Step ("step") takes, besides `template`."""
    found = _CALL_KEYWORDS.get(kind)
    if found is None:
        import inspect

        if kind == "task":
            from hera.workflows.task import Task as cls
        else:
            from hera.workflows.steps import Step as cls  # type: ignore[assignment]
        found = frozenset(inspect.signature(cls.__init__).parameters) - {"self", "template"}
        _CALL_KEYWORDS[kind] = found
    return found


def call_kwargs(template: Any, kwargs: dict[str, Any], parent: Any, kind: str) -> dict[str, Any]:
    """The keyword arguments of the Task/Step made by calling `template` inside a DAG or Steps.

    `name` defaults to the template's name. For a function-backed script called with `with_items` (dicts)
    or `with_param`, inputs not given in `arguments` are filled from `{{item}}` / `{{item.<key>}}`, by
    hera 7's rules.
    """
    if "template" in kwargs:
        raise DSLError(
            f"{where(parent._workflow, parent)}: calling template {template.name!r} already sets template=; "
            "do not pass it"
        )
    valid = _call_keywords(kind)
    unknown = kwargs.keys() - valid
    if unknown:
        import difflib

        bad = sorted(unknown)[0]
        close = difflib.get_close_matches(bad, valid, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise DSLError(
            f"{where(parent._workflow, parent)}: calling template {template.name!r} makes a {kind}, which takes no "
            f"argument {bad!r}{hint} ({kind} arguments: {', '.join(sorted(valid))}; template fields such as "
            "retry_strategy belong on the template itself)"
        )
    kwargs.setdefault("name", template.name)
    item_names = getattr(template, "_item_parameter_names", None)
    if item_names is None or (kwargs.get("with_items") is None and kwargs.get("with_param") is None):
        return kwargs
    owner = f"{where(parent._workflow, parent)}, {kind} {kwargs['name']!r}"
    names = item_names(kwargs.get("with_items"), kwargs.get("with_param"), owner)
    if not names:
        return kwargs
    arguments = kwargs.get("arguments")
    given = _argument_names(arguments)
    extra = [
        Parameter(name=n, value="{{item}}" if len(names) == 1 else f"{{{{item.{n}}}}}")
        for n in names
        if n not in given
    ]
    if extra:
        if arguments is None:
            kwargs["arguments"] = extra
        elif isinstance(arguments, (list, tuple)):
            kwargs["arguments"] = [*arguments, *extra]
        else:
            kwargs["arguments"] = [arguments, *extra]
    return kwargs


def _argument_names(arguments: Any) -> set[str]:
    from hera.workflows._io import iter_io

    names = set()
    for item in iter_io(arguments):
        name = getattr(item, "name", None)
        if name is None and isinstance(item, dict):
            name = item.get("name")
        if name is not None:
            names.add(name)
    return names
