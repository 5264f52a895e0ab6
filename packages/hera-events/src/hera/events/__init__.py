__path__ = __import__("pkgutil").extend_path(__path__, __name__)

# Argo Events in Python: builders for EventSources and Sensors, the generated models (`hera.events.models`,
# another distribution, found through the extend_path line above) and the Argo Server client. Every public name
# is imported lazily on first access, so `import hera.events` stays cheap (no pydantic, no PyYAML).

from typing import TYPE_CHECKING, Any

from hera.events._version import __version__

if TYPE_CHECKING:
    from hera.events.dependency import Dependency
    from hera.events.event_source import EventSource
    from hera.events.exceptions import EventsDSLError
    from hera.events.sensor import Sensor
    from hera.events.service import AsyncEventsService, EventsService
    from hera.events.sources import (
        CalendarSource,
        GithubSource,
        KafkaSource,
        ResourceSource,
        SNSSource,
        SQSSource,
        WebhookSource,
    )
    from hera.events.trigger_parameter import TriggerParameter
    from hera.events.triggers import ArgoWorkflowTrigger, HTTPTrigger, K8sTrigger, Trigger

__all__ = [
    "ArgoWorkflowTrigger",
    "AsyncEventsService",
    "CalendarSource",
    "Dependency",
    "EventSource",
    "EventsDSLError",
    "EventsService",
    "GithubSource",
    "HTTPTrigger",
    "K8sTrigger",
    "KafkaSource",
    "ResourceSource",
    "SNSSource",
    "SQSSource",
    "Sensor",
    "Trigger",
    "TriggerParameter",
    "WebhookSource",
    "__version__",
]

_LAZY = {
    "EventsService": "hera.events.service",
    "AsyncEventsService": "hera.events.service",
    "EventSource": "hera.events.event_source",
    "Sensor": "hera.events.sensor",
    "Dependency": "hera.events.dependency",
    "TriggerParameter": "hera.events.trigger_parameter",
    "ArgoWorkflowTrigger": "hera.events.triggers",
    "HTTPTrigger": "hera.events.triggers",
    "K8sTrigger": "hera.events.triggers",
    "Trigger": "hera.events.triggers",
    "WebhookSource": "hera.events.sources",
    "CalendarSource": "hera.events.sources",
    "ResourceSource": "hera.events.sources",
    "KafkaSource": "hera.events.sources",
    "SNSSource": "hera.events.sources",
    "SQSSource": "hera.events.sources",
    "GithubSource": "hera.events.sources",
    "EventsDSLError": "hera.events.exceptions",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hera.events' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
