"""Checks of pod and container settings that depend on where a value is used, so their messages can name the
template or container: a liveness or startup probe must keep `success_threshold` at 1, a container takes a
`SecurityContext` and a pod a `PodSecurityContext`, and `template_defaults=` takes a template without a name.

Imported only when one of these fields is set.
"""

from __future__ import annotations

from typing import Any

from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError

__all__ = ["check_container_settings", "pod_security_context", "template_defaults"]


def _threshold(probe: Any) -> Any:
    from hera.workflows.probe import Probe

    if isinstance(probe, Probe):
        return probe.success_threshold
    data = probe if isinstance(probe, dict) else plain(probe)
    return data.get("successThreshold") if isinstance(data, dict) else None


def check_container_settings(container: Any, owner: str) -> None:
    """Check `liveness_probe`, `startup_probe` and `security_context` of a container (a `Container` or `Script`
    template, a `UserContainer` or a `ContainerNode`); `owner` names it in messages."""
    for field in ("liveness_probe", "startup_probe"):
        probe = getattr(container, field)
        if probe is None:
            continue
        threshold = _threshold(probe)
        if threshold not in (None, 1):
            raise DSLError(
                f"{owner}: {field} has success_threshold={threshold!r}, but Kubernetes requires 1 for liveness and "
                "startup probes; remove it (a readiness probe may use a higher one)"
            )
    from hera.workflows.security_context import PodSecurityContext

    if isinstance(container.security_context, PodSecurityContext):
        raise DSLError(
            f"{owner}: security_context takes the container's SecurityContext(...), got a PodSecurityContext; "
            "pod-wide settings go in pod_security_context= of the template (or security_context= of the workflow)"
        )


def pod_security_context(value: Any, owner: str) -> Any:
    """The pod's `securityContext` of a template or workflow: a `SecurityContext` (a container's) is an error."""
    from hera.workflows.security_context import SecurityContext

    if isinstance(value, SecurityContext):
        raise DSLError(
            f"{owner}: the pod security context (pod_security_context= of a template, security_context= of a "
            "workflow) takes a PodSecurityContext(...), got a SecurityContext, which is a container's; give it to "
            "the container's security_context="
        )
    return value


def template_defaults(value: Any, owner: str) -> Any:
    """`template_defaults=` of a workflow: a `TemplateDefaults`, a template object without a name (its fields,
    body included, are the defaults), a generated `models.Template` or a dict."""
    from hera.workflows._template import TemplateBase
    from hera.workflows.template_defaults import TemplateDefaults

    if not isinstance(value, TemplateBase) or isinstance(value, TemplateDefaults):
        return value
    if value.name is not None:
        raise DSLError(
            f"{owner}: template_defaults got {type(value).__name__} {value.name!r}, a template with a name; the "
            "defaults apply to every template, so give TemplateDefaults(...) or a template without name="
        )
    return value._build_template()
