"""Behaviour of the generated Argo Workflows models: names and aliases, corrected types, free-form objects."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from hera.workflows.models import (
    Container,
    HTTPGetAction,
    Parameter,
    Plugin,
    ResourceRequirements,
    RetryStrategy,
    Template,
    Workflow,
    WorkflowSpec,
)
from hera.workflows.models.io.k8s.apimachinery.pkg.apis.meta.v1 import ObjectMeta


def test_fields_accept_python_names_and_camel_case_aliases() -> None:
    by_name = Container(image="alpine", image_pull_policy="Always", working_dir="/w")
    by_alias = Container.model_validate({"image": "alpine", "imagePullPolicy": "Always", "workingDir": "/w"})
    assert by_name == by_alias
    assert by_name.to_dict() == {"image": "alpine", "imagePullPolicy": "Always", "workingDir": "/w"}


def test_dump_omits_none_and_unset_fields() -> None:
    container = Container(image="alpine", command=None)
    assert container.to_dict() == {"image": "alpine"}


def test_top_level_kinds_carry_api_version_and_kind() -> None:
    workflow = Workflow(metadata=ObjectMeta(generate_name="hello-"), spec=WorkflowSpec(entrypoint="main"))
    assert workflow.to_dict() == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "hello-"},
        "spec": {"entrypoint": "main"},
    }
    with pytest.raises(ValidationError, match="kind"):
        Workflow.model_validate({"kind": "CronWorkflow", "metadata": {}, "spec": {}})


@pytest.mark.parametrize("value", [80, "http"])
def test_int_or_string_keeps_its_json_type(value: int | str) -> None:
    assert HTTPGetAction(port=value).to_dict() == {"port": value}
    assert RetryStrategy(limit=value).to_dict() == {"limit": value}


@pytest.mark.parametrize("value", [1, 0.5, "500m"])
def test_quantity_keeps_its_json_type(value: int | float | str) -> None:
    assert ResourceRequirements(limits={"cpu": value}).to_dict() == {"limits": {"cpu": value}}


@pytest.mark.parametrize("value", ["a", 1, 2.5, True])
def test_parameter_value_accepts_any_scalar(value: str | float | bool) -> None:
    assert Parameter(name="p", value=value).to_dict() == {"name": "p", "value": value}


def test_plugin_configuration_is_kept_intact() -> None:
    config = {"hello": {"message": "hi", "nested": {"list": [1, {"a": None}]}}}
    template = Template.model_validate({"name": "t", "plugin": config})
    assert template.to_dict() == {"name": "t", "plugin": config}
    assert isinstance(template.plugin, Plugin)


def test_container_image_may_come_from_template_defaults() -> None:
    assert Container(name="main").to_dict() == {"name": "main"}


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"imagee\n  Extra inputs are not permitted"):
        Container.model_validate({"image": "alpine", "imagee": "typo"})
