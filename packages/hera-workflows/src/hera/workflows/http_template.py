"""`HTTP`: a template that makes an HTTP request from the Argo agent."""

from __future__ import annotations

from hera.workflows._fields import HTTP as HTTP_KEYS
from hera.workflows._fields import field_map
from hera.workflows._template import TemplateBase

__all__ = ["HTTP"]


class HTTP(TemplateBase):
    """`HTTP(name="get", url="https://...", method="GET", success_condition="response.statusCode == 200")`.

    Every field of Argo's HTTP template is a keyword argument in snake_case (`url`, `method`, `headers`,
    `body`, `body_from`, `timeout_seconds`, `insecure_skip_verify`, `success_condition`).
    """

    _BODY_KEY = "http"
    _BODY_FIELDS = field_map(HTTP_KEYS)
