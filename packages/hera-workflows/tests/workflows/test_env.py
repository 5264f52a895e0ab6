"""Environment variables: `Env`, `SecretEnv`, `ConfigMapEnv`, `FieldEnv`, `ResourceEnv`."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import (
    ConfigMapEnv,
    Container,
    Env,
    FieldEnv,
    Parameter,
    ResourceEnv,
    Script,
    SecretEnv,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def test_env_value_is_written_as_a_string() -> None:
    assert plain(Env(name="A", value="x")) == {"name": "A", "value": "x"}
    assert plain(Env(name="N", value=1)) == {"name": "N", "value": "1"}
    assert plain(Env(name="J", value={"a": [1, True]})) == {"name": "J", "value": '{"a": [1, true]}'}
    assert plain(Env(name="EMPTY", value="")) == {"name": "EMPTY", "value": ""}
    assert plain(Env(name="UNSET")) == {"name": "UNSET"}


def test_env_value_from_input_references_the_input_parameter() -> None:
    assert plain(Env(name="MSG", value_from_input="message")) == {
        "name": "MSG",
        "value": "{{inputs.parameters.message}}",
    }
    assert plain(Env(name="MSG", value_from_input=Parameter(name="greeting"))) == {
        "name": "MSG",
        "value": "{{inputs.parameters.greeting}}",
    }


def test_key_references_and_field_references() -> None:
    assert plain(SecretEnv(name="P", secret_name="db", secret_key="password", optional=True)) == {
        "name": "P",
        "valueFrom": {"secretKeyRef": {"key": "password", "name": "db", "optional": True}},
    }
    assert plain(ConfigMapEnv(name="M", config_map_name="settings", config_map_key="mode")) == {
        "name": "M",
        "valueFrom": {"configMapKeyRef": {"key": "mode", "name": "settings"}},
    }
    assert plain(FieldEnv(name="POD", field_path="metadata.name", api_version="v1")) == {
        "name": "POD",
        "valueFrom": {"fieldRef": {"fieldPath": "metadata.name", "apiVersion": "v1"}},
    }
    assert plain(ResourceEnv(name="CPU", resource="limits.cpu", container_name="main", divisor="1m")) == {
        "name": "CPU",
        "valueFrom": {
            "resourceFieldRef": {"resource": "limits.cpu", "containerName": "main", "divisor": "1m"}
        },
    }


def test_env_objects_models_and_dicts_mix_in_a_container_and_a_valid_manifest() -> None:
    with Workflow(generate_name="env-", entrypoint="c") as w:
        Container(
            name="c",
            image="alpine",
            env=[
                Env(name="A", value=1),
                m.EnvVar(name="B", value="2"),
                {"name": "C", "value": "3"},
                SecretEnv(name="D", secret_name="s", secret_key="k"),
            ],
        )
        Script(name="s", source="print(1)", env=[FieldEnv(name="NODE", field_path="spec.nodeName")])
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    container, script = (t.get("container") or t.get("script") for t in manifest["spec"]["templates"])
    assert [e["name"] for e in container["env"]] == ["A", "B", "C", "D"]
    assert container["env"][0] == {"name": "A", "value": "1"}
    assert script["env"] == [{"name": "NODE", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_value_from_input_of_an_undeclared_input_is_reported_by_validation() -> None:
    with Workflow(generate_name="env-", entrypoint="c") as w:
        Container(name="c", image="alpine", env=[Env(name="A", value_from_input="missing")])
    with pytest.raises(InvalidWorkflowError, match="missing"):
        w.to_dict()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Env(name=""), "Env: name must be a non-empty string without '='"),
        (lambda: Env(name="A=B", value="x"), "without '='"),
        (lambda: Env(value="x"), "Env: name must be"),
        (
            lambda: Env(name="A", value="x", value_from_input="p"),
            "Env 'A': give either value or value_from_input",
        ),
        (
            lambda: Env(name="A", value_from_input=Parameter()),
            "value_from_input must be an input parameter name",
        ),
        (lambda: SecretEnv(name="S", secret_name="s"), "SecretEnv 'S': secret_key is required"),
        (lambda: ConfigMapEnv(name="C"), "ConfigMapEnv 'C': config_map_key is required"),
        (lambda: FieldEnv(name="F"), "FieldEnv 'F': field_path is required"),
        (lambda: ResourceEnv(name="R"), "ResourceEnv 'R': resource is required"),
        (lambda: ResourceEnv(name="R", resource="limits.cpu", divisor="1x"), "ResourceEnv 'R': divisor '1x'"),
    ],
)
def test_bad_environment_variables_are_errors_naming_the_field(make: Any, message: str) -> None:
    with pytest.raises(DSLError, match=_escaped(message)):
        make()


def test_class_defaults_and_pre_build_hooks_apply() -> None:
    global_config.set_class_defaults(SecretEnv, secret_name="shared-secret")
    assert (
        plain(SecretEnv(name="T", secret_key="token"))["valueFrom"]["secretKeyRef"]["name"] == "shared-secret"
    )
    assert (
        plain(SecretEnv(name="T", secret_key="k", secret_name="own"))["valueFrom"]["secretKeyRef"]["name"]
        == "own"
    )

    @global_config.register_pre_build_hook
    def upper(env: Env) -> Env:
        return dataclasses.replace(env, name=str(env.name).upper())

    assert plain(Env(name="lower", value="v")) == {"name": "LOWER", "value": "v"}


def test_a_secret_value_is_never_in_the_manifest() -> None:
    data = plain(SecretEnv(name="PASSWORD", secret_name="db", secret_key="password"))
    assert "value" not in data


def _escaped(text: str) -> str:
    import re

    return re.escape(text)
