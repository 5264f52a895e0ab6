"""`Dependency`: an event a Sensor waits for (an `EventDependency` of the manifest)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.events._plain import plain
from hera.events.exceptions import EventsDSLError
from hera.shared._value_object import ValueObject

if TYPE_CHECKING:
    from hera.events.event_source import EventSource

__all__ = ["Dependency"]

_LOGICAL_OPERATORS = ("and", "or")


@dataclasses.dataclass
class Dependency(ValueObject):
    """The event `event_name` of the EventSource `event_source_name`, known in the Sensor as `name`.

    `event_source_name` may be an `EventSource` builder: its name is used, and `event_name` must be one of its
    events. `filters` (an EventDependencyFilter: data, exprs, context, time, script) and `transform` are dicts
    or models; `filters_logical_operator` is `"and"` or `"or"`.
    """

    name: str
    event_source_name: str | EventSource
    event_name: str
    _: dataclasses.KW_ONLY
    filters: Any = None
    filters_logical_operator: str | None = None
    transform: Any = None

    @property
    def where(self) -> str:
        return f"dependency {self.name!r}"

    def _source_name(self) -> str:
        source = self.event_source_name
        if isinstance(source, str):
            return source
        from hera.events.event_source import EventSource

        if not isinstance(source, EventSource):
            raise EventsDSLError(
                f"{self.where}: event_source_name must be a string or an EventSource, got {type(source).__name__}"
            )
        if not source.name:
            raise EventsDSLError(
                f"{self.where}: the EventSource it refers to has no name (a Sensor needs it)"
            )
        if self.event_name not in source.event_names:
            raise EventsDSLError(
                f"{self.where}: EventSource {source.name!r} has no event {self.event_name!r} "
                f"(its events: {', '.join(source.event_names) or 'none'})"
            )
        return source.name

    def _build(self) -> dict[str, Any]:
        if not isinstance(self.name, str) or not self.name:
            raise EventsDSLError(f"dependency: name must be a non-empty string, got {self.name!r}")
        source_name = self._source_name()
        if not source_name:
            raise EventsDSLError(f"{self.where}: event_source_name must not be empty")
        if not isinstance(self.event_name, str) or not self.event_name:
            raise EventsDSLError(
                f"{self.where}: event_name must be a non-empty string, got {self.event_name!r}"
            )
        data: dict[str, Any] = {
            "name": self.name,
            "eventSourceName": source_name,
            "eventName": self.event_name,
        }
        if self.filters is not None:
            data["filters"] = plain(self.filters, f"{self.where}: filters")
        if self.filters_logical_operator is not None:
            if self.filters_logical_operator not in _LOGICAL_OPERATORS:
                raise EventsDSLError(
                    f"{self.where}: filters_logical_operator must be 'and' or 'or', "
                    f"got {self.filters_logical_operator!r}"
                )
            data["filtersLogicalOperator"] = self.filters_logical_operator
        if self.transform is not None:
            data["transform"] = plain(self.transform, f"{self.where}: transform")
        return data
