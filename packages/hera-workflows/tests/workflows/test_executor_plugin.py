"""`ExecutorPlugin`: a workflow-level executor plugin with its sidecar container."""

from __future__ import annotations

import pytest

from hera.workflows import ExecutorPlugin, Plugin, Resources, UserContainer, Workflow
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_workflow_with_an_executor_plugin() -> None:
    sidecar = UserContainer(
        name="hello",
        image="python:alpine3.23",
        command=["python", "-m", "server"],
        resources=Resources(cpu_request="100m", memory_limit="64Mi"),
    )
    with Workflow(
        generate_name="plugin-",
        entrypoint="main",
        executor_plugins=[
            ExecutorPlugin(name="hello", container=sidecar, automount_service_account_token=True)
        ],
    ) as w:
        Plugin(name="main", plugin_name="hello")
    manifest = w.to_dict()
    assert manifest["spec"]["executorPlugins"] == [
        {
            "metadata": {"name": "hello"},
            "spec": {
                "sidecar": {
                    "container": {
                        "name": "hello",
                        "image": "python:alpine3.23",
                        "command": ["python", "-m", "server"],
                        "resources": {"limits": {"memory": "64Mi"}, "requests": {"cpu": "100m"}},
                    },
                    "automountServiceAccountToken": True,
                }
            },
        }
    ]
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_metadata_and_a_dict_container() -> None:
    plugin = ExecutorPlugin(
        name="p", container={"name": "p", "image": "x"}, labels={"a": "b"}, annotations={"c": "d"}
    )
    assert plain(plugin) == {
        "metadata": {"name": "p", "annotations": {"c": "d"}, "labels": {"a": "b"}},
        "spec": {"sidecar": {"container": {"name": "p", "image": "x"}}},
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "", "container": {}}, "ExecutorPlugin: name must be a non-empty string"),
        ({"name": "p", "container": None}, r"ExecutorPlugin\(name='p'\): container= is required"),
        (
            {"name": "p", "container": UserContainer(name="p", image="x", mirror_volume_mounts=True)},
            "cannot set mirror_volume_mounts",
        ),
    ],
)
def test_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        ExecutorPlugin(**kwargs)
