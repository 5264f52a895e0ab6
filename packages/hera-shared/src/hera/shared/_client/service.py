"""Base classes of the generated services: construction, configuration, and the call entry points."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hera.shared._client.async_http import AsyncStream, AsyncTransport
from hera.shared._client.operation import Operation
from hera.shared._client.retry import RetryPolicy
from hera.shared._client.settings import ConnectionSettings, Timeout
from hera.shared._client.sync_http import Stream, SyncTransport
from hera.shared.auth import TokenSource

__all__ = ["AsyncServiceBase", "ServiceBase", "SyncServiceBase"]


class ServiceBase:
    """Settings shared by the sync and async services.

    Every argument left as None is read from `hera.shared.global_config` on each request (host, token,
    namespace, verify_ssl, client_certs, base_href, request_timeout), so a token callable is called again
    for every request. `retry` defaults to 4 attempts with exponential backoff from 0.5 s.
    """

    def __init__(
        self,
        host: str | None = None,
        token: TokenSource | None = None,
        namespace: str | None = None,
        *,
        verify_ssl: bool | None = None,
        client_certs: tuple[str, str] | None = None,
        base_href: str | None = None,
        timeout: Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.settings = ConnectionSettings(
            host=host,
            token=token,
            namespace=namespace,
            verify_ssl=verify_ssl,
            client_certs=client_certs,
            base_href=base_href,
            timeout=timeout,
        )
        self.retry = retry if retry is not None else RetryPolicy()

    @classmethod
    def from_settings(cls, settings: ConnectionSettings, retry: RetryPolicy | None = None) -> Any:
        """A service of this class with the connection settings (and retry policy) of another one."""
        service = cls(retry=retry)
        service.settings = settings
        service._bind()
        return service

    def _bind(self) -> None:
        """(Re)create the transport for the current settings."""

    @property
    def host(self) -> str:
        """The server URL (with its base href) requests go to."""
        return self.settings.base_url

    @property
    def namespace(self) -> str:
        """The namespace used when a call names none."""
        return self.settings.namespace

    def __repr__(self) -> str:
        inner = repr(self.settings).removeprefix("ConnectionSettings(").removesuffix(")")
        return f"{type(self).__name__}({inner})"


class SyncServiceBase(ServiceBase):
    """A blocking service on `requests`; use it as a context manager or call `close()` when done."""

    def __init__(
        self,
        host: str | None = None,
        token: TokenSource | None = None,
        namespace: str | None = None,
        *,
        verify_ssl: bool | None = None,
        client_certs: tuple[str, str] | None = None,
        base_href: str | None = None,
        timeout: Timeout | None = None,
        retry: RetryPolicy | None = None,
        session: Any = None,
    ) -> None:
        super().__init__(
            host,
            token,
            namespace,
            verify_ssl=verify_ssl,
            client_certs=client_certs,
            base_href=base_href,
            timeout=timeout,
            retry=retry,
        )
        self._session = session
        self._bind()

    def _bind(self) -> None:
        self._transport = SyncTransport(self.settings, self.retry, self._session)

    def _call(
        self,
        op: Operation,
        path: Mapping[str, Any],
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        return self._transport.call(op, path, query, body)

    def _stream(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None
    ) -> Stream[Any]:
        return self._transport.stream(op, path, query)

    def close(self) -> None:
        """Close the pooled connections (the service stays usable: a new pool opens on the next call)."""
        self._transport.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncServiceBase(ServiceBase):
    """An asynchronous service on `httpx`; use `async with` or `await service.aclose()` when done."""

    def __init__(
        self,
        host: str | None = None,
        token: TokenSource | None = None,
        namespace: str | None = None,
        *,
        verify_ssl: bool | None = None,
        client_certs: tuple[str, str] | None = None,
        base_href: str | None = None,
        timeout: Timeout | None = None,
        retry: RetryPolicy | None = None,
        client: Any = None,
    ) -> None:
        super().__init__(
            host,
            token,
            namespace,
            verify_ssl=verify_ssl,
            client_certs=client_certs,
            base_href=base_href,
            timeout=timeout,
            retry=retry,
        )
        self._client = client
        self._bind()

    def _bind(self) -> None:
        self._transport = AsyncTransport(self.settings, self.retry, self._client)

    async def _call(
        self,
        op: Operation,
        path: Mapping[str, Any],
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        return await self._transport.call(op, path, query, body)

    def _stream(
        self, op: Operation, path: Mapping[str, Any], query: Mapping[str, Any] | None = None
    ) -> AsyncStream[Any]:
        return self._transport.stream(op, path, query)

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._transport.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
