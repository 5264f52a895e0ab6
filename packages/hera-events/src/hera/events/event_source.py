"""`EventSource`: the builder of an Argo Events EventSource manifest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from hera.events._manifest import Manifest
from hera.events._plain import plain
from hera.events._source_kinds import SOURCE_KINDS, kind_key
from hera.events.exceptions import EventsDSLError
from hera.events.sources import SourceHelper

__all__ = ["EventSource"]

# Spec fields other than the sources, written before them (Argo's examples put them first).
_SPEC_FIELDS = (
    ("event_bus_name", "eventBusName"),
    ("replicas", "replicas"),
    ("template", "template"),
    ("service", "service"),
)


class EventSource(Manifest):
    """An EventSource: named events of one or more kinds (webhook, calendar, kafka, ...).

    Add sources with the typed helpers (`sources=[WebhookSource(name="example", port=12000,
    endpoint="/example")]` or `.add(...)`), per kind as keyword arguments mapping event names to a generated
    model or dict (`webhook={"example": {...}}`, `pub_sub=...` or `pubSub=...`), with `sources=` as a dict
    keyed by the spec's field name (`sources={"amqp": {"example": AMQPEventSource(...)}}`), or with
    `.add_source(kind, name, source)`. Event names are unique across kinds: a Sensor selects an event by
    EventSource name and event name only.

    `service`, `template` and `metadata` (extra ObjectMeta fields) take dicts or models. Serialize with
    `to_dict()`, `to_yaml()`, or `build()` (the validated `hera.events.models.EventSource`); load with
    `from_dict` / `from_yaml`.
    """

    kind: ClassVar[str] = "EventSource"

    def __init__(
        self,
        *,
        name: str | None = None,
        generate_name: str | None = None,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        event_bus_name: str | None = None,
        replicas: int | None = None,
        service: Any = None,
        template: Any = None,
        sources: Iterable[SourceHelper] | Mapping[str, Mapping[str, Any]] | None = None,
        **kinds: Mapping[str, Any],
    ) -> None:
        values = self._defaults(
            {
                "name": name,
                "generate_name": generate_name,
                "namespace": namespace,
                "labels": labels,
                "annotations": annotations,
                "metadata": metadata,
                "event_bus_name": event_bus_name,
                "replicas": replicas,
                "service": service,
                "template": template,
                "sources": sources,
            }
        )
        self._init_metadata(
            values["name"],
            values["generate_name"],
            values["namespace"],
            values["labels"],
            values["annotations"],
            values["metadata"],
        )
        self.event_bus_name: str | None = values["event_bus_name"]
        self.replicas: int | None = values["replicas"]
        self.service: Any = values["service"]
        self.template: Any = values["template"]
        self.spec_extra: dict[str, Any] = {}
        # kind (manifest key) -> event name -> source
        self._sources: dict[str, dict[str, Any]] = {}
        sources = values["sources"]
        if isinstance(sources, Mapping):
            for kind, named in sources.items():
                self._add_named(kind, named)
        elif sources is not None:
            self.add(*sources)
        for kind, named in kinds.items():
            if kind_key(kind) is None:
                raise EventsDSLError(
                    f"{self.where}: unknown argument {kind!r}; event source kinds are "
                    f"{', '.join(sorted(SOURCE_KINDS))} (snake_case or the spec's camelCase)"
                )
            self._add_named(kind, named)

    # -- adding sources -----------------------------------------------------------------------------

    def _add_named(self, kind: str, named: Any) -> None:
        if not isinstance(named, Mapping):
            raise EventsDSLError(
                f"{self.where}: sources of kind {kind!r} must be a mapping of event name to source, "
                f"got {type(named).__name__}"
            )
        for event_name, source in named.items():
            self.add_source(kind, event_name, source)

    def add(self, *sources: SourceHelper) -> EventSource:
        """Add typed sources (`WebhookSource(...)`, ...) under their names; returns this EventSource."""
        for source in sources:
            if not isinstance(source, SourceHelper):
                raise EventsDSLError(
                    f"{self.where}: add() takes source helpers like WebhookSource(...), got "
                    f"{type(source).__name__}; use add_source(kind, name, source) for a model or dict"
                )
            self.add_source(source.kind, source.name, source)
        return self

    def add_source(self, kind: str, name: str, source: Any) -> EventSource:
        """Add one event `name` of `kind` (spec field name, like `"amqp"` or `"pubSub"`); returns this EventSource.

        `source` is the kind's generated model, a dict of its manifest fields, or a typed helper.
        """
        key = kind_key(kind)
        if key is None:
            raise EventsDSLError(
                f"{self.where}: {kind!r} is not a kind of event source; use one of {', '.join(sorted(SOURCE_KINDS.values()))}"
            )
        if not isinstance(name, str) or not name:
            raise EventsDSLError(
                f"{self.where}: the {key} event name must be a non-empty string, got {name!r}"
            )
        if isinstance(source, SourceHelper):
            if source.kind != key:
                raise EventsDSLError(
                    f"{self.where}: event {name!r} is a {type(source).__name__} (a {source.kind} source), "
                    f"not a {key} source"
                )
            if source.name != name:
                raise EventsDSLError(f"{self.where}: event {name!r} is given a source named {source.name!r}")
        for other_kind, named in self._sources.items():
            if name in named:
                kinds = key if other_kind == key else f"{other_kind} and {key}"
                raise EventsDSLError(
                    f"{self.where}: the event name {name!r} is used twice ({kinds}); event names must be unique "
                    "within an EventSource, since a Sensor selects an event by EventSource and event name"
                )
        self._sources.setdefault(key, {})[name] = source
        return self

    @property
    def event_names(self) -> list[str]:
        """The names of all events of this EventSource, in the order they were added."""
        return [name for named in self._sources.values() for name in named]

    def sources_of(self, kind: str) -> dict[str, Any]:
        """The sources of one kind (by spec field name), by event name, as they were given."""
        key = kind_key(kind)
        return dict(self._sources.get(key or kind, {}))

    # -- building -----------------------------------------------------------------------------------

    def _build_spec(self) -> dict[str, Any]:
        if not self._sources:
            raise EventsDSLError(
                f"{self.where} has no event sources; add one, e.g. sources=[WebhookSource(name='example', "
                "port=12000, endpoint='/example')] or webhook={'example': {...}}"
            )
        spec: dict[str, Any] = {}
        for attr, key in _SPEC_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                spec[key] = plain(value, f"{self.where}: spec.{key}")
        for kind, named in self._sources.items():
            built = {}
            for event_name, source in named.items():
                data = plain(source, f"{self.where}: spec.{kind}.{event_name}")
                if not isinstance(data, dict):
                    raise EventsDSLError(
                        f"{self.where}: spec.{kind}.{event_name} must be a mapping (the {kind} source's fields), "
                        f"got {type(data).__name__}"
                    )
                built[event_name] = data
            spec[kind] = built
        for key, value in self.spec_extra.items():
            if key in spec:
                raise EventsDSLError(
                    f"{self.where}: spec.{key} is given twice (also in spec_extra); keep one"
                )
            spec[key] = plain(value, f"{self.where}: spec.{key}")
        return spec

    def _load_spec(self, spec: dict[str, Any]) -> None:
        self.event_bus_name = self.replicas = self.service = self.template = None
        self.spec_extra = {}
        self._sources = {}
        fields = {key: attr for attr, key in _SPEC_FIELDS}
        for key, value in spec.items():
            if key in fields:
                setattr(self, fields[key], value)
            elif kind_key(key) == key:
                self._add_named(key, value or {})
            else:
                # Argo Events ignores unknown spec keys; keep them so the manifest loads back unchanged.
                self.spec_extra[key] = value
