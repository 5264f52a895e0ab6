"""`K8sValue`: the base of the value classes that mirror one Kubernetes (or Argo) schema definition field by
field (`Probe`, `SecurityContext`, `Toleration`, ...), and the checks they share.

A subclass declares one dataclass field per property of its definition, named as the generated model names it
(`initial_delay_seconds` for `initialDelaySeconds`), and implements `_check()`: it validates the values and may
turn shorthands into values of the definition (a `{name: value}` dict into a list of entries, for instance).
`_check()` runs when the object is created and again when it is built, so a field changed afterwards is checked
too. The manifest holds every field that is not None, under its camelCase key; values are dumped with `plain()`,
so nested DSL values, generated models and dicts may be mixed. `repr` shows the fields that are set.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from hera.workflows._fields import snake_to_camel
from hera.workflows._policy_checks import is_expression
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = [
    "K8sValue",
    "check_bool",
    "check_choice",
    "check_int",
    "check_ip",
    "check_items",
    "check_kind",
    "check_port",
    "check_str",
    "check_str_list",
    "check_str_map",
    "is_port_name",
    "json_keys",
]

_IANA_SVC_NAME = re.compile(r"^(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$")


_KEY_CACHE: dict[type, tuple[tuple[str, str], ...]] = {}


def json_keys(cls: type) -> tuple[tuple[str, str], ...]:
    """`(field, JSON key)` for every field of a `K8sValue` class, in declaration order (computed once)."""
    keys = _KEY_CACHE.get(cls)
    if keys is None:
        renames: dict[str, str] = getattr(cls, "_KEYS", {})
        keys = tuple((f.name, renames.get(f.name, snake_to_camel(f.name))) for f in dataclasses.fields(cls))
        _KEY_CACHE[cls] = keys
    return keys


@dataclasses.dataclass(kw_only=True, repr=False)
class K8sValue(ValueObject):
    """A value mirroring one schema definition; see the module docstring."""

    _KEYS: ClassVar[dict[str, str]] = {}
    """Fields whose JSON key is not the camelCase of the field name (`se_linux_options` -> `seLinuxOptions`)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check()

    def _label(self) -> str:
        """How messages name this object: the class name, and its name when it has one."""
        return type(self).__name__

    def _check(self) -> None:
        """Validate the fields (raising a `DSLError` that names the class and the field) and normalise them."""

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{attr}={getattr(self, attr)!r}"
            for attr, _ in json_keys(type(self))
            if getattr(self, attr) is not None
        )
        return f"{type(self).__name__}({shown})"

    def _build(self) -> dict[str, Any]:
        self._check()
        out: dict[str, Any] = {}
        for attr, key in json_keys(type(self)):
            value = getattr(self, attr)
            if value is not None:
                out[key] = plain(value)
        return out


