__path__ = __import__("pkgutil").extend_path(__path__, __name__)

# Argo Events in Python: the generated models (`hera.events.models`, another distribution, found through the
# extend_path line above) and the Argo Server client. `EventsService` / `AsyncEventsService` are imported lazily
# on first access, so `import hera.events` stays cheap.

from typing import TYPE_CHECKING, Any

from hera.events._version import __version__

if TYPE_CHECKING:
    from hera.events.service import AsyncEventsService, EventsService

__all__ = ["AsyncEventsService", "EventsService", "__version__"]

_LAZY = {"EventsService": "hera.events.service", "AsyncEventsService": "hera.events.service"}


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
