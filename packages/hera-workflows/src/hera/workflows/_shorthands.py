"""Template and workflow fields that accept a shorter form than the manifest's, and how each is expanded.

`metrics=[Counter(...), Gauge(...)]` is written `metrics: {prometheus: [...]}` and
`synchronization=[Mutex(...), Semaphore(...)]` is written `synchronization: {mutexes: [...], semaphores: [...]}`.
A nameless template object given as `template_defaults=` is written as its template, and the pod's
`securityContext` of a template or workflow rejects a container's `SecurityContext`.
Templates and workflows look each field's JSON key up in `FIELD_SHORTHANDS` when they build; the expanding
modules are imported only when such a field is set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["FIELD_SHORTHANDS"]


def _metrics(value: Any, owner: str) -> Any:
    from hera.workflows.metrics import metrics_value

    return metrics_value(value, owner)


def _synchronization(value: Any, owner: str) -> Any:
    from hera.workflows.synchronization import synchronization_value

    return synchronization_value(value, owner)


def _pod_security_context(value: Any, owner: str) -> Any:
    from hera.workflows._pod_checks import pod_security_context

    return pod_security_context(value, owner)


def _template_defaults(value: Any, owner: str) -> Any:
    from hera.workflows._pod_checks import template_defaults

    return template_defaults(value, owner)


FIELD_SHORTHANDS: dict[str, Callable[[Any, str], Any]] = {
    "metrics": _metrics,
    "synchronization": _synchronization,
    "securityContext": _pod_security_context,
    "templateDefaults": _template_defaults,
}
"""JSON key -> function(value, owner) returning the value in the manifest's form; `owner` names the template or
workflow for errors."""
