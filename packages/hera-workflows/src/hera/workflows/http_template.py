"""`HTTP`: a template that makes an HTTP request from the Argo agent (no pod of its own), and its headers."""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any

from hera.workflows._fields import HTTP as HTTP_KEYS
from hera.workflows._fields import field_map
from hera.workflows._policy_checks import is_expression
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError, InvalidType

__all__ = ["HTTP", "METHODS", "HTTPHeader", "HTTPSecretHeader"]

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE")
"""The request methods `HTTP(method=...)` accepts (besides a `{{...}}` expression)."""

_SENSITIVE = ("auth", "token", "secret", "key", "password", "cookie", "session", "credential")


def _sensitive(header: str) -> bool:
    lowered = header.lower()
    return any(word in lowered for word in _SENSITIVE)


@dataclasses.dataclass(kw_only=True, repr=False)
class HTTPHeader(ValueObject):
    """A request header with a literal value: `HTTPHeader(name="Accept", value="application/json")`.

    A value that must stay out of the manifest (a token) belongs in a Kubernetes secret: use
    `HTTPSecretHeader`. The `repr` of a header whose name suggests a credential hides its value.
    """

    name: str
    value: str

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_header_name(self.name)
        if not isinstance(self.value, str):
            raise InvalidType(
                f"HTTPHeader {self.name!r}: value must be a string, got a {type(self.value).__name__}"
            )

    def _build(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value}

    def __repr__(self) -> str:
        shown = "'***'" if _sensitive(self.name) else repr(self.value)
        return f"HTTPHeader(name={self.name!r}, value={shown})"


@dataclasses.dataclass(kw_only=True)
class HTTPSecretHeader(ValueObject):
    """A request header whose value is read from a Kubernetes secret when the request is made.

    `HTTPSecretHeader(name="Authorization", secret_name="api", secret_key="token")` writes
    `valueFrom.secretKeyRef`; `optional=True` sends the request without the header when the secret is missing.
    """

    name: str
    secret_name: str
    secret_key: str
    optional: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_header_name(self.name)
        for field in ("secret_name", "secret_key"):
            value = getattr(self, field)
            if not isinstance(value, str) or not value:
                raise DSLError(f"HTTPSecretHeader {self.name!r}: {field} must be a non-empty string")

    def _build(self) -> dict[str, Any]:
        ref: dict[str, Any] = {"name": self.secret_name, "key": self.secret_key}
        if self.optional is not None:
            ref["optional"] = self.optional
        return {"name": self.name, "valueFrom": {"secretKeyRef": ref}}


def _check_header_name(name: Any) -> None:
    if not isinstance(name, str) or not name or any(c in name for c in " :\r\n\t"):
        raise DSLError(
            f"HTTP header name {name!r} is not valid; use a non-empty token such as 'Content-Type'"
        )


def dump_headers(value: Any, owner: str) -> list[Any]:
    """`headers` as Argo's list: a `{name: value}` dict, or a list of `HTTPHeader`/`HTTPSecretHeader`,
    models or dicts."""
    if isinstance(value, dict):
        out = []
        for name, header_value in value.items():
            _check_header_name(name)
            if isinstance(header_value, (HTTPHeader, HTTPSecretHeader)):
                out.append(plain(header_value))
            elif isinstance(header_value, str):
                out.append({"name": name, "value": header_value})
            else:
                raise InvalidType(
                    f"{owner}: header {name!r} must have a string value (or be given as HTTPSecretHeader), "
                    f"got a {type(header_value).__name__}"
                )
        return out
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    raise InvalidType(
        f"{owner}: headers must be a {{name: value}} dict or a list of HTTPHeader / HTTPSecretHeader, "
        f"got a {type(value).__name__}"
    )


class HTTP(TemplateBase):
    """`HTTP(name="get", url="https://example.com/api", method="GET", success_condition="response.statusCode == 200")`.

    Every field of Argo's HTTP template is a keyword argument in snake_case: `url` (required), `method`
    (one of `METHODS`), `headers` (a `{name: value}` dict, or `HTTPHeader` / `HTTPSecretHeader` objects),
    `body` (text, or a dict/list sent as JSON), `body_from` (bytes, sent as they are), `success_condition`
    (an expression over `response.statusCode`, `response.body`, `response.headers`), `timeout_seconds`
    and `insecure_skip_verify`. The template's own `timeout` is the usual template field.
    """

    _BODY_KEY = "http"
    _BODY_FIELDS = field_map(HTTP_KEYS)

    def _post_init(self) -> None:
        title = f"HTTP {self.name!r}"
        url = self.url
        if url is None:
            raise DSLError(
                f"{title}: url is required (an http:// or https:// URL, or a {{{{...}}}} expression)"
            )
        if not isinstance(url, str):
            raise InvalidType(f"{title}: url must be a string, got a {type(url).__name__}")
        if not is_expression(url) and not url.startswith(("http://", "https://")):
            raise DSLError(
                f"{title}: url {url!r} must start with http:// or https:// (or be a {{{{...}}}} expression)"
            )
        method = self.method
        if method is not None and not is_expression(method) and method not in METHODS:
            hint = (
                f" (did you mean {method.upper()!r}?)"
                if isinstance(method, str) and method.upper() in METHODS
                else ""
            )
            raise DSLError(f"{title}: method {method!r} is not valid{hint}; use one of {', '.join(METHODS)}")
        timeout = self.timeout_seconds
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0
        ):
            raise DSLError(f"{title}: timeout_seconds must be a positive int (seconds), got {timeout!r}")
        if self.body is not None and self.body_from is not None:
            raise DSLError(f"{title}: give either body or body_from, not both")
        if self.body is not None and not isinstance(self.body, (str, dict, list)):
            raise InvalidType(
                f"{title}: body must be text, or a dict/list sent as JSON; got a {type(self.body).__name__}"
            )
        if self.insecure_skip_verify is not None and not isinstance(self.insecure_skip_verify, bool):
            raise InvalidType(f"{title}: insecure_skip_verify must be True or False")
        if self.headers is not None:
            dump_headers(self.headers, title)

    def _build_body(self) -> Any:
        body = super()._build_body()
        title = f"HTTP {self.name!r}"
        if self.headers is not None and not isinstance(self.headers, list):
            body["headers"] = dump_headers(self.headers, title)
        if isinstance(self.body, (dict, list)):
            body["body"] = json.dumps(plain(self.body))
        if isinstance(self.body_from, (bytes, bytearray)):
            body["bodyFrom"] = {"bytes": base64.b64encode(bytes(self.body_from)).decode("ascii")}
        return body
