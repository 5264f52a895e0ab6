"""`RetryStrategy` (how a template, or every template of a workflow, is retried), `RetryPolicy`, `Backoff` and
`RetryAffinity`.

`retry_strategy=` of a template or workflow also takes the generated `models.RetryStrategy` or a dict; all three
are checked by the same rules (`retry_strategy_problems`) when the workflow is validated.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from hera.workflows._policy_checks import (
    CHECKED,
    Problem,
    count_problem,
    duration_problem,
    duration_text,
    is_expression,
    mapping_problem,
    raise_first,
    view,
)
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject, load_exact

__all__ = [
    "Backoff",
    "RetryAffinity",
    "RetryPolicy",
    "RetryStrategy",
    "backoff_problems",
    "retry_strategy_problems",
]


class RetryPolicy(str, Enum):
    """Which failed attempts are retried: `OnFailure` (Argo's default: the main container failed), `OnError`
    (Argo or Kubernetes errors), `Always` (both; the default when an `expression` is set) or
    `OnTransientError` (errors Argo considers transient)."""

    always = "Always"
    on_failure = "OnFailure"
    on_error = "OnError"
    on_transient_error = "OnTransientError"

    def __str__(self) -> str:
        return str(self.value)


_POLICIES = tuple(policy.value for policy in RetryPolicy)
_DURATIONS = ("duration", "maxDuration", "cap")


def backoff_problems(data: Any) -> list[Problem]:
    """The problems of a `backoff` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping of duration, factor, maxDuration and cap")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    for key in _DURATIONS:
        value = data.get(key)
        if value is not None and value is not CHECKED:
            problem = duration_problem(value, seconds=True)
            if problem:
                problems.append(((key,), problem))
    factor = data.get("factor")
    if factor is not None:
        problem = count_problem(factor, minimum=1, meaning="the multiplier of each next wait")
        if problem:
            problems.append((("factor",), problem))
    return problems


def retry_strategy_problems(data: Any) -> list[Problem]:
    """The problems of a `retryStrategy` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping (limit, retryPolicy, backoff, expression, affinity)")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    limit = data.get("limit")
    if limit is not None:
        problem = count_problem(limit, meaning="the number of retries after the first attempt")
        if problem:
            problems.append((("limit",), problem))
    policy = data.get("retryPolicy")
    if policy is not None and policy not in _POLICIES and not is_expression(policy):
        problems.append(
            (("retryPolicy",), f"{policy!r} is not a retry policy; valid: {', '.join(_POLICIES)}")
        )
    expression = data.get("expression")
    if expression is not None and (not isinstance(expression, str) or not expression.strip()):
        problems.append(
            (
                ("expression",),
                f"must be a non-empty expression such as 'asInt(lastRetry.exitCode) > 1'; got {expression!r}",
            )
        )
    backoff = data.get("backoff")
    if backoff is not None and backoff is not CHECKED:
        problems.extend((("backoff", *path), message) for path, message in backoff_problems(backoff))
    affinity = data.get("affinity")
    if affinity is not None and affinity is not CHECKED:
        problem = mapping_problem(affinity, "a mapping such as {nodeAntiAffinity: {}}")
        anti = affinity.get("nodeAntiAffinity") if not problem else None
        if problem is None and anti not in (None, {}):
            problem = f"nodeAntiAffinity must be empty ({{}}); got {anti!r}"
        if problem:
            problems.append((("affinity",), problem))
    return problems


@dataclasses.dataclass(kw_only=True)
class Backoff(ValueObject):
    """How long to wait between attempts: `Backoff(duration="10s", factor=2, max_duration="5m", cap="1m")`.

    `duration` is the first wait; each next wait is the previous one times `factor`, at most `cap`;
    `max_duration` bounds the time from the first attempt. Durations are a number of seconds (`"10"`) or a
    duration (`"2m"`, `"1h"`); ints and `datetime.timedelta`s are written as text.
    """

    duration: Any = None
    factor: int | str | None = None
    max_duration: Any = None
    cap: Any = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.duration = duration_text(self.duration, seconds=True)
        self.max_duration = duration_text(self.max_duration, seconds=True)
        self.cap = duration_text(self.cap, seconds=True)
        raise_first("Backoff", backoff_problems(view(self._fields())))

    def _fields(self) -> dict[str, Any]:
        fields = {
            "duration": self.duration,
            "factor": self.factor,
            "maxDuration": self.max_duration,
            "cap": self.cap,
        }
        return {key: value for key, value in fields.items() if value is not None}

    def _build(self) -> dict[str, Any]:
        return _in_order(plain(self._fields()), self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Backoff holding a manifest's `backoff` exactly, or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= _BACKOFF_FIELDS.keys():
            return data
        fields = {_BACKOFF_FIELDS[key]: value for key, value in data.items()}
        return load_exact(cls, data, fields, _order=tuple(data))


@dataclasses.dataclass(kw_only=True)
class RetryAffinity(ValueObject):
    """`RetryAffinity()`: run each retry on a node where no earlier attempt ran (`nodeAntiAffinity`)."""

    node_anti_affinity: bool = True

    def _build(self) -> dict[str, Any]:
        return {"nodeAntiAffinity": {}} if self.node_anti_affinity else {}


@dataclasses.dataclass(kw_only=True)
class RetryStrategy(ValueObject):
    """`RetryStrategy(limit=3, retry_policy=RetryPolicy.always, backoff=Backoff(duration="5s", factor=2))`.

    `limit` is the number of retries after the first attempt (an int, or a string holding one or a `{{...}}`
    expression), written as given; without it Argo retries until success. `expression` (e.g.
    `"asInt(lastRetry.exitCode) > 1"`) must also allow a retry. `backoff` and `affinity` take `Backoff` /
    `RetryAffinity`, their generated models or dicts. Bad values raise a `DSLError` naming the field.
    """

    limit: int | str | Any = None
    retry_policy: RetryPolicy | str | None = None
    backoff: Backoff | Any = None
    expression: str | None = None
    affinity: RetryAffinity | Any = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        raise_first("RetryStrategy", retry_strategy_problems(view(self._fields())))

    def _fields(self) -> dict[str, Any]:
        fields = {
            "limit": self.limit,
            "retryPolicy": self.retry_policy,
            "expression": self.expression,
            "backoff": self.backoff,
            "affinity": self.affinity,
        }
        return {key: value for key, value in fields.items() if value is not None}

    def _build(self) -> dict[str, Any]:
        return _in_order(plain(self._fields()), self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A RetryStrategy holding a manifest's `retryStrategy` exactly (its `backoff` a `Backoff`, an
        `affinity` of `{nodeAntiAffinity: {}}` a `RetryAffinity`), or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= _RETRY_FIELDS.keys():
            return data
        fields = {_RETRY_FIELDS[key]: value for key, value in data.items()}
        if "backoff" in fields:
            fields["backoff"] = Backoff._load(fields["backoff"])
        if fields.get("affinity") == {"nodeAntiAffinity": {}}:
            fields["affinity"] = RetryAffinity()
        return load_exact(cls, data, fields, _order=tuple(data))


_BACKOFF_FIELDS = {"duration": "duration", "factor": "factor", "maxDuration": "max_duration", "cap": "cap"}
_RETRY_FIELDS = {
    "limit": "limit",
    "retryPolicy": "retry_policy",
    "expression": "expression",
    "backoff": "backoff",
    "affinity": "affinity",
}


def _in_order(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    from hera.workflows._template import reorder

    return reorder(data, order)
