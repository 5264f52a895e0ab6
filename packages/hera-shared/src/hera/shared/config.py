"""`GlobalConfig` and its singleton `global_config`: connection settings, defaults and pre-build hooks.

Each setting resolves, at every access, as: the value set in code > the environment variable > the default.
The environment is read when a setting is read (not at import), so a change of `os.environ` shows at once.
Assigning `None` to a setting removes the value set in code, so the environment and default apply again.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from hera.shared._hooks import hook_classes, hook_name
from hera.shared.auth import Secret, TokenSource, authorization_value, resolve_token
from hera.shared.exceptions import ConfigError, PreBuildHookError

__all__ = [
    "GlobalConfig",
    "global_config",
    "hide_password",
    "normalise_base_href",
    "normalise_host",
    "parse_bool",
]

logger = logging.getLogger("hera.shared")

T = TypeVar("T")
HookT = TypeVar("HookT", bound=Callable[..., Any])

DEFAULT_IMAGE = "python:3.10"
DEFAULT_SCRIPT_COMMAND = ("python",)
DEFAULT_API_VERSION = "argoproj.io/v1alpha1"
DEFAULT_REQUEST_TIMEOUT = (5.0, 30.0)
DEFAULT_NAMESPACE = "default"

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})

# (attribute, environment variable) in the order the repr lists them.
_FIELDS: tuple[tuple[str, str | None], ...] = (
    ("host", "ARGO_SERVER"),
    ("token", "ARGO_TOKEN"),
    ("client_certs", None),
    ("verify_ssl", "ARGO_INSECURE_SKIP_VERIFY"),
    ("namespace", "ARGO_NAMESPACE"),
    ("service_account_name", None),
    ("image", None),
    ("script_command", None),
    ("api_version", None),
    ("base_href", "ARGO_BASE_HREF"),
    ("http1", "ARGO_HTTP1"),
    ("request_timeout", None),
)


def parse_bool(value: str, name: str) -> bool:
    """Parse a boolean setting: 1/true/yes/on or 0/false/no/off, case-insensitive.

    Raises ConfigError (a ValueError) naming `name` and the accepted values otherwise.
    """
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigError(
        f"{name}={value!r} is not a boolean: use one of 1, true, yes, on (for true) "
        "or 0, false, no, off (for false), in any case"
    )


def _env(name: str) -> str | None:
    """The environment variable's value, or None when it is unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or None


def _env_bool(name: str) -> bool | None:
    value = _env(name)
    return None if value is None else parse_bool(value, name)


