"""Checks shared by the control value classes and the offline validation of manifests.

Each `*_problem` function returns None for a valid value, or what is wrong with it and what would be valid, for
messages that the caller prefixes with the place (`RetryStrategy: backoff.duration ...`, `template 'a' ...`).
The checks of a whole section (`retry_strategy_problems`, ...) work on manifest data and return `Problem`s:
(path below the section, message); DSL classes run them on what they build, so a value written with the DSL,
as a generated model or as a dict is judged by the same rules.
"""

from __future__ import annotations

import re
from typing import Any

from hera.workflows.exceptions import DSLError

__all__ = [
    "CHECKED",
    "Problem",
    "count_problem",
    "dotted",
    "duration_problem",
    "duration_text",
    "is_expression",
    "mapping_problem",
    "raise_first",
    "view",
]

Problem = tuple[tuple[str | int, ...], str]
"""A problem in a section of a manifest: the path below the section and the message."""

_GO_DURATION = re.compile(r"(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+|0")
_WHOLE_SECONDS = re.compile(r"\d+")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def is_expression(value: Any) -> bool:
    """True for a string holding a `{{...}}` tag: Argo substitutes it at run time, so it cannot be judged here."""
    return isinstance(value, str) and "{{" in value


def duration_problem(value: Any, *, seconds: bool) -> str | None:
    """What is wrong with a duration string, or None.

    Valid: a Go duration (`"30s"`, `"1m30s"`, `"1.5h"`, `"0"`), a `{{...}}` expression, and, when `seconds` is
    true (backoff fields), a whole number of seconds (`"10"`).
    """
    if is_expression(value):
        return None
    valid = "a duration such as '30s', '5m' or '1h30m'"
    if seconds:
        valid = f"a number of seconds such as '10', or {valid}"
    if not isinstance(value, str):
        return f"must be a string: {valid}; got {value!r}"
    if _GO_DURATION.fullmatch(value) or (seconds and _WHOLE_SECONDS.fullmatch(value)):
        return None
    if _NUMBER.fullmatch(value) and not seconds:
        return f"{value!r} has no unit; use {valid}"
    return f"{value!r} is not a valid duration; use {valid}"


def count_problem(value: Any, *, minimum: int = 0, text: bool = True, meaning: str = "") -> str | None:
    """What is wrong with a count (an int of at least `minimum`), or None; `meaning` says what it counts.

    With `text`, a string holding such a whole number or a `{{...}}` expression is valid too (Argo's
    IntOrString fields).
    """
    if text and is_expression(value):
        return None
    what = f"a whole number of at least {minimum}"
    if text:
        what += " (an int, or a string holding one or a '{{...}}' expression)"
    if meaning:
        what = f"{meaning}, {what}"
    number: Any = value
    if text and isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or number < minimum:
        return f"must be {what}; got {value!r}"
    return None


def mapping_problem(value: Any, what: str) -> str | None:
    """None when `value` is a mapping, else the message saying it must be `what`."""
    if isinstance(value, dict):
        return None
    return f"must be {what}; got {type(value).__name__} {value!r}"


def dotted(path: tuple[str | int, ...], snake: bool = False) -> str:
    """`("backoff", "maxDuration")` -> `backoff.maxDuration` (`backoff.max_duration` with `snake`)."""
    from hera.workflows._fields import camel_to_snake

    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            name = camel_to_snake(part) if snake else part
            text += f".{name}" if text else name
    return text


def raise_first(label: str, problems: list[Problem]) -> None:
    """Raise a DSLError for the first problem, naming the DSL field (snake_case) after `label`."""
    if problems:
        path, message = problems[0]
        field = dotted(path, snake=True)
        raise DSLError(f"{label}: {field} {message}" if field else f"{label}: {message}")


class _Checked:
    """Stands for a DSL value object inside data under check: it validated itself when it was created."""

    def __repr__(self) -> str:
        return "<checked>"


CHECKED: Any = _Checked()


def view(value: Any) -> Any:
    """`value` as manifest data for checking, without running pre-build hooks: value objects become `CHECKED`,
    generated models their dump, enums their value."""
    from hera.workflows._value import ValueObject

    if isinstance(value, ValueObject):
        return CHECKED
    if isinstance(value, dict):
        return {str(k): view(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [view(v) for v in value]
    from hera.workflows._serialize import plain

    return plain(value)


def duration_text(value: Any, *, seconds: bool) -> Any:
    """A duration given as a number or a `timedelta`, as the text Argo reads; other values as they are.

    Whole seconds are written `"10"` where `seconds` allows it (backoff fields) and `"10s"` elsewhere.
    """
    import datetime

    if isinstance(value, datetime.timedelta):
        value = value.total_seconds()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if float(value).is_integer():
        whole = int(value)
        return str(whole) if seconds else f"{whole}s"
    return f"{value}s"
