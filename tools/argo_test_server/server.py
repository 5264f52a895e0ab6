"""The HTTP side of the test server: routing, strict validation, streaming and fault injection.

`ArgoTestServer` listens on 127.0.0.1 (ephemeral port) in a background thread. Every request is matched
against the pinned swagger; an unknown path, a method the path does not have, an undeclared or badly typed
query parameter, or a body that does not match its schema gets Argo's error shape `{code, message}` with the
gRPC code and HTTP status, and never reaches a handler. Answers are validated against the response schemas
too, so a handler bug shows up as a 500 instead of a silently wrong test.

Faults are queued with `fail_next`, `hang_next`, `reset_next` and `cut_next_stream`; each applies to the next
matching request (optionally only for one operationId) and is then used up.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tools.argo_test_server.handlers import HANDLERS, Binary, Call, StreamOf
from tools.argo_test_server.spec import ApiError, ApiSpec, Route, api_spec
from tools.argo_test_server.store import Store

__all__ = ["ArgoTestServer", "Fault", "Recorded"]

_INTEGER = re.compile(r"-?\d+")


@dataclass
class Fault:
    """One injected failure, used up by the first request it matches."""

    kind: str  # status | hang | reset | cut
    operation_id: str | None = None
    status: int = 503
    after_items: int = 1
    message: str | None = None

    def matches(self, operation_id: str | None) -> bool:
        """Whether the fault applies to a request of `operation_id`."""
        return self.operation_id is None or self.operation_id == operation_id


@dataclass
class Recorded:
    """A request as the server saw it (the Authorization header included: tests check token refresh)."""

    method: str
    path: str
    query: dict[str, list[str]]
    authorization: str | None
    accept: str | None
    body: Any
    operation_id: str | None = None
    status: int | None = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    app: ArgoTestServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about connections cut on purpose; report anything else."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            return  # a connection we (or the client) cut on purpose
        super().handle_error(request, client_address)


@dataclass
class ArgoTestServer:
    """A strict, stateful stand-in for the Argo Server (see the module docstring).

    Attributes:
        token: when set, requests must send `Authorization: Bearer <token>` (401 otherwise).
        base_href: a path prefix every request must start with (the server's `--basehref`).
        ndjson_only: answer streams as newline-delimited JSON even when the client accepts SSE (as a
            proxy that does not pass server-sent events would).
        store: the objects, logs, archive and artifacts the handlers work on.
        forbidden_namespaces: namespaces whose requests are answered 403.
        requests: every request received, in order.
    """

    token: str | None = None
    base_href: str = ""
    ndjson_only: bool = False
    store: Store = field(default_factory=Store)
    forbidden_namespaces: set[str] = field(default_factory=set)
    requests: list[Recorded] = field(default_factory=list)
    spec: ApiSpec = field(default_factory=api_spec)
    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _server: _Server | None = None
    _thread: threading.Thread | None = None

    def __post_init__(self) -> None:
        missing = self.spec.operation_ids - set(HANDLERS)
        if missing:
            raise RuntimeError(f"the test server has no handler for {sorted(missing)}")

    # -- lifecycle ------------------------------------------------------------------------------------

    def start(self) -> ArgoTestServer:
        """Listen on an ephemeral port of 127.0.0.1 in a daemon thread."""
        server = _Server(("127.0.0.1", 0), _Handler)
        server.app = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; requests left hanging are released and their connections closed."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ArgoTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`."""
        if self._server is None:
            raise RuntimeError("the server is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- faults ---------------------------------------------------------------------------------------

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 503,
        operation_id: str | None = None,
        message: str | None = None,
    ) -> None:
        """Answer the next `count` matching requests with `status` (and `message`) before doing anything."""
        with self._lock:
            self._faults.extend(Fault("status", operation_id, status, message=message) for _ in range(count))

    def hang_next(self, *, operation_id: str | None = None) -> None:
        """Never answer the next matching request (until the server stops)."""
        with self._lock:
            self._faults.append(Fault("hang", operation_id))

    def reset_next(self, operation_id: str) -> None:
        """Handle the next request of `operation_id` (so a create stores its object), then reset the
        connection instead of answering."""
        with self._lock:
            self._faults.append(Fault("reset", operation_id))

    def error_next_stream(
        self,
        *,
        after_items: int = 1,
        status: int = 500,
        message: str = "stream failed",
        operation_id: str | None = None,
    ) -> None:
        """Send an error item (`{"error": {grpc_code, http_code, message}}`) after `after_items` items of the
        next matching stream, then end it normally."""
        with self._lock:
            self._faults.append(
                Fault("error", operation_id, status, after_items=after_items, message=message)
            )

    def cut_next_stream(self, *, after_items: int = 1, operation_id: str | None = None) -> None:
        """Cut the next matching stream after `after_items` items and half of the next one."""
        with self._lock:
            self._faults.append(Fault("cut", operation_id, after_items=after_items))

    def take_fault(self, kinds: tuple[str, ...], operation_id: str | None) -> Fault | None:
        """Remove and return the first queued fault of one of `kinds` that matches the operation."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.kind in kinds and fault.matches(operation_id):
                    return self._faults.pop(index)
        return None

    # -- what happened --------------------------------------------------------------------------------

    @property
    def called_operations(self) -> set[str]:
        """The operationIds answered with a 2xx status."""
        return {r.operation_id for r in self.requests if r.operation_id and r.status and r.status < 300}

    def calls_of(self, operation_id: str) -> list[Recorded]:
        """The requests of one operation, in order."""
        return [r for r in self.requests if r.operation_id == operation_id]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: avoid the delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean: no access log."""
        pass

    def do_GET(self) -> None:
        """Every method goes through the same strict handling."""
        self._handle()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    # -- plumbing -------------------------------------------------------------------------------------

    def _send_json(self, status: int, value: Any, record: Recorded) -> None:
        data = json.dumps(value).encode()
        record.status = status
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, error: ApiError, record: Recorded, route: Route | None = None) -> None:
        if route is not None and route.kind == "binary":
            # The artifact server answers errors in plain text, not in the API's JSON shape.
            data = error.message.encode()
            record.status = error.status
            self.send_response(error.status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self._send_json(error.status, error.body(), record)

    def _abort(self) -> None:
        """Reset the connection (RST): the client sees it break without an answer."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    # -- a request ------------------------------------------------------------------------------------

    def _handle(self) -> None:
        app = self.server.app
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        self._query = query
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        record = Recorded(
            self.command, url.path, query, self.headers.get("Authorization"), self.headers.get("Accept"), None
        )
        if raw:
            try:
                record.body = json.loads(raw)
            except ValueError:
                record.body = raw
        app.requests.append(record)
        route: Route | None = None
        path: dict[str, str] = {}
        route_error: ApiError | None = None
        try:
            if not url.path.startswith(app.base_href + "/"):
                raise ApiError(404, f"Not Found: {url.path} is outside the base href {app.base_href}")
            route, path = app.spec.match(self.command, url.path[len(app.base_href) :])
        except ApiError as error:
            route_error = error
        operation_id = route.operation_id if route else None
        record.operation_id = operation_id

        fault = app.take_fault(("status", "hang"), operation_id)
        if fault is not None and fault.kind == "status":
            message = fault.message or (
                "the server is unavailable (injected fault)" if fault.status == 503 else "injected fault"
            )
            self._send_error(ApiError(fault.status, message), record)
            return
        if fault is not None:
            app._stopping.wait()
            self._abort()
            return
        if self.headers.get("Transfer-Encoding"):
            self._send_error(
                ApiError(400, "chunked request bodies are not supported: send Content-Length"), record
            )
            return
        try:
            self._authorize(app, path)
            if route_error is not None:
                raise route_error
            assert route is not None
            body = self._validate(app, route, query, raw)
            result = HANDLERS[route.operation_id](Call(route, path, query, body, app.store))
        except ApiError as error:
            self._send_error(error, record, route)
            return
        if app.take_fault(("reset",), operation_id) is not None:
            self._abort()
            return
        if isinstance(result, StreamOf):
            accept = self.headers.get("Accept") or ""
            self._stream(app, route, result, "text/event-stream" in accept and not app.ndjson_only, record)
        elif isinstance(result, Binary):
            record.status = 200
            self.send_response(200)
            self.send_header("Content-Type", result.content_type)
            self.send_header("Content-Length", str(len(result.content)))
            self.end_headers()
            self.wfile.write(result.content)
        else:
            # The Argo Server sends an empty list as `"items": null`, which its own schema does not allow.
            checked = (
                {**result, "items": []}
                if isinstance(result, dict) and result.get("items", []) is None
                else result
            )
            # With `fields` the answer is deliberately partial (required fields left out), as in Argo.
            errors = (
                app.spec.errors(route.response_ref, checked)
                if route.response_ref and "fields" not in query
                else []
            )
            if errors:
                self._send_error(
                    ApiError(500, f"test server bug: invalid {route.response_ref}: {errors}"), record
                )
                return
            self._send_json(200, result, record)

    def _authorize(self, app: ArgoTestServer, path: dict[str, str]) -> None:
        if app.token is not None and self.headers.get("Authorization") != f"Bearer {app.token}":
            given = self.headers.get("Authorization")
            why = "no token given" if not given else "token not valid"
            raise ApiError(401, f"{why}. see https://argo-workflows.readthedocs.io/en/latest/faq/")
        namespace = path.get("namespace")
        if namespace in app.forbidden_namespaces:
            raise ApiError(
                403,
                f'User "system:serviceaccount:argo:test" cannot access resources in the namespace "{namespace}"',
            )

    def _validate(self, app: ArgoTestServer, route: Route, query: dict[str, list[str]], raw: bytes) -> Any:
        for name, values in query.items():
            param = route.query.get(name)
            if param is None:
                known = ", ".join(sorted(route.query)) or "none"
                raise ApiError(
                    400, f"{route.operation_id}: unknown query parameter {name!r} (known: {known})"
                )
            if param.get("type") != "array" and len(values) > 1:
                raise ApiError(400, f"query parameter {name!r} given {len(values)} times")
            for value in values:
                kind = param.get("type")
                if kind == "boolean" and value not in ("true", "false"):
                    raise ApiError(400, f"query parameter {name!r}: {value!r} is not true or false")
                if (
                    kind == "integer" or param.get("format") in ("int64", "int32")
                ) and not _INTEGER.fullmatch(value):
                    raise ApiError(400, f"query parameter {name!r}: {value!r} is not an integer")
                if param.get("enum") and value not in param["enum"]:
                    raise ApiError(400, f"query parameter {name!r}: {value!r} is not one of {param['enum']}")
        if route.body_ref is None:
            if raw:
                raise ApiError(400, f"{route.operation_id} takes no request body")
            return None
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            raise ApiError(400, "the request body must be sent as Content-Type: application/json")
        try:
            body = json.loads(raw)
        except ValueError as error:
            raise ApiError(400, f"the request body is not JSON: {error}") from None
        errors = app.spec.errors(route.body_ref, body)
        if errors:
            raise ApiError(400, f"invalid {route.body_ref}: " + "; ".join(errors))
        return body

    def _stream(
        self, app: ArgoTestServer, route: Route, result: StreamOf, sse: bool, record: Recorded
    ) -> None:
        cut = app.take_fault(("cut",), route.operation_id)
        failure = app.take_fault(("error",), route.operation_id)
        record.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream" if sse else "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if sse:
            self._chunk(b": keep-alive\n\n")
        items = list(result.items if "fields" in self._query else _checked(app, route, result.items))
        if failure is not None:
            error = {"error": ApiError(failure.status, failure.message or "").stream_body()}
            items = [*items[: failure.after_items], error]
        for index, item in enumerate(items):
            text = json.dumps(item)
            data = (f"data: {text}\n\n" if sse else text + "\n").encode()
            if cut is not None and index == cut.after_items:
                self._chunk(data[: len(data) // 2])
                self._abort()
                return
            self._chunk(data)
        if cut is not None:
            self._abort()
            return
        self._chunk(b"")


def _checked(app: ArgoTestServer, route: Route, items: Any) -> Iterator[dict[str, Any]]:
    for item in items:
        if "result" in item and route.response_ref:
            errors = app.spec.errors(route.response_ref, item["result"])
            if errors:
                yield {"error": {"grpc_code": 13, "http_code": 500, "message": f"test server bug: {errors}"}}
                return
        yield item
