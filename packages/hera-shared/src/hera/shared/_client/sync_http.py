"""The blocking transport, on `requests` (imported when the first request is sent)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

from hera.shared._client.decode import (
    IncompleteItem,
    ItemDecoder,
    MalformedItem,
    decode_document,
    is_partial,
    stream_result,
)
from hera.shared._client.errors import error_from_body
from hera.shared._client.failures import failure_error, log_retry, malformed_stream, stream_cut
from hera.shared._client.operation import Operation
from hera.shared._client.request import SSE, HttpRequest, build_request
from hera.shared._client.retry import Failure, RetryPolicy
from hera.shared._client.settings import ConnectionSettings, Resolved

__all__ = ["Stream", "SyncTransport", "classify_requests_error"]

logger = logging.getLogger("hera.shared.client")

T = TypeVar("T")


def classify_requests_error(error: Exception) -> Failure:
    """What a `requests` exception means for retrying: not sent, lost, timed out, or fatal."""
    import urllib3.exceptions as u3
    from requests import exceptions as rex

    if isinstance(error, rex.ConnectTimeout):
        return Failure.NOT_SENT
    if isinstance(error, rex.SSLError):
        return Failure.FATAL
    if isinstance(error, rex.ReadTimeout):
        return Failure.TIMEOUT
    if isinstance(error, rex.ConnectionError):
        reason = error.args[0] if error.args else None
        if isinstance(reason, u3.MaxRetryError):
            reason = reason.reason
        if isinstance(reason, (u3.NewConnectionError, u3.ConnectTimeoutError)):
            return Failure.NOT_SENT
        if isinstance(reason, u3.ReadTimeoutError):
            return Failure.TIMEOUT
        return Failure.LOST
    if isinstance(error, rex.ChunkedEncodingError):
        return Failure.LOST
    return Failure.FATAL


class SyncTransport:
    """Sends operations with a `requests.Session`, retrying as `RetryPolicy` allows."""

    def __init__(self, settings: ConnectionSettings, retry: RetryPolicy, session: Any = None) -> None:
        self.settings = settings
        self.retry = retry
        self._session = session
        self._owned = session is None  # a session the caller passed in is theirs to close

    @property
    def session(self) -> Any:
        """The `requests.Session` (created on first use)."""
        if self._session is None:
            import requests

            self._session = requests.Session()
        return self._session

    def close(self) -> None:
        """Close the pooled connections of a session this transport created (a caller's session stays open)."""
        if self._session is not None and self._owned:
            self._session.close()
            self._session = None

    def prepare(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None, body: Any
    ) -> tuple[HttpRequest, Resolved]:
        """The request for one call, with the settings (and token) read now."""
        resolved = self.settings.resolve()
        return build_request(op, resolved, path, query, body), resolved

    def send(self, request: HttpRequest, resolved: Resolved, *, stream: bool = False) -> Any:
        """Send with retries; return the 2xx `requests.Response` or raise the matching error."""
        from requests import exceptions as rex

        cert = resolved.client_certs
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.session.request(
                    request.method,
                    request.url,
                    params=list(request.params),
                    data=request.content,
                    headers=request.headers(),
                    timeout=resolved.timeout,
                    verify=resolved.verify_ssl,
                    cert=cert,
                    stream=stream,
                    allow_redirects=False,
                )
            except rex.RequestException as error:
                failure = classify_requests_error(error)
                if self.retry.retry_failure(request.idempotent, failure, attempt):
                    delay = self.retry.delay(attempt)
                    log_retry(request, failure.value, attempt, self.retry.attempts, delay)
                    time.sleep(delay)
                    continue
                raise failure_error(request, resolved, failure, error, attempt) from error
            status = response.status_code
            logger.debug("%s %s -> %s", request.method, request.path, status)
            if status < 400:
                return response
            if self.retry.retry_status(request.idempotent, status, attempt):
                delay = self.retry.delay(attempt, response.headers.get("Retry-After"))
                response.close()
                log_retry(request, f"the server answered {status}", attempt, self.retry.attempts, delay)
                time.sleep(delay)
                continue
            try:
                content = response.content
            except rex.RequestException:
                content = b""
            finally:
                response.close()
            raise error_from_body(status, content, request.method, request.path, request.secrets)

    def call(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        """Send one request and return its typed result (bytes for binary operations)."""
        request, resolved = self.prepare(op, path, query, body)
        response = self.send(request, resolved)
        if op.kind == "binary":
            return response.content
        return decode_document(op, response.content, partial=is_partial(query))

    def stream(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None
    ) -> Stream[Any]:
        """A `Stream` of the operation's items; the request is sent when iteration starts."""
        request, resolved = self.prepare(op, path, query, None)
        partial = is_partial(query)
        return Stream(self, op, request, resolved, partial)


class Stream(Generic[T]):
    """The typed items of a streaming response.

    The request is sent on the first `next()`; leaving a `with` block or calling `close()` ends the
    stream early. A stream cut by the server raises `StreamInterrupted`; an error item raises the
    matching `ArgoServerError`.
    """

    def __init__(
        self,
        transport: SyncTransport,
        op: Operation,
        request: HttpRequest,
        resolved: Resolved,
        partial: bool = False,
    ) -> None:
        self._transport = transport
        self._op = op
        self._request = request
        self._resolved = resolved
        self._partial = partial
        self._items: Iterator[T] | None = None

    def _generate(self) -> Iterator[T]:
        from requests import exceptions as rex

        request = self._request
        response = self._transport.send(request, self._resolved, stream=True)
        decoder = ItemDecoder(sse=response.headers.get("Content-Type", "").startswith(SSE))
        try:
            try:
                for chunk in response.iter_content(chunk_size=None):
                    for item in decoder.feed(chunk):
                        yield stream_result(
                            self._op,
                            item,
                            request.method,
                            request.path,
                            request.secrets,
                            partial=self._partial,
                        )
                rest = decoder.close()
            except rex.RequestException as error:
                failure = classify_requests_error(error)
                if failure is Failure.TIMEOUT:
                    raise failure_error(request, self._resolved, failure, error, 1) from error
                raise stream_cut(request, error) from error
            except IncompleteItem as error:
                raise stream_cut(request, error) from None
            except MalformedItem as error:
                raise malformed_stream(request, error) from None
            for item in rest:
                yield stream_result(
                    self._op, item, request.method, request.path, request.secrets, partial=self._partial
                )
        finally:
            response.close()

    def __iter__(self) -> Stream[T]:
        return self

    def __next__(self) -> T:
        if self._items is None:
            self._items = self._generate()
        return next(self._items)

    def close(self) -> None:
        """Stop reading and release the connection."""
        if self._items is not None:
            close = getattr(self._items, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Stream({self._request.operation_id}, {self._request.method} {self._request.path})"
