"""Whole secrets and config maps as environment variables: `SecretEnvFrom`, `ConfigMapEnvFrom`."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import ConfigMapEnvFrom, Container, SecretEnvFrom, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_env_from_entries() -> None:
    assert plain(SecretEnvFrom(name="creds", prefix="DB_")) == {
        "prefix": "DB_",
        "secretRef": {"name": "creds"},
    }
    assert plain(ConfigMapEnvFrom(name="settings", optional=True)) == {
        "configMapRef": {"name": "settings", "optional": True}
    }


def test_in_a_container_with_models_and_dicts_and_loaded_back() -> None:
    with Workflow(generate_name="env-from-", entrypoint="c") as w:
        Container(
            name="c",
            image="alpine",
            env_from=[
                SecretEnvFrom(name="a"),
                ConfigMapEnvFrom(name="b", prefix="B_"),
                m.EnvFromSource(config_map_ref=m.ConfigMapEnvSource(name="c")),
                {"secretRef": {"name": "d"}},
            ],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["templates"][0]["container"]["envFrom"] == [
        {"secretRef": {"name": "a"}},
        {"prefix": "B_", "configMapRef": {"name": "b"}},
        {"configMapRef": {"name": "c"}},
        {"secretRef": {"name": "d"}},
    ]
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("cls", "kwargs", "message"),
    [
        (SecretEnvFrom, {}, "SecretEnvFrom: name must be the name of the secret to read"),
        (ConfigMapEnvFrom, {"name": ""}, "ConfigMapEnvFrom: name must be the name of the config map to read"),
        (ConfigMapEnvFrom, {"name": "x", "prefix": 1}, "ConfigMapEnvFrom 'x': prefix must be a string"),
    ],
)
def test_errors_name_the_class_and_field(cls: type, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(DSLError, match=message):
        cls(**kwargs)


def test_class_defaults() -> None:
    global_config.set_class_defaults(SecretEnvFrom, optional=True)
    assert plain(SecretEnvFrom(name="a")) == {"secretRef": {"name": "a", "optional": True}}
