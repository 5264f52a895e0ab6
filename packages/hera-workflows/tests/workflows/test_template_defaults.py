"""`TemplateDefaults`: template fields for every template, written as `spec.templateDefaults` and checked."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import Container, Metrics, RetryStrategy, Steps, TemplateDefaults, Workflow
from hera.workflows.exceptions import DSLError, InvalidTemplateCall
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(defaults: object) -> Workflow:
    with Workflow(generate_name="defaults-", entrypoint="main", template_defaults=defaults) as w:
        hello = Container(name="hello", image="busybox", command=["echo", "hi"])
        with Steps(name="main"):
            hello(name="hello")
    return w


def test_template_fields_are_written_without_a_name_or_body() -> None:
    w = _workflow(
        TemplateDefaults(timeout="30s", retry_strategy=RetryStrategy(limit="2"), node_selector={"a": "b"})
    )
    manifest = w.to_dict()
    assert manifest["spec"]["templateDefaults"] == {
        "timeout": "30s",
        "nodeSelector": {"a": "b"},
        "retryStrategy": {"limit": "2"},
    }
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest
    assert [t["name"] for t in manifest["spec"]["templates"]] == ["hello", "main"]


def test_labels_and_shorthand_fields() -> None:
    defaults = TemplateDefaults(labels={"team": "data"}, metrics=Metrics(metrics=[]))
    assert _workflow(defaults).to_dict()["spec"]["templateDefaults"] == {
        "metadata": {"labels": {"team": "data"}},
        "metrics": {"prometheus": []},
    }


def test_class_defaults_apply() -> None:
    global_config.set_class_defaults(TemplateDefaults, active_deadline_seconds=600)
    assert _workflow(TemplateDefaults()).to_dict()["spec"]["templateDefaults"] == {
        "activeDeadlineSeconds": 600
    }


def test_defaults_have_no_name_and_cannot_be_called() -> None:
    with pytest.raises(DSLError, match=r"TemplateDefaults\(name='x'\): template defaults have no name"):
        TemplateDefaults(name="x")
    with pytest.raises(InvalidTemplateCall, match=r"pass it as Workflow\(template_defaults=\.\.\.\)"):
        TemplateDefaults()()


def test_bad_default_values_are_reported_with_their_place() -> None:
    w = _workflow(TemplateDefaults(timeout="30", retry_strategy={"limit": -1}))
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert "(spec.templateDefaults.timeout): timeout '30' has no unit" in text
    assert "(spec.templateDefaults.retryStrategy.limit): retryStrategy.limit must be" in text
