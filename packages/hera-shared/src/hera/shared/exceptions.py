"""The errors of the hera toolkit, and the Argo Server errors mapped from HTTP statuses.

This module imports only the standard library so that `import hera.shared` stays cheap.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from hera.shared.auth import Secret

__all__ = [
    "AlreadyExists",
    "ArgoServerError",
    "BadRequest",
    "ConfigError",
    "Forbidden",
    "HeraError",
    "NotFound",
    "PreBuildHookError",
    "ServerError",
    "Unauthorized",
    "error_for_status",
    "redact",
]

REDACTED = "***"
_AUTH_SCHEMES = ("Bearer ", "Basic ")


class HeraError(Exception):
    """Root of every error the hera toolkit raises on purpose."""


class ConfigError(HeraError, ValueError):
    """A configuration value (set in code or read from the environment) is not valid."""


class PreBuildHookError(HeraError, TypeError):
    """A pre-build hook cannot be registered, or returned something other than an object."""


class ArgoServerError(HeraError):
    """The Argo Server answered a request with an error status.

    Attributes:
        status: the HTTP status code.
        message: the server's message (callers redact secrets before building the error).
        method: the HTTP method of the failed request, upper case.
        path: the URL path of the failed request, without scheme, host or query string.
        details: the server's `details` payload, if any.
    """

    def __init__(self, status: int, message: str, method: str, path: str, details: Any = None) -> None:
        self.status = int(status)
        self.message = message
        self.method = method.upper()
        self.path = urlsplit(path).path
        self.details = details
        # Passing every field to Exception keeps the default pickling (type(*args)) working.
        super().__init__(self.status, self.message, self.method, self.path, self.details)

    @property
    def reason(self) -> str:
        """The standard phrase of the status (`"Not Found"`), or "" for a non-standard status."""
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return ""

    def __str__(self) -> str:
        head = f"{self.status} {self.reason}".rstrip()
        text = f"{head}: {self.method} {self.path}"
        return f"{text}: {self.message}" if self.message else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, message={self.message!r}, "
            f"method={self.method!r}, path={self.path!r})"
        )


class BadRequest(ArgoServerError):
    """400: the request is invalid (lint failures come back this way)."""


class Unauthorized(ArgoServerError):
    """401: no token, or a token the server does not accept."""


class Forbidden(ArgoServerError):
    """403: the token's identity may not do this."""


class NotFound(ArgoServerError):
    """404: the object (or the namespace) does not exist."""


class AlreadyExists(ArgoServerError):
    """409: an object with this name already exists."""


class ServerError(ArgoServerError):
    """5xx, or any error status without a more specific class."""


_BY_STATUS: dict[int, type[ArgoServerError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: AlreadyExists,
}


def error_for_status(
    status: int, message: str, method: str, path: str, details: Any = None
) -> ArgoServerError:
    """Build the `ArgoServerError` subclass that matches an HTTP error status (`ServerError` otherwise)."""
    cls = _BY_STATUS.get(int(status), ServerError)
    return cls(status, message, method, path, details)


def redact(text: str, *secrets: str | Secret | None) -> str:
    """Replace every occurrence of each non-empty secret in `text` with `'***'`.

    A secret given with its HTTP scheme (`"Bearer abc"`) also redacts the bare value (`"abc"`).
    """
    values: set[str] = set()
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if not value:
            continue
        values.add(value)
        for scheme in _AUTH_SCHEMES:
            if value.startswith(scheme) and value[len(scheme) :].strip():
                values.add(value[len(scheme) :].strip())
    # Longest first, so a secret that contains another is replaced whole.
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    return text
