"""Authentication helpers: token generators and a wrapper that keeps secrets out of reprs."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TypeAlias

__all__ = ["Secret", "TokenGenerator", "TokenSource", "authorization_value", "resolve_token"]


class TokenGenerator(ABC):
    """A source of short-lived tokens: calling it returns the current token, or None for no token.

    Subclass it and implement `__call__`; `global_config.token = MyGenerator()` then calls it on every
    access of `global_config.token`, so an expiring token is fetched again when needed. Plain zero-argument
    callables are accepted wherever a `TokenGenerator` is.
    """

    @abstractmethod
    def __call__(self) -> str | None:
        """Return the token to send, or None to send none."""


class Secret:
    """A string that shows as `'***'` in `repr`, `str` and f-strings; `reveal()` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"Secret wraps a str, got {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """The wrapped value; call it only where the secret is really sent (e.g. an HTTP header)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Secret):
            return self._value == other._value
        return NotImplemented

    def __hash__(self) -> int:
        return hash((Secret, self._value))


TokenSource: TypeAlias = str | Secret | TokenGenerator | Callable[[], str | None]
"""Everything `GlobalConfig.token` accepts."""


def resolve_token(source: TokenSource | None) -> str | None:
    """The token a source stands for now: a string as is, a callable or generator called once.

    An empty token counts as no token. Raises TypeError (without the value) when a callable returns
    something other than a str or None.
    """
    if source is None:
        return None
    if isinstance(source, Secret):
        return source.reveal() or None
    if isinstance(source, str):
        return source or None
    value = source()
    if isinstance(value, Secret):
        value = value.reveal()
    if value is not None and not isinstance(value, str):
        name = getattr(source, "__qualname__", type(source).__qualname__)
        raise TypeError(
            f"token callable {name} returned a {type(value).__name__}; it must return a str or None"
        )
    return value or None


def authorization_value(token: str | None) -> str | None:
    """The `Authorization` header for a token: `Bearer <token>` unless it already names its scheme
    (`Bearer ` or `Basic `, as `argo auth token` prints it); None without a token."""
    if not token:
        return None
    return token if token.startswith(("Bearer ", "Basic ")) else f"Bearer {token}"
