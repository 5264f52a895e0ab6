"""`ConcurrencyPolicy`, `StopStrategy` and the checks of a CronWorkflow's own fields (schedules, time zone,
policy, deadlines, history limits), in the DSL and in manifests."""

from __future__ import annotations

import pytest

from hera.workflows import ConcurrencyPolicy, Container, CronWorkflow, StopStrategy
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.cron_policy import cron_problems, schedule_problem, timezone_problem
from hera.workflows.exceptions import DSLError
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _cron(**fields: object) -> CronWorkflow:
    fields.setdefault("schedules", ["0 2 * * *"])
    with CronWorkflow(name="nightly", entrypoint="main", **fields) as w:
        Container(name="main", image="busybox")
    return w


def test_policy_and_stop_strategy_are_written_and_load_back() -> None:
    w = _cron(
        concurrency_policy=ConcurrencyPolicy.forbid,
        stop_strategy=StopStrategy(expression="cronworkflow.failed >= 3"),
        timezone="Europe/Paris",
        starting_deadline_seconds=60,
        successful_jobs_history_limit=3,
        failed_jobs_history_limit=1,
    )
    manifest = w.to_dict()
    spec = manifest["spec"]
    assert spec["concurrencyPolicy"] == "Forbid"
    assert spec["stopStrategy"] == {"expression": "cronworkflow.failed >= 3"}
    assert_schema_valid(manifest)
    assert CronWorkflow.from_yaml(w.to_yaml()).to_dict() == manifest


def test_enum_values_and_the_stop_strategy_model() -> None:
    assert [str(p) for p in ConcurrencyPolicy] == ["Allow", "Forbid", "Replace"]
    assert ConcurrencyPolicy.replace_running == "Replace"
    w = _cron(stop_strategy=m.StopStrategy(expression="cronworkflow.succeeded >= 1"))
    assert w.to_dict()["spec"]["stopStrategy"] == {"expression": "cronworkflow.succeeded >= 1"}
    assert plain(StopStrategy(expression="x")) == {"expression": "x"}


def test_stop_strategy_needs_an_expression() -> None:
    with pytest.raises(DSLError, match="StopStrategy: expression must be a non-empty expression such as"):
        StopStrategy(expression=" ")


@pytest.mark.parametrize(
    "schedule",
    [
        "* * * * *",
        "*/3 * * * 1-5",
        "0 2 * * *",
        "0 0 1,15 JAN-MAR mon-fri",
        "30 4 * * ?",
        "@daily",
        "@every 1h30m",
        "CRON_TZ=UTC 0 6 * * *",
    ],
)
def test_valid_schedules(schedule: str) -> None:
    assert schedule_problem(schedule) is None


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ("* * * *", "has 4 fields; a schedule has 5"),
        ("0 24 * * *", "hour 24 is outside 0-23"),
        ("0 0 0 * *", "day of month 0 is outside 1-31"),
        ("0 0 * FOO *", "'FOO' is not a month (1-12 or JAN-DEC)"),
        ("0 0 * * 7", "day of week 7 is outside 0-6"),
        ("*/0 * * * *", "the step of '*/0' must be at least 1"),
        ("0 0 * * MON#2", "'MON#2' is not a valid day of week"),
        ("@fortnightly", "'@fortnightly' is not a cron descriptor"),
        ("@every soon", "the interval 'soon' is not a valid duration"),
        ("", "must be a cron schedule"),
    ],
)
def test_invalid_schedules(schedule: str, message: str) -> None:
    problem = schedule_problem(schedule)
    assert problem is not None and message in problem


def test_time_zones() -> None:
    import zoneinfo

    if not zoneinfo.available_timezones():
        pytest.skip("this machine has no time zone database, so zone names are not checked")
    assert timezone_problem("America/Los_Angeles") is None
    assert timezone_problem("Mars/Olympus_Mons") == (
        "'Mars/Olympus_Mons' is not a time zone; use an IANA name such as 'America/Los_Angeles' or 'UTC'"
    )
    w = _cron(timezone="Mars/Olympus_Mons")
    with pytest.raises(
        InvalidWorkflowError, match=r"\(spec.timezone\): timezone 'Mars/Olympus_Mons' is not a time zone"
    ):
        w.to_dict()


def test_cron_fields_are_checked_when_the_workflow_is_built() -> None:
    w = _cron(
        schedules=["0 25 * * *"],
        concurrency_policy="Sometimes",
        starting_deadline_seconds=-1,
        successful_jobs_history_limit="3",
    )
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert (
        "workflow 'nightly' (spec.schedules[0]): schedules[0] '0 25 * * *': hour 25 is outside 0-23" in text
    )
    assert (
        "(spec.concurrencyPolicy): concurrencyPolicy 'Sometimes' is not a concurrency policy; valid: Allow, Forbid, Replace"
        in text
    )
    assert "(spec.startingDeadlineSeconds): startingDeadlineSeconds must be a number of seconds" in text
    assert (
        "(spec.successfulJobsHistoryLimit): successfulJobsHistoryLimit must be how many successful runs to keep"
        in text
    )


def test_a_cron_workflow_needs_schedules() -> None:
    w = _cron(schedules=[])
    with pytest.raises(
        InvalidWorkflowError,
        match=r"\(spec.schedules\): schedules must be a non-empty list of cron schedules",
    ):
        w.to_dict()


def test_problems_of_manifest_data() -> None:
    assert (
        cron_problems({"schedules": ["@hourly"], "timezone": "UTC", "stopStrategy": {"expression": "x"}})
        == []
    )
    assert [
        p for p, _ in cron_problems({"schedule": "* * * * *", "schedules": ["* * * * *"], "stopStrategy": {}})
    ] == [
        ("schedule",),
        ("stopStrategy",),
    ]