def check_int(
    value: Any, where: str, field: str, minimum: int | None = None, maximum: int | None = None
) -> None:
    """`value` must be None or an int (not a bool) within `[minimum, maximum]`."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise DSLError(f"{where}: {field} must be a whole number{_range(minimum, maximum)}, got {value!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise DSLError(
            f"{where}: {field} {value} is out of range; use a whole number{_range(minimum, maximum)}"
        )


def _range(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f" from {minimum} to {maximum}"
    if minimum is not None:
        return f" >= {minimum}"
    return ""


def check_bool(value: Any, where: str, field: str) -> None:
    """`value` must be None, True or False."""
    if value is not None and not isinstance(value, bool):
        raise DSLError(f"{where}: {field} must be True or False, got {value!r}")


def check_str(value: Any, where: str, field: str, required: bool = False) -> None:
    """`value` must be a string (non-empty when `required`), or None when not `required`."""
    if value is None and not required:
        return
    if not isinstance(value, str) or (required and not value):
        raise DSLError(f"{where}: {field} must be a non-empty string, got {value!r}")


def check_choice(value: Any, where: str, field: str, choices: Iterable[str]) -> None:
    """`value` must be None or one of `choices` (case-sensitive, as Kubernetes compares them)."""
    if value is None:
        return
    options = tuple(choices)
    if value not in options:
        raise DSLError(f"{where}: {field} {value!r} is not valid; use one of {', '.join(map(repr, options))}")


def check_str_list(value: Any, where: str, field: str, required: bool = False) -> None:
    """`value` must be a list of strings (non-empty when `required`), or None when not `required`."""
    if value is None and not required:
        return
    if isinstance(value, str):
        raise DSLError(
            f"{where}: {field} must be a list of strings, got the string {value!r}; write [{value!r}]"
        )
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise DSLError(f"{where}: {field} must be a list of strings, got {value!r}")
    if required and not value:
        raise DSLError(f"{where}: {field} must hold at least one string")


def check_str_map(value: Any, where: str, field: str) -> None:
    """`value` must be None or a dict of non-empty string keys to string values."""
    if value is None:
        return
    if not isinstance(value, dict):
        raise DSLError(f"{where}: {field} must be a dict of strings to strings, got {value!r}")
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise DSLError(f"{where}: {field} keys must be non-empty strings, got {key!r}")
        if not isinstance(item, str):
            raise DSLError(
                f"{where}: {field}[{key!r}] must be a string, got {item!r}; write it as a string, e.g. {str(item)!r}"
            )


def check_port(value: Any, where: str, field: str, names: bool = True) -> Any:
    """A port: an int from 1 to 65535 or, when `names`, the name of a container port (an IANA service name such
    as `"http"`: at most 15 lowercase letters, digits and inner hyphens). Returns the value."""
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= 65535:
            raise DSLError(f"{where}: {field} {value} is outside 1-65535; give a port number from 1 to 65535")
        return value
    if names and isinstance(value, str):
        if is_expression(value) or is_port_name(value):
            return value
        if value.isdigit():
            raise DSLError(
                f"{where}: {field} {value!r} is a number written as a string; write {field}={value}"
            )
        raise DSLError(
            f"{where}: {field} {value!r} is not a port name; a port name (the name of a container port) has at "
            "most 15 lowercase letters, digits and inner hyphens, with at least one letter, e.g. 'http'"
        )
    valid = (
        "a port number from 1 to 65535 or a port name such as 'http'"
        if names
        else "a port number from 1 to 65535"
    )
    raise DSLError(f"{where}: {field} must be {valid}, got {value!r}")


def is_port_name(value: Any) -> bool:
    """True for a valid container port name (an IANA service name such as `"http"` or `"grpc-web"`)."""
    return isinstance(value, str) and len(value) <= 15 and bool(_IANA_SVC_NAME.match(value))


def check_ip(value: Any, where: str, field: str) -> None:
    """`value` must be an IPv4 or IPv6 address (or an Argo expression)."""
    if is_expression(value):
        return
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise DSLError(
            f"{where}: {field} {value!r} is not an IP address; use e.g. '10.0.0.1' or 'fd00::1'"
        ) from None


def check_kind(
    value: Any, where: str, field: str, kinds: type | tuple[type, ...], shorthand: str = ""
) -> None:
    """`value` (for `field`) must be None, one of the DSL classes `kinds`, a dict or a generated model (those are
    written as they are); anything else, such as another DSL value or a string, is an error.

    `shorthand` describes the other forms the caller accepts (and has already converted), for the message.
    """
    if value is None or isinstance(value, (kinds, dict)):
        return
    if hasattr(value, "model_dump") and not isinstance(value, ValueObject):
        return
    names = kinds.__name__ if isinstance(kinds, type) else " or ".join(k.__name__ for k in kinds)
    extra = f", {shorthand}" if shorthand else ""
    got = type(value).__name__ if isinstance(value, ValueObject) else repr(value)
    raise DSLError(
        f"{where}: {field} must be a {names}{extra} (or a dict / generated model of it), got {got}"
    )


def check_items(values: Any, where: str, field: str, convert: Any) -> list[Any] | None:
    """A list field: `convert(item, f"{field}[i]")` for each item; None stays None."""
    if values is None:
        return None
    if not isinstance(values, (list, tuple)):
        raise DSLError(f"{where}: {field} must be a list, got {values!r}")
    return [convert(item, f"{field}[{index}]") for index, item in enumerate(values)]
