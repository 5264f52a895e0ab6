"""Checks of a Sensor manifest that need no schema: dependencies and triggers exist, names are unique, and
everything that refers to a dependency (trigger parameters, payloads, conditions) names one that exists.

They run on the plain manifest, so they cover triggers given as builders, models or dicts alike.
"""

from __future__ import annotations

import re
from typing import Any

from hera.events.exceptions import EventsDSLError

__all__ = ["TRIGGER_KINDS", "check_sensor_spec"]

TRIGGER_KINDS = (
    "argoWorkflow", "awsLambda", "azureEventHubs", "azureServiceBus", "custom", "email", "http", "k8s",
    "kafka", "log", "nats", "openWhisk", "pulsar", "slack",
)  # fmt: skip
"""The actions a trigger template can hold (one each), by TriggerTemplate field name."""
_TEMPLATE_FIELDS = frozenset({"name", "conditions", "conditionsReset"})
# Lists of TriggerParameters inside a trigger's kind body.
_PARAMETER_LISTS = ("parameters", "payload", "dynamicHeaders")
# Operators and grouping of a `conditions` expression; what is left are dependency names.
_CONDITION_SPLIT = re.compile(r"&&|\|\||[()!\s]+")


def check_sensor_spec(where: str, spec: dict[str, Any]) -> None:
    """Raise `EventsDSLError` (naming the dependency or trigger and the field) for the first problem found."""
    names = _dependency_names(where, spec.get("dependencies"))
    triggers = spec.get("triggers")
    if not triggers:
        raise EventsDSLError(
            f"{where} has no triggers; add one, e.g. ArgoWorkflowTrigger('run', workflow=...) to triggers="
        )
    seen: set[str] = set()
    for index, trigger in enumerate(triggers):
        template = trigger.get("template") if isinstance(trigger, dict) else None
        if not isinstance(template, dict) or not template.get("name"):
            raise EventsDSLError(
                f"{where}: triggers[{index}] has no template.name; every trigger needs a name"
            )
        name = template["name"]
        place = f"{where}, trigger {name!r}"
        if name in seen:
            raise EventsDSLError(f"{where}: two triggers are named {name!r}; trigger names must be unique")
        seen.add(name)
        kinds = [key for key in template if key in TRIGGER_KINDS]
        if len(kinds) != 1:
            others = [key for key in template if key not in TRIGGER_KINDS and key not in _TEMPLATE_FIELDS]
            found = f"both {' and '.join(kinds)}" if kinds else "none"
            if others:
                found += f" (unknown keys: {', '.join(others)})"
            raise EventsDSLError(
                f"{place}: a trigger template has exactly one action ({', '.join(TRIGGER_KINDS)}), "
                f"found {found}"
            )
        kind = kinds[0]
        _check_parameters(place, "parameters", trigger.get("parameters"), names, set())
        # Trigger-level parameters may rewrite the template (even a parameter's dependencyName) per event.
        rewritten = {
            p["dest"]
            for p in trigger.get("parameters") or ()
            if isinstance(p, dict) and isinstance(p.get("dest"), str)
        }
        body = template[kind]
        if isinstance(body, dict):
            for field in _PARAMETER_LISTS:
                _check_parameters(place, f"{kind}.{field}", body.get(field), names, rewritten)
        conditions = template.get("conditions")
        if conditions and not _is_rewritten("conditions", rewritten):
            unknown = [word for word in _CONDITION_SPLIT.split(conditions) if word and word not in names]
            if unknown:
                raise EventsDSLError(
                    f"{place}: conditions {conditions!r} name {', '.join(map(repr, unknown))}, which "
                    f"{'is not a dependency' if len(unknown) == 1 else 'are not dependencies'} of the sensor "
                    f"(dependencies: {', '.join(names)})"
                )


def _dependency_names(where: str, dependencies: Any) -> list[str]:
    if not dependencies:
        raise EventsDSLError(
            f"{where} has no dependencies; add at least one, e.g. "
            "Dependency('dep', event_source_name='webhook', event_name='example')"
        )
    names: list[str] = []
    for index, dependency in enumerate(dependencies):
        name = dependency.get("name") if isinstance(dependency, dict) else None
        if not name:
            raise EventsDSLError(f"{where}: dependencies[{index}] has no name")
        if name in names:
            raise EventsDSLError(
                f"{where}: two dependencies are named {name!r}; dependency names must be unique"
            )
        for key in ("eventSourceName", "eventName"):
            if not dependency.get(key):
                raise EventsDSLError(f"{where}, dependency {name!r}: {key} is missing")
        names.append(name)
    return names


def _is_rewritten(path: str, rewritten: set[str]) -> bool:
    """Whether a trigger-level parameter writes at `path`, above it or below it."""
    return any(
        dest == path or dest.startswith(path + ".") or path.startswith(dest + ".") for dest in rewritten
    )


def _check_parameters(place: str, field: str, params: Any, names: list[str], rewritten: set[str]) -> None:
    if not params:
        return
    for index, param in enumerate(params):
        if _is_rewritten(f"{field}.{index}", rewritten):
            continue
        src = param.get("src") if isinstance(param, dict) else None
        if not isinstance(src, dict):
            raise EventsDSLError(
                f"{place}: {field}[{index}] has no src (the dependency the value comes from)"
            )
        name = src.get("dependencyName")
        if name not in names:
            raise EventsDSLError(
                f"{place}: {field}[{index}].src.dependencyName {name!r} is not a dependency of the sensor "
                f"(dependencies: {', '.join(names)})"
            )
        if not param.get("dest"):
            raise EventsDSLError(f"{place}: {field}[{index}] has no dest (where the value goes)")