def hide_password(url: str) -> str:
    """The URL with the password of its `user:password@` part, if any, replaced by `***`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return parts._replace(netloc=f"{user}:***@{hostport}").geturl()


def normalise_host(value: str, source: str) -> str:
    """Turn `host[:port]` or a URL into `scheme://host[:port][/path]` without a trailing slash."""
    text = value.strip()
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme.lower() not in ("http", "https"):
            raise ConfigError(f"{source}: {scheme!r} is not a supported scheme; use http:// or https://")
        scheme = scheme.lower()
    else:
        scheme, rest = ("http" if _env_bool("ARGO_SECURE") is False else "https"), text
    text = f"{scheme}://{rest.rstrip('/')}"
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - reading it validates the port
    except ValueError:
        raise ConfigError(
            f"{source}: {hide_password(text)!r} has an invalid port; expected a number from 0 to 65535"
        ) from None
    if not parts.hostname:
        raise ConfigError(
            f"{source}: {hide_password(text)!r} has no host name; expected host[:port] or http(s)://host[:port]"
        )
    return text


def normalise_timeout(value: float | tuple[float, float], source: str) -> tuple[float, float]:
    """A (connect, read) pair of positive seconds from one number or a pair; `source` names the setting."""
    pair = (value, value) if isinstance(value, (int, float)) else tuple(value)
    if len(pair) != 2 or not all(
        isinstance(part, (int, float)) and not isinstance(part, bool) and part > 0 for part in pair
    ):
        raise ConfigError(f"{source}={value!r}: use positive seconds, one number or (connect, read)")
    return (float(pair[0]), float(pair[1]))


def normalise_base_href(value: str) -> str:
    """`""` stays empty; anything else gets one leading slash and no trailing slash (`argo/` -> `/argo`)."""
    text = value.strip().strip("/")
    return f"/{text}" if text else ""


def _check_str(value: object, attribute: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"global_config.{attribute} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ConfigError(f"global_config.{attribute} must not be empty; assign None to unset it")
    return value


def _check_bool(value: object, attribute: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"global_config.{attribute} must be True or False, got {type(value).__name__}")
    return value


class GlobalConfig:
    """Settings shared by every part of the toolkit; use the singleton `hera.shared.global_config`.

    | attribute | environment | default |
    | --- | --- | --- |
    | host | ARGO_SERVER (+ ARGO_SECURE for the scheme) | None |
    | token | ARGO_TOKEN | None |
    | client_certs | - | None |
    | verify_ssl | ARGO_INSECURE_SKIP_VERIFY (inverted) | True |
    | namespace | ARGO_NAMESPACE | None (`namespace_or_default` gives "default") |
    | service_account_name | - | None |
    | image | - | "python:3.10" |
    | script_command | - | ["python"] |
    | api_version | - | "argoproj.io/v1alpha1" |
    | base_href | ARGO_BASE_HREF | "" |
    | http1 | ARGO_HTTP1 | False |
    | request_timeout | - | (5.0, 30.0) |
    """

    def __init__(self) -> None:
        self._explicit: dict[str, Any] = {}
        self._class_defaults: dict[type, dict[str, Any]] = {}
        self._hooks: list[tuple[Callable[[Any], Any], tuple[type, ...]]] = []

    def reset(self) -> None:
        """Forget every setting made in code, every class default and every pre-build hook."""
        self._explicit.clear()
        self._class_defaults.clear()
        self._hooks.clear()

    def _set(self, attribute: str, value: Any) -> None:
        if value is None:
            self._explicit.pop(attribute, None)
        else:
            self._explicit[attribute] = value

    # -- connection ----------------------------------------------------------------------------------

    @property
    def host(self) -> str | None:
        """The Argo Server URL, e.g. `https://localhost:2746`.

        A value without a scheme (the `argo` CLI's `host:port`) gets `https://`, or `http://` when the
        environment has `ARGO_SECURE` false. Falls back to `ARGO_SERVER`, then None.
        """
        explicit = self._explicit.get("host")
        if explicit is not None:
            return normalise_host(explicit, "global_config.host")
        env = _env("ARGO_SERVER")
        return None if env is None else normalise_host(env, "ARGO_SERVER")

    @host.setter
    def host(self, value: str | None) -> None:
        if value is not None:
            normalise_host(_check_str(value, "host"), "global_config.host")
        self._set("host", value)

    @property
    def token(self) -> str | None:
        """The token to authenticate with, resolved now: a callable or `TokenGenerator` is called on every
        access so that short-lived tokens refresh. Set a str, a zero-argument callable or a `TokenGenerator`;
        falls back to `ARGO_TOKEN`, then None. It never appears in a repr, log line or error message.
        """
        source = self._explicit.get("token")
        if source is not None:
            return resolve_token(source)
        env = _env("ARGO_TOKEN")
        return None if env is None else resolve_token(Secret(env))

    @token.setter
    def token(self, value: TokenSource | None) -> None:
        if isinstance(value, str):
            value = Secret(value)
        elif value is not None and not isinstance(value, Secret) and not callable(value):
            raise TypeError(
                "global_config.token must be a str, a zero-argument callable returning str | None, "
                f"or a TokenGenerator; got {type(value).__name__}"
            )
        self._set("token", value)
        if value is not None:
            logger.debug("global_config.token set from a %s", type(value).__name__)

    @property
    def bearer_token(self) -> str | None:
        """The `Authorization` header value: the token with `Bearer ` prepended, unless it already starts
        with an HTTP scheme (`Bearer ` or `Basic `, as `argo auth token` prints it); None without a token.
        """
        return authorization_value(self.token)

    @property
    def client_certs(self) -> tuple[str, str] | None:
        """Paths of the client certificate and its key for mutual TLS, or None."""
        value: tuple[str, str] | None = self._explicit.get("client_certs")
        return value

    @client_certs.setter
    def client_certs(self, value: Sequence[str | os.PathLike[str]] | None) -> None:
        if value is not None:
            if isinstance(value, (str, bytes)) or len(value) != 2:
                raise TypeError("global_config.client_certs must be a pair (cert_path, key_path) or None")
            cert, key = (os.fspath(path) for path in value)
            value = (_check_str(cert, "client_certs[0]"), _check_str(key, "client_certs[1]"))
        self._set("client_certs", value)

    @property
    def verify_ssl(self) -> bool:
        """Whether to verify the server's TLS certificate; `ARGO_INSECURE_SKIP_VERIFY=true` turns it off."""
        explicit = self._explicit.get("verify_ssl")
        if explicit is not None:
            return bool(explicit)
        skip = _env_bool("ARGO_INSECURE_SKIP_VERIFY")
        return True if skip is None else not skip

    @verify_ssl.setter
    def verify_ssl(self, value: bool | None) -> None:
        self._set("verify_ssl", None if value is None else _check_bool(value, "verify_ssl"))

    @property
    def base_href(self) -> str:
        """The path the Argo Server is served under (`--basehref`), e.g. `/argo`; "" for the root.

        Always "" or a path with one leading and no trailing slash, so `host + base_href + "/api/v1/..."`
        is the URL of an endpoint. Falls back to `ARGO_BASE_HREF`.
        """
        explicit = self._explicit.get("base_href")
        if explicit is not None:
            return normalise_base_href(explicit)
        return normalise_base_href(_env("ARGO_BASE_HREF") or "")

    @base_href.setter
    def base_href(self, value: str | None) -> None:
        if value is not None and not isinstance(value, str):
            raise TypeError(f"global_config.base_href must be a str, got {type(value).__name__}")
        self._set("base_href", value)

    @property
    def http1(self) -> bool:
        """Whether clients must use HTTP/1.1 only; falls back to `ARGO_HTTP1`, then False. (The argo CLI's
        setting: hera's clients always speak HTTP/1.1, requests and httpx without its HTTP/2 extra.)"""
        explicit = self._explicit.get("http1")
        if explicit is not None:
            return bool(explicit)
        return bool(_env_bool("ARGO_HTTP1"))

    @http1.setter
    def http1(self, value: bool | None) -> None:
        self._set("http1", None if value is None else _check_bool(value, "http1"))

    @property
    def request_timeout(self) -> tuple[float, float]:
        """(connect, read) timeouts in seconds for requests to the server."""
        value: tuple[float, float] = self._explicit.get("request_timeout", DEFAULT_REQUEST_TIMEOUT)
        return value

    @request_timeout.setter
    def request_timeout(self, value: float | tuple[float, float] | None) -> None:
        if value is not None:
            value = normalise_timeout(value, "global_config.request_timeout")
        self._set("request_timeout", value)

    # -- what gets built ----------------------------------------------------------------------------

    @property
    def namespace(self) -> str | None:
        """The namespace to use; falls back to `ARGO_NAMESPACE`, then None ("let the server decide")."""
        explicit: str | None = self._explicit.get("namespace")
        return explicit if explicit is not None else _env("ARGO_NAMESPACE")

    @namespace.setter
    def namespace(self, value: str | None) -> None:
        self._set("namespace", None if value is None else _check_str(value, "namespace"))

    @property
    def namespace_or_default(self) -> str:
        """`namespace`, or "default" (Kubernetes' default namespace) when no namespace is configured."""
        return self.namespace or DEFAULT_NAMESPACE

    @property
    def service_account_name(self) -> str | None:
        """The service account workflows run as when they name none; None leaves it to the cluster."""
        value: str | None = self._explicit.get("service_account_name")
        return value

    @service_account_name.setter
    def service_account_name(self, value: str | None) -> None:
        self._set(
            "service_account_name", None if value is None else _check_str(value, "service_account_name")
        )

    @property
    def image(self) -> str:
        """The default container image of script templates."""
        value: str = self._explicit.get("image", DEFAULT_IMAGE)
        return value

    @image.setter
    def image(self, value: str | None) -> None:
        self._set("image", None if value is None else _check_str(value, "image"))

    @property
    def script_command(self) -> list[str]:
        """The default command of script templates (a fresh list each time)."""
        return list(self._explicit.get("script_command", DEFAULT_SCRIPT_COMMAND))

    @script_command.setter
    def script_command(self, value: Sequence[str] | None) -> None:
        if value is not None:
            if isinstance(value, str) or not all(isinstance(part, str) for part in value):
                raise TypeError('global_config.script_command must be a list of str, e.g. ["python"]')
            if not value:
                raise ConfigError("global_config.script_command must not be empty; assign None to unset it")
            value = tuple(value)
        self._set("script_command", value)

    @property
    def api_version(self) -> str:
        """The `apiVersion` of the objects built."""
        value: str = self._explicit.get("api_version", DEFAULT_API_VERSION)
        return value

    @api_version.setter
    def api_version(self, value: str | None) -> None:
        self._set("api_version", None if value is None else _check_str(value, "api_version"))

    # -- class defaults ------------------------------------------------------------------------------

    def set_class_defaults(self, cls: type, **kwargs: Any) -> None:
        """Store default keyword arguments for `cls` (merged with the ones set before for it)."""
        if not isinstance(cls, type):
            raise TypeError(f"set_class_defaults takes a class first, got {type(cls).__name__}")
        self._class_defaults.setdefault(cls, {}).update(kwargs)

    def get_class_defaults(self, cls: type) -> dict[str, Any]:
        """The defaults that apply to `cls`, merged along its MRO: a subclass's own defaults win.

        The dict is new; its values are the objects that were stored (not copies).
        """
        merged: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            merged.update(self._class_defaults.get(klass, {}))
        return merged

    # -- pre-build hooks -----------------------------------------------------------------------------

    def register_pre_build_hook(self, hook: HookT) -> HookT:
        """Register `hook` (usable as a decorator) to run on objects before they are built.

        The annotation of the hook's first parameter names the class (or union of classes) it applies to;
        string annotations are resolved too. The hook returns the object, changed or replaced.
        """
        if not callable(hook):
            raise PreBuildHookError(f"a pre-build hook must be callable, got {type(hook).__name__}")
        caller = sys._getframe(1)
        try:
            classes = hook_classes(hook, dict(caller.f_locals))
        finally:
            del caller
        self._hooks.append((hook, classes))
        logger.debug(
            "registered pre-build hook %s for %s",
            hook_name(hook),
            ", ".join(c.__qualname__ for c in classes),
        )
        return hook

    def apply_pre_build_hooks(self, obj: T) -> T:
        """Run, in registration order, every hook whose class `obj` is an instance of; return the result.

        Each hook receives what the previous one returned. A hook returning None raises PreBuildHookError.
        """
        for hook, classes in list(self._hooks):
            if not isinstance(obj, classes):
                continue
            logger.debug("applying pre-build hook %s to %s", hook_name(hook), type(obj).__qualname__)
            result = hook(obj)
            if result is None:
                raise PreBuildHookError(
                    f"pre-build hook {hook_name(hook)} returned None for a {type(obj).__qualname__}; "
                    "a hook must return the object it was given (changed or not) or a replacement"
                )
            obj = result
        return obj

    # -- display -------------------------------------------------------------------------------------

    def _is_set(self, attribute: str, env: str | None) -> bool:
        return attribute in self._explicit or (env is not None and _env(env) is not None)

    def __repr__(self) -> str:
        parts = []
        for attribute, env in _FIELDS:
            if attribute == "token":
                parts.append(f"token={'***' if self._is_set('token', env) else None!r}")
            elif self._is_set(attribute, env):
                try:
                    value = getattr(self, attribute)
                    shown = repr(hide_password(value) if attribute == "host" else value)
                except ConfigError:
                    shown = "<invalid>"
                parts.append(f"{attribute}={shown}")
        return f"GlobalConfig({', '.join(parts)})"

    __str__ = __repr__


global_config = GlobalConfig()
"""The configuration every part of the toolkit reads."""
