"""`PodDisruptionBudget`: manifest output, selectors, the model and dicts, class defaults, errors."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import Container, PodDisruptionBudget, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(budget: object) -> Workflow:
    with Workflow(generate_name="pdb-", entrypoint="main", pod_disruption_budget=budget) as w:
        Container(name="main", image="busybox")
    return w


def test_manifest_output_validates_and_loads_back() -> None:
    w = _workflow(PodDisruptionBudget(min_available=9999))
    manifest = w.to_dict()
    assert manifest["spec"]["podDisruptionBudget"] == {"minAvailable": 9999}
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_other_fields_and_forms() -> None:
    assert plain(PodDisruptionBudget(max_unavailable="25%", match_labels={"app": "x"})) == {
        "maxUnavailable": "25%",
        "selector": {"matchLabels": {"app": "x"}},
    }
    assert plain(PodDisruptionBudget(min_available=1, unhealthy_pod_eviction_policy="AlwaysAllow")) == {
        "minAvailable": 1,
        "unhealthyPodEvictionPolicy": "AlwaysAllow",
    }
    model = m.PodDisruptionBudgetSpec(min_available=2)
    assert _workflow(model).to_dict()["spec"]["podDisruptionBudget"] == {"minAvailable": 2}


def test_class_defaults() -> None:
    global_config.set_class_defaults(PodDisruptionBudget, unhealthy_pod_eviction_policy="IfHealthyBudget")
    assert plain(PodDisruptionBudget(min_available=1))["unhealthyPodEvictionPolicy"] == "IfHealthyBudget"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"min_available": 1, "max_unavailable": 1},
            "PodDisruptionBudget: min_available and max_unavailable exclude each other; give one",
        ),
        ({"min_available": -1}, "PodDisruptionBudget: min_available must be 0 or more; got -1"),
        ({"max_unavailable": "half"}, "max_unavailable must be a number or a percentage such as '50%'"),
        (
            {"min_available": 1, "unhealthy_pod_eviction_policy": "Never"},
            "unhealthy_pod_eviction_policy 'Never' is not a policy",
        ),
        ({"match_labels": {}, "selector": {}}, "match_labels and selector exclude each other"),
    ],
)
def test_bad_values(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        PodDisruptionBudget(**kwargs)


def test_a_bad_dict_is_reported_by_validation() -> None:
    with pytest.raises(
        InvalidWorkflowError,
        match=r"\(spec.podDisruptionBudget.minAvailable\): podDisruptionBudget.minAvailable must be",
    ):
        _workflow({"minAvailable": "lots"}).to_dict()


def test_both_bounds_in_a_dict_are_reported() -> None:
    with pytest.raises(
        InvalidWorkflowError, match=r"podDisruptionBudget.maxUnavailable and minAvailable exclude each other"
    ):
        _workflow({"minAvailable": 1, "maxUnavailable": 1}).to_dict()
