"""The asyncio (and trio) transport, on `httpx` (the `[async]` extra; imported on first request)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
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

__all__ = ["AsyncStream", "AsyncTransport", "classify_httpx_error"]

logger = logging.getLogger("hera.shared.client")

T = TypeVar("T")


def _import_httpx() -> Any:
    try:
        import httpx
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "the async clients need httpx: install the extra, e.g. `pip install 'hera-workflows[async]'`",
            name="httpx",
        ) from None
    return httpx


def _caused_by_ssl(error: BaseException) -> bool:
    import ssl

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def classify_httpx_error(error: Exception) -> Failure:
    """What an `httpx` exception means for retrying: not sent, lost, timed out, or fatal."""
    httpx = _import_httpx()
    if isinstance(error, httpx.ConnectTimeout):
        return Failure.NOT_SENT
    if isinstance(error, httpx.ConnectError):
        return Failure.FATAL if _caused_by_ssl(error) else Failure.NOT_SENT
    if isinstance(error, httpx.TimeoutException):
        return Failure.TIMEOUT
    if isinstance(error, (httpx.RemoteProtocolError, httpx.NetworkError)):
        return Failure.LOST
    return Failure.FATAL


def _ssl_setting(resolved: Resolved) -> Any:
    """httpx's `verify`: a bool, or an SSL context carrying the client certificate."""
    if resolved.client_certs is None:
        return resolved.verify_ssl
    import ssl

    try:
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
    except ModuleNotFoundError:
        context = ssl.create_default_context()
    if not resolved.verify_ssl:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    cert, key = resolved.client_certs
    context.load_cert_chain(cert, key)
    return context


class AsyncTransport:
    """Sends operations with an `httpx.AsyncClient`, retrying as `RetryPolicy` allows."""

    def __init__(self, settings: ConnectionSettings, retry: RetryPolicy, client: Any = None) -> None:
        self.settings = settings
        self.retry = retry
        self._client = client
        self._owned = client is None
        self._client_key: tuple[Any, ...] | None = None

    async def client(self, resolved: Resolved) -> Any:
        """The `httpx.AsyncClient` for these TLS settings (a new one when they changed)."""
        if not self._owned:
            return self._client
        key = (resolved.verify_ssl, resolved.client_certs)
        if self._client is None or key != self._client_key:
            httpx = _import_httpx()
            if self._client is not None:
                await self._client.aclose()
            self._client = httpx.AsyncClient(verify=_ssl_setting(resolved), follow_redirects=False)
            self._client_key = key
        return self._client

    async def aclose(self) -> None:
        """Close the pooled connections."""
        if self._client is not None and self._owned:
            await self._client.aclose()
            self._client = None

    def prepare(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None, body: Any
    ) -> tuple[HttpRequest, Resolved]:
        """The request for one call, with the settings (and token) read now."""
        resolved = self.settings.resolve()
        return build_request(op, resolved, path, query, body), resolved

    async def send(self, request: HttpRequest, resolved: Resolved, *, stream: bool = False) -> Any:
        """Send with retries; return the 2xx `httpx.Response` or raise the matching error."""
        import anyio

        httpx = _import_httpx()
        client = await self.client(resolved)
        connect, read = resolved.timeout
        timeout = httpx.Timeout(connect=connect, read=read, write=read, pool=connect)
        attempt = 0
        while True:
            attempt += 1
            http_request = client.build_request(
                request.method,
                request.url,
                params=list(request.params),
                content=request.content,
                headers=request.headers(),
                timeout=timeout,
            )
            try:
                response = await client.send(http_request, stream=stream)
            except httpx.HTTPError as error:
                failure = classify_httpx_error(error)
                if self.retry.retry_failure(request.idempotent, failure, attempt):
                    delay = self.retry.delay(attempt)
                    log_retry(request, failure.value, attempt, self.retry.attempts, delay)
                    await anyio.sleep(delay)
                    continue
                raise failure_error(request, resolved, failure, error, attempt) from error
            status = response.status_code
            logger.debug("%s %s -> %s", request.method, request.path, status)
            if status < 400:
                return response
            if self.retry.retry_status(request.idempotent, status, attempt):
                delay = self.retry.delay(attempt, response.headers.get("Retry-After"))
                await response.aclose()
                log_retry(request, f"the server answered {status}", attempt, self.retry.attempts, delay)
                await anyio.sleep(delay)
                continue
            try:
                content = await response.aread()
            except httpx.HTTPError:
                content = b""
            finally:
                await response.aclose()
            raise error_from_body(status, content, request.method, request.path, request.secrets)

    async def call(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        """Send one request and return its typed result (bytes for binary operations)."""
        request, resolved = self.prepare(op, path, query, body)
        response = await self.send(request, resolved)
        if op.kind == "binary":
            return response.content
        return decode_document(op, response.content, partial=is_partial(query))

    def stream(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None
    ) -> AsyncStream[Any]:
        """An `AsyncStream` of the operation's items; the request is sent when iteration starts."""
        request, resolved = self.prepare(op, path, query, None)
        partial = is_partial(query)
        return AsyncStream(self, op, request, resolved, partial)


class AsyncStream(Generic[T]):
    """The typed items of a streaming response, for `async for`.

    The request is sent on the first item; leaving an `async with` block or `await stream.aclose()`
    ends the stream early. A stream cut by the server raises `StreamInterrupted`; an error item raises
    the matching `ArgoServerError`.
    """

    def __init__(
        self,
        transport: AsyncTransport,
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
        self._items: AsyncIterator[T] | None = None

    async def _generate(self) -> AsyncIterator[T]:
        httpx = _import_httpx()
        request = self._request
        response = await self._transport.send(request, self._resolved, stream=True)
        decoder = ItemDecoder(sse=response.headers.get("Content-Type", "").startswith(SSE))
        try:
            try:
                async for chunk in response.aiter_bytes():
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
            except httpx.HTTPError as error:
                failure = classify_httpx_error(error)
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
            await response.aclose()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._generate()
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        if self._items is not None:
            aclose = getattr(self._items, "aclose", None)
            if aclose is not None:
                await aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncStream({self._request.operation_id}, {self._request.method} {self._request.path})"
