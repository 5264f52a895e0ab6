"""`TriggerParameter`: a value taken from an event and written into a trigger's resource or payload."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.events.dependency import Dependency
from hera.events.exceptions import EventsDSLError
from hera.shared._value_object import ValueObject

__all__ = ["TriggerParameter", "dependency_name"]

_OPERATIONS = ("append", "overwrite", "prepend")
# (attribute, manifest key) of TriggerParameterSource, after dependencyName.
_SOURCE_FIELDS = (
    ("data_key", "dataKey"),
    ("data_template", "dataTemplate"),
    ("context_key", "contextKey"),
    ("context_template", "contextTemplate"),
    ("value", "value"),
    ("use_raw_data", "useRawData"),
)


def dependency_name(src: Dependency | str) -> str:
    """The dependency name a parameter source refers to (a `Dependency` or its name)."""
    return src.name if isinstance(src, Dependency) else src


@dataclasses.dataclass
class TriggerParameter(ValueObject):
    """Take a value from the event of dependency `src` and write it at `dest` (a dotted path like
    `"spec.arguments.parameters.0.value"`, or a key of an HTTP payload).

    Choose the value with `data_key` (a path into the event's body, like `"body.message"`), `data_template`
    (a Go template over the event data), `context_key` / `context_template` (the event's context), or
    `use_raw_data`; `value` is the default when the key is absent. `operation` appends, prepends or (by
    default) overwrites. In an Argo Workflow (or Kubernetes) trigger whose resource is a workflow,
    `parameter="message"` instead of `dest` names a workflow argument: it becomes
    `spec.arguments.parameters.<index of message>.value`.
    """

    src: Dependency | str
    dest: str | None = None
    _: dataclasses.KW_ONLY
    data_key: str | None = None
    data_template: str | None = None
    context_key: str | None = None
    context_template: str | None = None
    value: str | None = None
    use_raw_data: bool | None = None
    operation: str | None = None
    parameter: str | None = None

    def _build(self, where: str = "trigger parameter", resource: Any = None) -> dict[str, Any]:
        """The manifest data; `where` names the parameter in errors, `resource` is the trigger's resource
        manifest (a dict, or None) in which `parameter=` is looked up.
        """
        name = dependency_name(self.src)
        if not isinstance(name, str) or not name:
            raise EventsDSLError(f"{where}: src must be a Dependency or a dependency name, got {self.src!r}")
        source: dict[str, Any] = {"dependencyName": name}
        for attr, key in _SOURCE_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                source[key] = value
        data: dict[str, Any] = {"src": source, "dest": self._dest(where, resource)}
        if self.operation is not None:
            if self.operation not in _OPERATIONS:
                raise EventsDSLError(
                    f"{where}: operation must be one of {', '.join(_OPERATIONS)}, got {self.operation!r}"
                )
            data["operation"] = self.operation
        return data

    def _dest(self, where: str, resource: Any) -> str:
        if self.parameter is None:
            if not isinstance(self.dest, str) or not self.dest:
                raise EventsDSLError(
                    f"{where}: give dest= (where the value goes, like 'spec.arguments.parameters.0.value') "
                    "or parameter= (a workflow argument name)"
                )
            return self.dest
        if self.dest is not None:
            raise EventsDSLError(f"{where}: give dest= or parameter=, not both")
        if not isinstance(resource, dict):
            raise EventsDSLError(
                f"{where}: parameter={self.parameter!r} needs the trigger's workflow manifest; "
                "use dest= for triggers without one"
            )
        arguments = ((resource.get("spec") or {}).get("arguments") or {}).get("parameters") or []
        names = [p.get("name") for p in arguments if isinstance(p, dict)]
        if self.parameter not in names:
            raise EventsDSLError(
                f"{where}: the workflow has no argument parameter {self.parameter!r} "
                f"(its arguments: {', '.join(map(str, names)) or 'none'}); add it to the workflow's arguments"
            )
        return f"spec.arguments.parameters.{names.index(self.parameter)}.value"
