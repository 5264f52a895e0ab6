"""`PodGC`, `TTLStrategy`, `VolumeClaimGC` and their strategy enums: manifest output, generated models, loading
back, class defaults and hooks, and errors."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from hera.shared import global_config
from hera.workflows import (
    Container,
    PodGC,
    PodGCStrategy,
    TTLStrategy,
    VolumeClaimGC,
    VolumeClaimGCStrategy,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.garbage_collection import pod_gc_problems, ttl_strategy_problems
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(**fields: object) -> Workflow:
    with Workflow(generate_name="gc-", entrypoint="main", **fields) as w:
        Container(name="main", image="busybox")
    return w


def test_workflow_fields_validate_and_load_back() -> None:
    w = _workflow(
        pod_gc=PodGC(
            strategy=PodGCStrategy.on_pod_success,
            delete_delay_duration="30s",
            match_labels={"should-be-deleted": "true"},
        ),
        ttl_strategy=TTLStrategy(
            seconds_after_completion=3600, seconds_after_success=60, seconds_after_failure=600
        ),
        volume_claim_gc=VolumeClaimGC(strategy=VolumeClaimGCStrategy.on_workflow_completion),
    )
    spec = w.to_dict()["spec"]
    assert spec["podGC"] == {
        "strategy": "OnPodSuccess",
        "deleteDelayDuration": "30s",
        "labelSelector": {"matchLabels": {"should-be-deleted": "true"}},
    }
    assert spec["ttlStrategy"] == {
        "secondsAfterCompletion": 3600,
        "secondsAfterSuccess": 60,
        "secondsAfterFailure": 600,
    }
    assert spec["volumeClaimGC"] == {"strategy": "OnWorkflowCompletion"}
    assert_schema_valid(w.to_dict())
    assert Workflow.from_yaml(w.to_yaml()).to_dict() == w.to_dict()


def test_strategies_as_text_selectors_and_durations() -> None:
    assert plain(PodGC(strategy="OnWorkflowSuccess")) == {"strategy": "OnWorkflowSuccess"}
    selector = {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["batch"]}]}
    assert plain(PodGC(label_selector=selector)) == {"labelSelector": selector}
    assert plain(PodGC(delete_delay_duration=datetime.timedelta(minutes=1))) == {"deleteDelayDuration": "60s"}
    assert plain(TTLStrategy(seconds_after_success=datetime.timedelta(hours=1))) == {
        "secondsAfterSuccess": 3600
    }
    assert plain(VolumeClaimGC()) == {}
    assert str(PodGCStrategy.on_pod_completion) == "OnPodCompletion"


def test_generated_models_are_accepted() -> None:
    w = _workflow(
        pod_gc=m.PodGC(strategy="OnPodCompletion"),
        ttl_strategy=m.TTLStrategy(seconds_after_completion=10),
        volume_claim_gc=m.VolumeClaimGC(strategy="OnWorkflowSuccess"),
    )
    spec = w.to_dict()["spec"]
    assert (spec["podGC"], spec["ttlStrategy"], spec["volumeClaimGC"]) == (
        {"strategy": "OnPodCompletion"},
        {"secondsAfterCompletion": 10},
        {"strategy": "OnWorkflowSuccess"},
    )


def test_class_defaults_and_hooks() -> None:
    global_config.set_class_defaults(TTLStrategy, seconds_after_completion=86400)
    assert plain(TTLStrategy(seconds_after_failure=5)) == {
        "secondsAfterCompletion": 86400,
        "secondsAfterFailure": 5,
    }

    @global_config.register_pre_build_hook
    def later(pod_gc: PodGC) -> PodGC:
        return dataclasses.replace(pod_gc, delete_delay_duration="5m")

    assert _workflow(pod_gc=PodGC(strategy="OnPodSuccess")).to_dict()["spec"]["podGC"] == {
        "strategy": "OnPodSuccess",
        "deleteDelayDuration": "5m",
    }


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: PodGC(strategy="Always"),
            "PodGC: strategy 'Always' is not a strategy; valid: OnPodCompletion, OnPodSuccess, OnWorkflowCompletion, OnWorkflowSuccess",
        ),
        (lambda: PodGC(delete_delay_duration="30"), "PodGC: delete_delay_duration '30' has no unit"),
        (
            lambda: PodGC(match_labels={"a": "b"}, label_selector={}),
            "PodGC: match_labels and label_selector exclude each other",
        ),
        (
            lambda: PodGC(match_labels={"a": 1}),
            r"PodGC: label_selector.match_labels must map label names to string values",
        ),
        (
            lambda: TTLStrategy(seconds_after_completion=-1),
            "TTLStrategy: seconds_after_completion must be a number of seconds, a whole number of at least 0; got -1",
        ),
        (
            lambda: TTLStrategy(seconds_after_success="60"),
            "TTLStrategy: seconds_after_success must be a number of seconds",
        ),
        (
            lambda: VolumeClaimGC(strategy="Never"),
            "VolumeClaimGC: strategy 'Never' is not a strategy; valid: OnWorkflowCompletion, OnWorkflowSuccess",
        ),
    ],
)
def test_bad_values_name_the_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]


def test_bad_dicts_are_reported_by_validation() -> None:
    w = _workflow(
        pod_gc={"strategy": "Sometimes"},
        ttl_strategy={"secondsAfterSuccess": -5},
        volume_claim_gc={"strategy": 1},
    )
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert "(spec.podGC.strategy): podGC.strategy 'Sometimes' is not a strategy" in text
    assert (
        "(spec.ttlStrategy.secondsAfterSuccess): ttlStrategy.secondsAfterSuccess must be a number of seconds"
        in text
    )
    assert "(spec.volumeClaimGC.strategy): volumeClaimGC.strategy 1 is not a strategy" in text


def test_problems_of_manifest_data() -> None:
    assert pod_gc_problems({"strategy": "OnPodSuccess", "deleteDelayDuration": "1m"}) == []
    assert ttl_strategy_problems("10") == [
        (
            (),
            "must be a mapping of secondsAfterCompletion, secondsAfterSuccess, secondsAfterFailure; got str '10'",
        )
    ]
