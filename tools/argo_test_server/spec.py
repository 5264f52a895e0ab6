"""What the test server knows from the pinned swagger: routes, parameters, and body/response schemas.

Routing, parameters and request wrappers come from the Argo Workflows swagger. Resource bodies are
validated against `tools.schema_patches.validation_schema` (the same definitions, with the documented type
corrections) and, for event sources and sensors, against the Argo Events schema: the swagger describes those
with grpc-gateway shapes (`Int64OrString` as a struct, no `kind`) that the real server does not accept.
Every object schema is closed (`additionalProperties: false` where the schema says nothing), so a request
with a key the API does not define is refused.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from tools import specs

__all__ = ["ApiError", "ApiSpec", "Route", "api_spec"]

EVENTS_IN_SWAGGER = "github.com.argoproj.argo_events.pkg.apis.events.v1alpha1."
EVENTS_PREFIX = "events:"

GRPC_CODES = {
    400: 3,  # InvalidArgument
    401: 16,  # Unauthenticated
    403: 7,  # PermissionDenied
    404: 5,  # NotFound
    405: 12,  # Unimplemented
    409: 6,  # AlreadyExists
    500: 13,  # Internal
    503: 14,  # Unavailable
}


class ApiError(Exception):
    """An error answer in Argo's shape: `{code, message}` with the gRPC code and the HTTP status."""

    def __init__(self, status: int, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code if code is not None else GRPC_CODES.get(status, 2)

    def body(self) -> dict[str, Any]:
        """The JSON error body."""
        return {"code": self.code, "message": self.message}

    def stream_body(self) -> dict[str, Any]:
        """The error item of a stream (grpc-gateway's `StreamError`)."""
        from http import HTTPStatus

        return {
            "grpc_code": self.code,
            "http_code": self.status,
            "message": self.message,
            "http_status": HTTPStatus(self.status).phrase,
        }


@dataclass
class Route:
    """One operation: how it is matched and what it accepts."""

    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    literals: int
    query: dict[str, dict[str, Any]]
    body_ref: str | None
    response_ref: str | None
    kind: str  # json | stream | binary


@dataclass
class ApiSpec:
    """The routes and validators of the pinned API."""

    routes: list[Route]
    definitions: dict[str, Any]
    _validators: dict[str, Any] = field(default_factory=dict)

    @property
    def operation_ids(self) -> set[str]:
        """Every operationId of the swagger."""
        return {route.operation_id for route in self.routes}

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route for a request (the most literal template wins, as in grpc-gateway), or ApiError."""
        candidates = []
        path_matched = False
        for route in self.routes:
            found = route.regex.fullmatch(path)
            if found is None:
                continue
            path_matched = True
            if route.method == method:
                candidates.append((route.literals, route, found.groupdict()))
        if not candidates:
            if path_matched:
                raise ApiError(405, f"Method Not Allowed: {method} {path}", code=12)
            raise ApiError(404, f"Not Found: no API endpoint {path}")
        candidates.sort(key=lambda c: -c[0])
        _, route, params = candidates[0]
        return route, {name: unquote(value) for name, value in params.items()}

    def validator(self, ref: str) -> Any:
        """The (cached) JSON-schema validator of a swagger definition."""
        if ref not in self._validators:
            import jsonschema

            name = _rename(ref)
            schema = {"$ref": f"#/definitions/{name}", "definitions": self.definitions}
            self._validators[ref] = jsonschema.Draft7Validator(schema)
        return self._validators[ref]

    def errors(self, ref: str, value: Any) -> list[str]:
        """Validation errors of `value` against a swagger definition, each with its JSON path."""
        found = sorted(self.validator(ref).iter_errors(value), key=lambda e: list(e.absolute_path))
        return [f"{e.json_path}: {e.message}" for e in found[:5]]


def _rename(name: str) -> str:
    if name.startswith(EVENTS_IN_SWAGGER):
        return EVENTS_PREFIX + "io.argoproj.events.v1alpha1." + name[len(EVENTS_IN_SWAGGER) :]
    return name


def _rewrite_refs(node: Any, rename: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                "#/definitions/" + rename(value.rsplit("/", 1)[-1])
                if key == "$ref" and isinstance(value, str)
                else _rewrite_refs(value, rename)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(value, rename) for value in node]
    return node


def _close(schema: Any) -> None:
    """Refuse unknown keys: `additionalProperties: false` on every object schema that says nothing."""
    if not isinstance(schema, dict):
        return
    if "properties" in schema:
        schema.setdefault("additionalProperties", False)
        for value in schema["properties"].values():
            _close(value)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            _close(schema[key])
    for key in ("allOf", "anyOf", "oneOf"):
        for value in schema.get(key, ()):
            _close(value)


def _definitions() -> dict[str, Any]:
    from tools.schema_patches import validation_schema

    workflows = validation_schema("argo-workflows")["definitions"]
    events = validation_schema("argo-events")["definitions"]
    swagger = specs.load_spec("argo-workflows", "swagger.json")["definitions"]
    combined: dict[str, Any] = {}
    for name, body in swagger.items():
        if name.startswith(EVENTS_IN_SWAGGER):
            continue
        combined[name] = _rewrite_refs(copy.deepcopy(workflows.get(name, body)), _rename)
    for name, body in events.items():
        combined[EVENTS_PREFIX + name] = _rewrite_refs(copy.deepcopy(body), lambda n: EVENTS_PREFIX + n)
    for body in combined.values():
        _close(body)
    return combined


def _route(method: str, template: str, spec: dict[str, Any]) -> Route:
    pattern = ""
    literals = 0
    for segment in template.strip("/").split("/"):
        param = re.fullmatch(r"{(\w+)}", segment)
        if param:
            pattern += f"/(?P<{param.group(1)}>[^/]+)"
        else:
            pattern += "/" + re.escape(segment)
            literals += 1
    query = {p["name"]: p for p in spec.get("parameters", []) if p["in"] == "query"}
    body = next((p for p in spec.get("parameters", []) if p["in"] == "body"), None)
    schema = spec["responses"]["200"]["schema"]
    if schema.get("format") == "binary":
        kind, response = "binary", None
    elif "$ref" in schema:
        kind, response = "json", schema["$ref"].rsplit("/", 1)[-1]
    else:
        kind, response = "stream", schema["properties"]["result"]["$ref"].rsplit("/", 1)[-1]
    return Route(
        operation_id=spec["operationId"],
        method=method.upper(),
        template=template,
        regex=re.compile(pattern),
        literals=literals,
        query=query,
        body_ref=body["schema"]["$ref"].rsplit("/", 1)[-1] if body else None,
        response_ref=response,
        kind=kind,
    )


@functools.cache
def api_spec() -> ApiSpec:
    """The spec of the pinned swagger (built once per process: servers share it)."""
    swagger = specs.load_spec("argo-workflows", "swagger.json")
    routes = [
        _route(method, template, spec)
        for template, methods in swagger["paths"].items()
        for method, spec in methods.items()
    ]
    return ApiSpec(routes=routes, definitions=_definitions())
