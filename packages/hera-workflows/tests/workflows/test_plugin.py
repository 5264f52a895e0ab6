"""`Plugin`: the plugin block from a name and a configuration, or given whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.workflows import DAG, Plugin, Workflow
from hera.workflows.exceptions import DSLError, InvalidType

SchemaCheck = Callable[[dict[str, Any]], None]


def test_name_and_config(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="plugin-", entrypoint="main") as w:
        hello = Plugin(name="hello", config={"text": "hi", "n": 2})
        other = Plugin(name="say", plugin_name="workflowLevelHello")
        with DAG(name="main"):
            hello(name="a") >> other(name="b")
    assert hello._build() == {"name": "hello", "plugin": {"hello": {"n": 2, "text": "hi"}}}
    assert other._build() == {"name": "say", "plugin": {"workflowLevelHello": {}}}
    assert_schema_valid(w.to_dict())


def test_whole_block() -> None:
    assert Plugin(name="p", plugin={"slack": {"text": "done"}})._build() == {
        "name": "p",
        "plugin": {"slack": {"text": "done"}},
    }


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"plugin": {"a": {}}, "config": {}},
            DSLError,
            "Plugin 'p': give either plugin=\\{name: config\\} or",
        ),
        (
            {"plugin": {"a": {}, "b": {}}},
            DSLError,
            "plugin must have exactly one key, the plugin's name; got 'a', 'b'",
        ),
        (
            {"plugin_name": ""},
            DSLError,
            "plugin_name \\(the key of the plugin block\\) must be a non-empty string",
        ),
        ({"config": ["x"]}, InvalidType, "config must be a mapping"),
    ],
)
def test_errors(kwargs: dict[str, Any], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        Plugin(name="p", **kwargs)


def test_loading_round_trips() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "p"},
        "spec": {
            "entrypoint": "main",
            "templates": [{"name": "main", "plugin": {"hello": {"b": 1, "a": 2}}}],
        },
    }
    w = Workflow.from_dict(manifest)
    assert isinstance(w.templates[0], Plugin)
    assert w.to_dict() == manifest
    assert list(w.to_dict()["spec"]["templates"][0]["plugin"]["hello"]) == ["b", "a"]
