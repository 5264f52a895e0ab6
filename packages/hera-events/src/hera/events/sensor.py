"""`Sensor`: the builder of an Argo Events Sensor manifest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from hera.events._manifest import Manifest
from hera.events._plain import plain
from hera.events._sensor_checks import check_sensor_spec
from hera.events.dependency import Dependency
from hera.events.exceptions import EventsDSLError

__all__ = ["Sensor"]

# Spec fields other than template/dependencies/triggers, (attribute, manifest key).
_SPEC_FIELDS = (
    ("event_bus_name", "eventBusName"),
    ("replicas", "replicas"),
    ("logging_fields", "loggingFields"),
    ("error_on_failed_round", "errorOnFailedRound"),
    ("revision_history_limit", "revisionHistoryLimit"),
)
_DEPENDENCY_KEYS = {
    "name": "name",
    "eventSourceName": "event_source_name",
    "eventName": "event_name",
    "filters": "filters",
    "filtersLogicalOperator": "filters_logical_operator",
    "transform": "transform",
}


class Sensor(Manifest):
    """A Sensor: `dependencies` (the events it waits for) and `triggers` (what it does when they arrive).

    Dependencies are `Dependency` objects, `hera.events.models.EventDependency` objects or dicts; triggers are
    `ArgoWorkflowTrigger`, `HTTPTrigger`, `K8sTrigger`, `Trigger`, `hera.events.models.Trigger` objects or
    dicts. `service_account_name` goes into the sensor pod's `template` (a dict or model for the other pod
    settings). Serialization checks that every trigger parameter and condition refers to a dependency.
    """

    kind: ClassVar[str] = "Sensor"

    def __init__(
        self,
        *,
        name: str | None = None,
        generate_name: str | None = None,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        dependencies: Iterable[Any] | None = None,
        triggers: Iterable[Any] | None = None,
        service_account_name: str | None = None,
        template: Any = None,
        event_bus_name: str | None = None,
        replicas: int | None = None,
        logging_fields: Mapping[str, str] | None = None,
        error_on_failed_round: bool | None = None,
        revision_history_limit: int | None = None,
    ) -> None:
        values = self._defaults(
            {
                "name": name,
                "generate_name": generate_name,
                "namespace": namespace,
                "labels": labels,
                "annotations": annotations,
                "metadata": metadata,
                "dependencies": dependencies,
                "triggers": triggers,
                "service_account_name": service_account_name,
                "template": template,
                "event_bus_name": event_bus_name,
                "replicas": replicas,
                "logging_fields": logging_fields,
                "error_on_failed_round": error_on_failed_round,
                "revision_history_limit": revision_history_limit,
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
        self.dependencies: list[Any] = list(values["dependencies"] or [])
        self.triggers: list[Any] = list(values["triggers"] or [])
        self.service_account_name: str | None = values["service_account_name"]
        self.template: Any = values["template"]
        self.event_bus_name: str | None = values["event_bus_name"]
        self.replicas: int | None = values["replicas"]
        self.logging_fields: Mapping[str, str] | None = values["logging_fields"]
        self.error_on_failed_round: bool | None = values["error_on_failed_round"]
        self.revision_history_limit: int | None = values["revision_history_limit"]
        self.spec_extra: dict[str, Any] = {}

    def add_dependency(self, dependency: Any) -> Any:
        """Append a dependency and return it (so `dep = sensor.add_dependency(Dependency(...))` reads well)."""
        self.dependencies.append(dependency)
        return dependency

    def add_trigger(self, trigger: Any) -> Any:
        """Append a trigger and return it."""
        self.triggers.append(trigger)
        return trigger

    # -- building -----------------------------------------------------------------------------------

    def _build_template(self) -> Any:
        template = plain(self.template, f"{self.where}: spec.template")
        if self.service_account_name is None:
            return template
        template = dict(template or {})
        existing = template.get("serviceAccountName")
        if existing is not None and existing != self.service_account_name:
            raise EventsDSLError(
                f"{self.where}: service_account_name={self.service_account_name!r} differs from "
                f"template.serviceAccountName={existing!r}; give it once"
            )
        template["serviceAccountName"] = self.service_account_name
        return template

    def _build_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {}
        template = self._build_template()
        if template is not None:
            spec["template"] = template
        spec["dependencies"] = [
            plain(dependency, f"{self.where}: dependencies[{index}]")
            for index, dependency in enumerate(self.dependencies)
        ]
        spec["triggers"] = [
            plain(trigger, f"{self.where}: triggers[{index}]") for index, trigger in enumerate(self.triggers)
        ]
        for attr, key in _SPEC_FIELDS:
            value = getattr(self, attr)
            if value is not None:
                spec[key] = plain(value, f"{self.where}: spec.{key}")
        for key, value in self.spec_extra.items():
            if key in spec:
                raise EventsDSLError(
                    f"{self.where}: spec.{key} is given twice (also in spec_extra); keep one"
                )
            spec[key] = plain(value, f"{self.where}: spec.{key}")
        check_sensor_spec(self.where, spec)
        return spec

    def _load_spec(self, spec: dict[str, Any]) -> None:
        fields = {key: attr for attr, key in _SPEC_FIELDS}
        for attr, _ in _SPEC_FIELDS:
            setattr(self, attr, None)
        self.service_account_name = None
        self.template = spec.get("template")
        self.dependencies = [_load_dependency(d) for d in spec.get("dependencies") or []]
        # Triggers stay plain data: they build back exactly and are still checked like the others.
        self.triggers = list(spec.get("triggers") or [])
        self.spec_extra = {}
        for key, value in spec.items():
            if key in fields:
                setattr(self, fields[key], value)
            elif key not in ("template", "dependencies", "triggers"):
                self.spec_extra[key] = value


def _load_dependency(data: Any) -> Any:
    """A `Dependency` for a dependency that it builds back exactly, else the data itself."""
    if not isinstance(data, dict) or not set(data) <= set(_DEPENDENCY_KEYS):
        return data
    try:
        dependency = Dependency(**{_DEPENDENCY_KEYS[key]: value for key, value in data.items()})
        return dependency if dependency._build() == data else data
    except (TypeError, EventsDSLError):
        return data
