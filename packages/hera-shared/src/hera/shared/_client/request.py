"""Build the HTTP request of an operation from its table entry and the caller's arguments.

Both the sync (requests) and the async (httpx) transports send exactly what `build_request` returns, so
the two clients cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

from hera.shared._client.operation import Body, Operation, QueryParam
from hera.shared._client.settings import Resolved
from hera.shared._version import __version__
from hera.shared.auth import Secret

__all__ = ["HttpRequest", "SupportsToDict", "build_request", "encode_body"]

USER_AGENT = f"hera/{__version__}"
SSE = "text/event-stream"
JSON = "application/json"

# Keys only a resource (never a request wrapper) has: a dict with one of them is a resource to wrap.
_RESOURCE_KEYS = ("apiVersion", "kind", "metadata", "spec")


@runtime_checkable
class SupportsToDict(Protocol):
    """Anything with a `to_dict()` giving its JSON form: generated models and DSL objects."""

    def to_dict(self) -> Any:
        """The JSON-compatible form."""


@dataclass(frozen=True)
class HttpRequest:
    """Everything needed to send one request; `authorization` is revealed only by `headers()`."""

    operation_id: str
    method: str
    url: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    content: bytes | None = None
    accept: str = JSON
    idempotent: bool = True
    authorization: Secret | None = field(default=None, repr=False)

    def headers(self) -> dict[str, str]:
        """The request headers, the `Authorization` one included."""
        headers = {"Accept": self.accept, "User-Agent": USER_AGENT}
        if self.content is not None:
            headers["Content-Type"] = JSON
        if self.authorization:
            headers["Authorization"] = self.authorization.reveal()
        return headers

    @property
    def secrets(self) -> tuple[str | None, ...]:
        """Values to redact from anything shown about this request."""
        return (self.authorization.reveal(),) if self.authorization else ()


def _to_json(value: Any) -> Any:
    """The JSON form of a model (`to_dict`/`model_dump`), a DSL object (`to_dict`) or a mapping."""
    if hasattr(value, "model_dump") and not callable(getattr(value, "to_dict", None)):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, SupportsToDict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    return value


def encode_body(op: Operation, body: Any) -> Any:
    """The JSON value sent for `body`: a wrapper as is, a resource wrapped under the wrapper's field.

    The body may be the wrapper model (`WorkflowCreateRequest`), the resource (a `Workflow` model, a DSL
    object with `to_dict()`, or its manifest as a dict), or a dict of the wrapper's fields.
    """
    spec = op.body
    if spec is None:
        if body is not None:
            raise TypeError(f"{op.operation_id} takes no request body, got a {type(body).__name__}")
        return None
    if body is None:
        if not spec.optional:
            raise TypeError(f"{op.operation_id} needs a request body{_body_hint(spec)}")
        return {}
    if spec.model is None:
        return _to_json(body)
    is_wrapper = spec.model.matches(body)
    value = _to_json(body)
    if not isinstance(value, dict):
        raise TypeError(
            f"{op.operation_id}: the body must be a {spec.model.name}, a dict{_body_hint(spec)}; "
            f"got a {type(body).__name__}"
        )
    if spec.object_field and not is_wrapper and _is_resource(body, value, spec):
        return {spec.object_field: value}
    return value


def _body_hint(spec: Body) -> str:
    if spec.object_field and spec.object_model:
        return f" or a {spec.object_model.name} (model, DSL object or manifest dict)"
    return ""


def _is_resource(original: Any, value: dict[str, Any], spec: Body) -> bool:
    if spec.object_model is not None and spec.object_model.matches(original):
        return True
    if hasattr(original, "model_dump") or isinstance(original, Mapping):
        return spec.object_field not in value and any(key in value for key in _RESOURCE_KEYS)
    return True  # a DSL object's to_dict() is the resource itself


def _body_namespace(op: Operation, body: Any) -> str | None:
    """The namespace a body names: the wrapper's `namespace`, else the resource's metadata.namespace."""
    if not isinstance(body, dict) or op.body is None:
        return None
    if isinstance(body.get("namespace"), str) and body["namespace"]:
        return str(body["namespace"])
    resource = body.get(op.body.object_field) if op.body.object_field else None
    metadata = resource.get("metadata") if isinstance(resource, dict) else None
    namespace = metadata.get("namespace") if isinstance(metadata, dict) else None
    return namespace if isinstance(namespace, str) and namespace else None


def _encode_query(op: Operation, param: QueryParam, value: Any) -> list[tuple[str, str]]:
    where = f"{op.operation_id}: {param.argument}"
    if param.kind == "boolean":
        if not isinstance(value, bool):
            raise TypeError(f"{where} must be True or False, got {value!r}")
        return [(param.name, "true" if value else "false")]
    if param.kind == "integer":
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise TypeError(f"{where} must be an int, got {value!r}")
        try:
            number = int(value)
        except ValueError:
            raise TypeError(f"{where} must be an int, got {value!r}") from None
        return [(param.name, str(number))]
    if param.kind == "array":
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise TypeError(f"{where} must be a list of str, got {value!r}")
        return [(param.name, str(item)) for item in value]
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str, got {type(value).__name__}")
    if param.enum and value not in param.enum:
        raise ValueError(f"{where}={value!r} is not one of {', '.join(param.enum)}")
    return [(param.name, value)]


def build_request(
    op: Operation,
    settings: Resolved,
    path_args: Mapping[str, Any],
    query_args: Mapping[str, Any] | None = None,
    body: Any = None,
) -> HttpRequest:
    """The request for `op`: path parameters substituted (a missing `namespace` taken from the body, else
    the settings), query parameters encoded, the body as JSON with the path parameters it shares filled in.
    """
    json_body = encode_body(op, body)
    path_values = dict(path_args)
    if "namespace" in op.path_params and not path_values.get("namespace"):
        path_values["namespace"] = _body_namespace(op, json_body) or settings.namespace
    path = op.path
    for name in op.path_params:
        value = path_values.get(name)
        if value is None or value == "":
            raise ValueError(f"{op.operation_id}: the path parameter {name!r} is required")
        if not isinstance(value, str):
            raise TypeError(f"{op.operation_id}: the path parameter {name!r} must be a str, got {value!r}")
        path = path.replace("{" + name + "}", quote(value, safe=""))
        if op.body is not None and isinstance(json_body, dict) and name in op.body.fields:
            given = json_body.get(name)
            if given in (None, ""):
                json_body[name] = value
            elif given != value:
                raise ValueError(
                    f"{op.operation_id}: the body's {name!r} is {given!r} but the call is for {value!r}; "
                    "leave it out of the body or make them equal"
                )
    params: list[tuple[str, str]] = []
    known = {param.name for param in op.query}
    for name in query_args or {}:
        if name not in known:
            raise TypeError(f"{op.operation_id} has no query parameter {name!r}")
    for param in op.query:
        value = (query_args or {}).get(param.name)
        if value is not None:
            params.extend(_encode_query(op, param, value))
    content = None
    if op.body is not None:
        try:
            content = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as error:
            raise TypeError(f"{op.operation_id}: the body is not JSON-serialisable ({error})") from None
    full_path = settings.base_url.split("://", 1)[1].partition("/")[2]
    prefix = f"/{full_path}" if full_path else ""
    return HttpRequest(
        operation_id=op.operation_id,
        method=op.method.upper(),
        url=settings.base_url + path,
        path=prefix + path,
        params=tuple(params),
        content=content,
        accept=SSE if op.kind == "stream" else (JSON if op.kind == "json" else "*/*"),
        idempotent=op.idempotent,
        authorization=settings.authorization,
    )
