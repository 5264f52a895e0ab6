"""Connection settings of a service: given explicitly, or read from `global_config` at every request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hera.shared.auth import Secret, TokenSource, authorization_value, resolve_token
from hera.shared.config import (
    global_config,
    hide_password,
    normalise_base_href,
    normalise_host,
    normalise_timeout,
)
from hera.shared.exceptions import ConfigError

__all__ = ["ConnectionSettings", "Resolved", "Timeout"]

Timeout = float | tuple[float, float]
"""Seconds: one number for both, or (connect, read)."""


@dataclass(frozen=True)
class Resolved:
    """The settings of one request, fixed when it is built (the token read just now)."""

    base_url: str
    namespace: str
    verify_ssl: bool
    client_certs: tuple[str, str] | None
    timeout: tuple[float, float]
    authorization: Secret | None = field(default=None, repr=False)

    @property
    def secrets(self) -> tuple[str | None, ...]:
        """What must never appear in an error or log line."""
        return (self.authorization.reveal(),) if self.authorization else ()


class ConnectionSettings:
    """Where and how to reach the Argo Server.

    Every setting left as None is read from `hera.shared.global_config` each time a request is built, so
    later changes to the global configuration (and short-lived tokens) are picked up.
    """

    def __init__(
        self,
        *,
        host: str | None = None,
        token: TokenSource | None = None,
        namespace: str | None = None,
        verify_ssl: bool | None = None,
        client_certs: tuple[str, str] | None = None,
        base_href: str | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        self._host = None if host is None else normalise_host(host, "host=")
        if isinstance(token, str):
            token = Secret(token)
        elif token is not None and not isinstance(token, Secret) and not callable(token):
            raise TypeError(
                f"token must be a str, a Secret or a zero-argument callable, got {type(token).__name__}"
            )
        self._token: Any = token
        if namespace is not None and (not isinstance(namespace, str) or not namespace.strip()):
            raise ConfigError(f"namespace={namespace!r} must be a non-empty str")
        self._namespace = namespace
        self._verify_ssl = verify_ssl
        if client_certs is not None:
            if isinstance(client_certs, (str, bytes)) or len(client_certs) != 2:
                raise TypeError("client_certs must be a pair (cert_path, key_path)")
            client_certs = (str(client_certs[0]), str(client_certs[1]))
        self._client_certs = client_certs
        self._base_href = None if base_href is None else normalise_base_href(base_href)
        self._timeout = None if timeout is None else normalise_timeout(timeout, "timeout")

    @property
    def host(self) -> str:
        """The server URL; a ConfigError saying where to set it when there is none."""
        host = self._host if self._host is not None else global_config.host
        if host is None:
            raise ConfigError(
                "no Argo Server address: pass host= to the service, or set hera.shared.global_config.host "
                "or the ARGO_SERVER environment variable (e.g. https://localhost:2746)"
            )
        return host

    @property
    def base_href(self) -> str:
        """The path the server is served under ("" for the root)."""
        return self._base_href if self._base_href is not None else global_config.base_href

    @property
    def base_url(self) -> str:
        """`host` followed by `base_href`: prefix of every endpoint path."""
        return self.host + self.base_href

    @property
    def namespace(self) -> str:
        """The namespace used when a call names none: this service's, else the global one, else "default"."""
        return self._namespace if self._namespace is not None else global_config.namespace_or_default

    @property
    def verify_ssl(self) -> bool:
        """Whether the server's TLS certificate is verified."""
        return self._verify_ssl if self._verify_ssl is not None else global_config.verify_ssl

    @property
    def client_certs(self) -> tuple[str, str] | None:
        """(certificate, key) paths for mutual TLS, or None."""
        return self._client_certs if self._client_certs is not None else global_config.client_certs

    @property
    def timeout(self) -> tuple[float, float]:
        """(connect, read) seconds of every request."""
        return self._timeout if self._timeout is not None else global_config.request_timeout

    def authorization(self) -> Secret | None:
        """The `Authorization` header value, read now (a token callable is called on each request)."""
        if self._token is not None:
            value = authorization_value(resolve_token(self._token))
        else:
            value = global_config.bearer_token
        return Secret(value) if value else None

    def resolve(self) -> Resolved:
        """Every setting, read now, for one request."""
        return Resolved(
            base_url=self.base_url,
            namespace=self.namespace,
            verify_ssl=self.verify_ssl,
            client_certs=self.client_certs,
            timeout=self.timeout,
            authorization=self.authorization(),
        )

    def __repr__(self) -> str:
        parts = []
        for name in ("host", "namespace", "verify_ssl", "base_href", "timeout"):
            value = getattr(self, f"_{name}")
            if value is not None:
                shown = hide_password(value) if name == "host" else value
                parts.append(f"{name}={shown!r}")
        if self._client_certs is not None:
            parts.append(f"client_certs={self._client_certs!r}")
        if self._token is not None:
            parts.append("token='***'")
        return f"ConnectionSettings({', '.join(parts)})"
