"""`Resource`: a template that creates, patches, applies or deletes a Kubernetes resource."""

from __future__ import annotations

from hera.workflows._fields import RESOURCE, field_map
from hera.workflows._template import TemplateBase

__all__ = ["Resource"]


class Resource(TemplateBase):
    """`Resource(name="make-pvc", action="create", manifest="...", success_condition=...)`.

    Every field of Argo's ResourceTemplate is a keyword argument in snake_case (`action`, `manifest`,
    `manifest_from`, `merge_strategy`, `set_owner_reference`, `success_condition`, `failure_condition`,
    `flags`).
    """

    _BODY_KEY = "resource"
    _BODY_FIELDS = field_map(RESOURCE)
