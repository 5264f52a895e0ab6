"""`RetryStrategy`, `RetryPolicy`, `Backoff`, `RetryAffinity`: manifest output, the other accepted forms, loading
back, class defaults and hooks, and the errors for bad values (in the DSL and in manifests)."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from hera.shared import global_config
from hera.workflows import (
    Backoff,
    Container,
    RetryAffinity,
    RetryPolicy,
    RetryStrategy,
    Steps,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.retry_strategy import retry_strategy_problems
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(retry: object, **workflow_fields: object) -> Workflow:
    with Workflow(generate_name="retry-", entrypoint="main", **workflow_fields) as w:
        flaky = Container(name="flaky", image="busybox", command=["false"], retry_strategy=retry)
        with Steps(name="main"):
            flaky(name="run")
    return w


def _retry_of(manifest: dict, name: str = "flaky") -> object:
    return next(t for t in manifest["spec"]["templates"] if t["name"] == name)["retryStrategy"]


def test_every_field_is_written_with_argo_names() -> None:
    strategy = RetryStrategy(
        limit=3,
        retry_policy=RetryPolicy.on_transient_error,
        expression="asInt(lastRetry.exitCode) > 1",
        backoff=Backoff(duration="5s", factor=2, max_duration="10m", cap="1m"),
        affinity=RetryAffinity(),
    )
    manifest = _workflow(strategy).to_dict()
    assert _retry_of(manifest) == {
        "limit": 3,
        "retryPolicy": "OnTransientError",
        "expression": "asInt(lastRetry.exitCode) > 1",
        "backoff": {"duration": "5s", "factor": 2, "maxDuration": "10m", "cap": "1m"},
        "affinity": {"nodeAntiAffinity": {}},
    }
    assert_schema_valid(manifest)


def test_limit_and_factor_keep_the_type_they_were_given() -> None:
    assert plain(RetryStrategy(limit="10")) == {"limit": "10"}
    assert plain(RetryStrategy(limit=10)) == {"limit": 10}
    assert plain(Backoff(factor="2")) == {"factor": "2"}
    assert plain(RetryStrategy(limit="{{inputs.parameters.retries}}")) == {
        "limit": "{{inputs.parameters.retries}}"
    }


def test_an_empty_strategy_retries_until_success() -> None:
    manifest = _workflow(RetryStrategy()).to_dict()
    assert _retry_of(manifest) == {}
    assert_schema_valid(manifest)


def test_durations_given_as_numbers_or_timedeltas_become_text() -> None:
    backoff = Backoff(duration=1, max_duration=datetime.timedelta(minutes=2), cap=2.5)
    assert plain(backoff) == {"duration": "1", "maxDuration": "120", "cap": "2.5s"}


def test_retry_policy_accepts_the_enum_or_its_text() -> None:
    assert plain(RetryStrategy(retry_policy="OnError")) == {"retryPolicy": "OnError"}
    assert plain(RetryStrategy(retry_policy=RetryPolicy.always)) == {"retryPolicy": "Always"}
    assert str(RetryPolicy.on_failure) == "OnFailure"


def test_affinity_can_be_switched_off() -> None:
    assert plain(RetryAffinity(node_anti_affinity=False)) == {}


def test_generated_models_and_dicts_are_accepted_and_mixed() -> None:
    from_models = m.RetryStrategy(limit="2", backoff=m.Backoff(duration="1", factor="2"))
    manifest = _workflow(from_models).to_dict()
    assert _retry_of(manifest) == {"limit": "2", "backoff": {"duration": "1", "factor": "2"}}
    mixed = RetryStrategy(
        limit=1, backoff={"duration": "30s"}, affinity=m.RetryAffinity(node_anti_affinity={})
    )
    assert plain(mixed) == {"limit": 1, "backoff": {"duration": "30s"}, "affinity": {"nodeAntiAffinity": {}}}


def test_workflow_level_strategy_and_loading_back() -> None:
    w = _workflow(None, retry_strategy=RetryStrategy(limit="2", retry_policy=RetryPolicy.always))
    manifest = w.to_dict()
    assert manifest["spec"]["retryStrategy"] == {"limit": "2", "retryPolicy": "Always"}
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_template_strategy_round_trips_through_from_yaml() -> None:
    w = _workflow(RetryStrategy(limit=4, backoff=Backoff(duration="2", factor=3)))
    loaded = Workflow.from_yaml(w.to_yaml())
    assert loaded.to_dict() == w.to_dict()
    flaky = next(t for t in loaded.templates if t.name == "flaky")
    assert flaky.retry_strategy == RetryStrategy(limit=4, backoff=Backoff(duration="2", factor=3))
    assert isinstance(flaky.retry_strategy.backoff, Backoff)


def test_class_defaults_fill_fields_left_unset() -> None:
    global_config.set_class_defaults(RetryStrategy, limit=5, retry_policy=RetryPolicy.always)
    assert plain(RetryStrategy()) == {"limit": 5, "retryPolicy": "Always"}
    assert plain(RetryStrategy(limit=1)) == {"limit": 1, "retryPolicy": "Always"}


def test_class_defaults_are_validated_too() -> None:
    global_config.set_class_defaults(Backoff, factor=0)
    with pytest.raises(DSLError, match=r"Backoff: factor must be the multiplier"):
        Backoff(duration="1")


def test_pre_build_hooks_run_when_the_workflow_is_built() -> None:
    @global_config.register_pre_build_hook
    def cap_retries(strategy: RetryStrategy) -> RetryStrategy:
        return dataclasses.replace(strategy, limit=min(int(strategy.limit), 3))

    manifest = _workflow(RetryStrategy(limit=10)).to_dict()
    assert _retry_of(manifest) == {"limit": 3}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"limit": -1},
            "RetryStrategy: limit must be the number of retries after the first attempt, a whole number of at least 0",
        ),
        ({"limit": "ten"}, "RetryStrategy: limit must be the number of retries.*got 'ten'"),
        ({"limit": True}, "RetryStrategy: limit must be .*got True"),
        (
            {"retry_policy": "Sometimes"},
            "RetryStrategy: retry_policy 'Sometimes' is not a retry policy; valid: Always, OnFailure, OnError, OnTransientError",
        ),
        ({"expression": " "}, "RetryStrategy: expression must be a non-empty expression"),
        (
            {"backoff": {"duration": "5 minutes"}},
            "RetryStrategy: backoff.duration '5 minutes' is not a valid duration",
        ),
        ({"backoff": {"maxDuration": 5}}, "RetryStrategy: backoff.max_duration must be a string"),
        ({"backoff": "5s"}, "RetryStrategy: backoff must be a mapping"),
        (
            {"affinity": {"nodeAntiAffinity": {"topologyKey": "zone"}}},
            r"RetryStrategy: affinity nodeAntiAffinity must be empty \(\{\}\)",
        ),
    ],
)
def test_bad_values_name_the_field_and_what_is_valid(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        RetryStrategy(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"duration": "1x"},
            "Backoff: duration '1x' is not a valid duration; use a number of seconds such as '10', or a duration",
        ),
        ({"duration": "-5s"}, "Backoff: duration '-5s' is not a valid duration"),
        (
            {"factor": "1.5"},
            "Backoff: factor must be the multiplier of each next wait, a whole number of at least 1",
        ),
        ({"cap": datetime.timedelta(seconds=-1)}, "Backoff: cap '-1' is not a valid duration"),
    ],
)
def test_bad_backoff_values(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        Backoff(**kwargs)


def test_valid_durations() -> None:
    for text in ("10", "0", "30s", "1m30s", "1.5h", "500ms", "{{inputs.parameters.wait}}"):
        assert plain(Backoff(duration=text)) == {"duration": text}


def test_a_bad_dict_or_model_is_reported_with_the_template_and_field() -> None:
    w = _workflow({"limit": -2, "retryPolicy": "Never"})
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert "template 'flaky' (spec.templates[0].retryStrategy.limit): retryStrategy.limit must be" in text
    assert (
        "(spec.templates[0].retryStrategy.retryPolicy): retryStrategy.retryPolicy 'Never' is not a retry policy"
        in text
    )
    w = _workflow(m.RetryStrategy(backoff=m.Backoff(duration="soon")))
    with pytest.raises(
        InvalidWorkflowError, match=r"retryStrategy.backoff.duration 'soon' is not a valid duration"
    ):
        w.to_dict()


def test_problems_of_manifest_data() -> None:
    assert retry_strategy_problems({"limit": "3", "backoff": {"duration": "1", "factor": 2}}) == []
    assert retry_strategy_problems([]) == [
        ((), "must be a mapping (limit, retryPolicy, backoff, expression, affinity); got list []")
    ]
    paths = [path for path, _ in retry_strategy_problems({"limit": -1, "backoff": {"cap": "x", "factor": 0}})]
    assert paths == [("limit",), ("backoff", "cap"), ("backoff", "factor")]
