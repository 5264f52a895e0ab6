"""The shared checks of control values: durations, counts, expressions, and DSL errors naming the field."""

from __future__ import annotations

import datetime

import pytest

from hera.workflows import Backoff, RetryStrategy
from hera.workflows import models as m
from hera.workflows._policy_checks import (
    CHECKED,
    count_problem,
    dotted,
    duration_problem,
    duration_text,
    is_expression,
    raise_first,
    view,
)
from hera.workflows.exceptions import DSLError


@pytest.mark.parametrize(
    "value", ["0", "30s", "1m30s", "1.5h", "500ms", "2h45m10s", ".5s", "{{inputs.parameters.t}}"]
)
def test_go_durations(value: str) -> None:
    assert duration_problem(value, seconds=False) is None


@pytest.mark.parametrize(
    ("value", "seconds", "message"),
    [
        ("10", False, "'10' has no unit; use a duration such as '30s', '5m' or '1h30m'"),
        ("10", True, None),
        ("1.5", True, "'1.5' is not a valid duration; use a number of seconds such as '10', or a duration"),
        ("5 minutes", False, "'5 minutes' is not a valid duration"),
        ("-5s", False, "'-5s' is not a valid duration"),
        (5, True, "must be a string: a number of seconds such as '10', or a duration such as '30s'"),
    ],
)
def test_duration_problems(value: object, seconds: bool, message: str | None) -> None:
    problem = duration_problem(value, seconds=seconds)
    if message is None:
        assert problem is None
    else:
        assert problem is not None and message in problem


def test_duration_text() -> None:
    assert duration_text(10, seconds=True) == "10"
    assert duration_text(10, seconds=False) == "10s"
    assert duration_text(1.5, seconds=True) == "1.5s"
    assert duration_text(datetime.timedelta(minutes=2), seconds=False) == "120s"
    assert duration_text("2m", seconds=False) == "2m"
    assert duration_text(True, seconds=False) is True


def test_counts() -> None:
    assert count_problem(0) is None
    assert count_problem("3") is None
    assert count_problem("{{x}}") is None
    assert count_problem("3", text=False) == "must be a whole number of at least 0; got '3'"
    assert count_problem(0, minimum=1, meaning="a limit") == (
        "must be a limit, a whole number of at least 1 (an int, or a string holding one or a '{{...}}' expression); got 0"
    )
    assert count_problem(1.0) is not None
    assert count_problem(False) is not None


def test_expressions() -> None:
    assert is_expression("{{workflow.name}}")
    assert not is_expression("plain")
    assert not is_expression(3)


def test_view_marks_value_objects_and_dumps_models_without_hooks() -> None:
    data = view(
        {"backoff": Backoff(duration="1"), "affinity": m.RetryAffinity(node_anti_affinity={}), "n": [1]}
    )
    assert data == {"backoff": CHECKED, "affinity": {"nodeAntiAffinity": {}}, "n": [1]}
    assert view(RetryStrategy()) is CHECKED


def test_errors_name_the_dsl_field_in_snake_case() -> None:
    assert dotted(("backoff", "maxDuration")) == "backoff.maxDuration"
    assert dotted(("prometheus", 0, "labels", 1, "key"), snake=True) == "prometheus[0].labels[1].key"
    with pytest.raises(DSLError, match=r"^Thing: backoff.max_duration is wrong$"):
        raise_first("Thing", [(("backoff", "maxDuration"), "is wrong"), (("other",), "ignored")])
    with pytest.raises(DSLError, match=r"^Thing: needs more$"):
        raise_first("Thing", [((), "needs more")])
    raise_first("Thing", [])
