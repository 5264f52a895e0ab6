"""Offline validation of control fields in manifests: each problem is reported with its template and path, and
Argo's own examples raise none."""

from __future__ import annotations

from typing import Any

import pytest

from hera.workflows import DAG, Container, Steps, Workflow
from hera.workflows.validation import InvalidWorkflowError, validate_manifest
from tools.testing import WORKFLOWS_EXAMPLES, iter_yaml_documents, require


def _manifest(
    leaf: dict[str, Any] | None = None, main: dict[str, Any] | None = None, **spec: Any
) -> dict[str, Any]:
    leaf_template = {"name": "leaf", "container": {"image": "busybox"}, **(leaf or {})}
    main_template = {"name": "main", "steps": [[{"name": "a", "template": "leaf"}]], **(main or {})}
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "check-"},
        "spec": {"entrypoint": "main", "templates": [main_template, leaf_template], **spec},
    }


def _issues(manifest: dict[str, Any]) -> list[str]:
    return [str(issue) for issue in validate_manifest(manifest)]


def test_valid_control_fields_raise_nothing() -> None:
    manifest = _manifest(
        leaf={
            "timeout": "{{inputs.parameters.t}}",
            "activeDeadlineSeconds": "30",
            "retryStrategy": {"limit": 2},
            "memoize": {"key": "k", "maxAge": "1h", "cache": {"configMap": {"name": "c"}}},
            "inputs": {"parameters": [{"name": "t"}]},
        },
        main={"parallelism": 2, "failFast": True},
        parallelism=3,
        activeDeadlineSeconds=0,
        podGC={"strategy": "OnWorkflowSuccess"},
    )
    assert _issues(manifest) == []


@pytest.mark.parametrize(
    ("leaf", "main", "expected"),
    [
        ({"timeout": "30"}, {}, "template 'leaf' (spec.templates[1].timeout): timeout '30' has no unit"),
        (
            {},
            {"timeout": "1m"},
            "template 'main' (spec.templates[0].timeout): timeout does not apply to a steps template",
        ),
        (
            {"activeDeadlineSeconds": -5},
            {},
            "(spec.templates[1].activeDeadlineSeconds): activeDeadlineSeconds must be a number of seconds",
        ),
        ({}, {"activeDeadlineSeconds": 10}, "activeDeadlineSeconds does not apply to a steps template"),
        (
            {},
            {"parallelism": 0},
            "(spec.templates[0].parallelism): parallelism must be how many children may run at once, a whole number of at least 1",
        ),
        ({}, {"failFast": "yes"}, "(spec.templates[0].failFast): failFast must be true or false; got 'yes'"),
        (
            {"retryStrategy": "always"},
            {},
            "(spec.templates[1].retryStrategy): retryStrategy must be a mapping",
        ),
        (
            {"synchronization": {"mutexes": [{}]}},
            {},
            "(spec.templates[1].synchronization.mutexes[0].name): synchronization.mutexes[0].name must be",
        ),
    ],
)
def test_template_problems(leaf: dict[str, Any], main: dict[str, Any], expected: str) -> None:
    issues = _issues(_manifest(leaf=leaf, main=main))
    assert any(expected in issue for issue in issues), issues


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({"parallelism": -1}, "(spec.parallelism): parallelism must be how many pods may run at once"),
        (
            {"activeDeadlineSeconds": "30"},
            "(spec.activeDeadlineSeconds): activeDeadlineSeconds must be a number of seconds, a whole number of at least 0; got '30'",
        ),
        ({"retryStrategy": {"limit": "x"}}, "(spec.retryStrategy.limit): retryStrategy.limit must be"),
        (
            {"synchronization": {"semaphores": [{}]}},
            "(spec.synchronization.semaphores[0]): synchronization.semaphores[0] a semaphore takes its limit",
        ),
        (
            {"templateDefaults": {"memoize": {"key": "k"}}},
            "(spec.templateDefaults.memoize.maxAge): memoize.maxAge is required",
        ),
    ],
)
def test_spec_problems(spec: dict[str, Any], expected: str) -> None:
    issues = _issues(_manifest(**spec))
    assert any(expected in issue for issue in issues), issues


def test_the_dsl_reports_the_same_problems() -> None:
    with Workflow(generate_name="check-", entrypoint="main", parallelism=0) as w:
        leaf = Container(name="leaf", image="busybox", timeout="5")
        with DAG(name="main", timeout="1m"):
            leaf(name="a")
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert "3 problems" in text
    assert "template 'leaf' (spec.templates[0].timeout): timeout '5' has no unit" in text
    assert "template 'main' (spec.templates[1].timeout): timeout does not apply to a dag template" in text
    assert "(spec.parallelism): parallelism must be how many pods may run at once" in text


def test_steps_parallelism_from_the_dsl_is_valid() -> None:
    with Workflow(generate_name="check-", entrypoint="main") as w:
        leaf = Container(name="leaf", image="busybox")
        with Steps(name="main", parallelism=1):
            leaf(name="a")
    assert w.to_dict()["spec"]["templates"][1]["parallelism"] == 1


def test_argo_examples_with_control_fields_have_no_problem() -> None:
    root = require(WORKFLOWS_EXAMPLES)
    keys = (
        "retryStrategy",
        "metrics",
        "synchronization",
        "memoize",
        "podGC",
        "ttlStrategy",
        "schedules",
        "timeout",
    )
    checked = 0
    for name, _, document in iter_yaml_documents(
        root, {"Workflow", "WorkflowTemplate", "CronWorkflow", "ClusterWorkflowTemplate"}
    ):
        text = repr(document)
        if any(f"'{key}'" in text for key in keys):
            checked += 1
            assert validate_manifest(document) == [], name
    assert checked > 30
