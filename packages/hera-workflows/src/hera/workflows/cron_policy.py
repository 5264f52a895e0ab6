"""The scheduling settings of a `CronWorkflow`: `ConcurrencyPolicy`, `StopStrategy`, and the checks of the
CronWorkflow's own fields (`cron_problems`: schedules, time zone, policy, deadlines, history limits).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from enum import Enum
from typing import Any

from hera.workflows._policy_checks import Problem, count_problem, duration_problem
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ConcurrencyPolicy", "StopStrategy", "cron_problems", "schedule_problem", "timezone_problem"]


class ConcurrencyPolicy(str, Enum):
    """What a CronWorkflow does when its previous run is still running: `Allow` another run (Argo's default),
    `Forbid` it (skip this one) or `Replace` the running one (`replace_running`: `replace` is a str method)."""

    allow = "Allow"
    forbid = "Forbid"
    replace_running = "Replace"

    def __str__(self) -> str:
        return str(self.value)


_POLICIES = tuple(policy.value for policy in ConcurrencyPolicy)
_DESCRIPTORS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DAYS = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")
# (name, lowest, highest, names) of the five fields of a standard cron schedule.
_FIELDS: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 6, _DAYS),
)
_PART = re.compile(r"(\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/(\d+))?")


def _value_problem(text: str, field: tuple[str, int, int, tuple[str, ...]]) -> str | None:
    name, low, high, names = field
    if text.isdigit():
        number = int(text)
        return None if low <= number <= high else f"{name} {number} is outside {low}-{high}"
    if text.upper() in names:
        return None
    return f"{text!r} is not a {name}" + (
        f" ({low}-{high} or {names[0]}-{names[-1]})" if names else f" ({low}-{high})"
    )


def _field_problem(text: str, field: tuple[str, int, int, tuple[str, ...]]) -> str | None:
    for part in text.split(","):
        match = _PART.fullmatch(part)
        if match is None:
            return f"{part!r} is not a valid {field[0]} (use numbers, names, '*', ranges 'a-b', lists 'a,b', steps '/n')"
        base, step = match.groups()
        if step is not None and int(step) == 0:
            return f"the step of {part!r} must be at least 1"
        if base in ("*", "?"):
            continue
        for bound in base.split("-"):
            problem = _value_problem(bound, field)
            if problem:
                return problem
    return None


def schedule_problem(value: Any) -> str | None:
    """What is wrong with one cron schedule, or None.

    Valid: five fields (`minute hour day-of-month month day-of-week`, e.g. `"*/5 * * * 1-5"`), a descriptor
    (`"@daily"`, `"@every 1h30m"`), each optionally after a `CRON_TZ=<zone>` prefix.
    """
    example = "e.g. '0 2 * * *' (minute hour day-of-month month day-of-week) or '@daily'"
    if not isinstance(value, str) or not value.strip():
        return f"must be a cron schedule, {example}; got {value!r}"
    text = value.strip()
    if text.startswith(("CRON_TZ=", "TZ=")):
        zone, _, text = text.partition(" ")
        problem = timezone_problem(zone.split("=", 1)[1])
        if problem:
            return problem
        text = text.strip()
    if text.startswith("@every "):
        problem = duration_problem(text[len("@every ") :].strip(), seconds=False)
        return f"{value!r}: the interval {problem}" if problem else None
    if text.startswith("@"):
        return (
            None
            if text in _DESCRIPTORS
            else f"{value!r} is not a cron descriptor; valid: {', '.join(_DESCRIPTORS)}, '@every <duration>'"
        )
    fields = text.split()
    if len(fields) != len(_FIELDS):
        return f"{value!r} has {len(fields)} fields; a schedule has 5, {example}"
    for part, field in zip(fields, _FIELDS, strict=True):
        problem = _field_problem(part, field)
        if problem:
            return f"{value!r}: {problem}"
    return None


@functools.lru_cache(maxsize=64)
def timezone_problem(value: str) -> str | None:
    """What is wrong with an IANA time zone name, or None (also None when this machine has no zone database)."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(value)
        return None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        pass
    if not zoneinfo.available_timezones():
        return None
    return f"{value!r} is not a time zone; use an IANA name such as 'America/Los_Angeles' or 'UTC'"


def cron_problems(data: Any) -> list[Problem]:
    """The problems of a CronWorkflow's own spec fields (not its `workflowSpec`); empty when they are valid."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    if "schedule" in data:
        problems.append(
            (("schedule",), "the single 'schedule' field is gone in Argo v4; use 'schedules', a list")
        )
    schedules = data.get("schedules")
    if not isinstance(schedules, list) or not schedules:
        problems.append(
            (
                ("schedules",),
                f"must be a non-empty list of cron schedules such as ['0 2 * * *']; got {schedules!r}",
            )
        )
    else:
        for index, schedule in enumerate(schedules):
            problem = schedule_problem(schedule)
            if problem:
                problems.append((("schedules", index), problem))
    policy = data.get("concurrencyPolicy")
    if policy is not None and policy not in _POLICIES:
        problems.append(
            (("concurrencyPolicy",), f"{policy!r} is not a concurrency policy; valid: {', '.join(_POLICIES)}")
        )
    for key, meaning in (
        ("startingDeadlineSeconds", "a number of seconds"),
        ("successfulJobsHistoryLimit", "how many successful runs to keep"),
        ("failedJobsHistoryLimit", "how many failed runs to keep"),
    ):
        if data.get(key) is not None:
            problem = count_problem(data[key], text=False, meaning=meaning)
            if problem:
                problems.append(((key,), problem))
    timezone = data.get("timezone")
    if timezone is not None:
        problem = timezone_problem(timezone) if isinstance(timezone, str) and timezone else None
        if not isinstance(timezone, str):
            problem = f"must be a time zone name such as 'Europe/Paris'; got {timezone!r}"
        if problem:
            problems.append((("timezone",), problem))
    stop = data.get("stopStrategy")
    if stop is not None:
        expression = stop.get("expression") if isinstance(stop, dict) else None
        if not isinstance(expression, str) or not expression.strip():
            problems.append(
                (("stopStrategy",), f"needs an expression such as 'cronworkflow.failed >= 3'; got {stop!r}")
            )
    return problems


@dataclasses.dataclass(kw_only=True)
class StopStrategy(ValueObject):
    """`StopStrategy(expression="cronworkflow.failed >= 3")`: the CronWorkflow stops scheduling once the
    expression is true (it sees `cronworkflow.failed` and `cronworkflow.succeeded`)."""

    expression: str

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.expression, str) or not self.expression.strip():
            raise DSLError(
                f"StopStrategy: expression must be a non-empty expression such as 'cronworkflow.failed >= 3'; "
                f"got {self.expression!r}"
            )

    def _build(self) -> dict[str, Any]:
        return {"expression": self.expression}
