"""`ContainerSet`, `ContainerNode` (with `>>`) and `ContainerSetRetryStrategy`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import (
    DAG,
    Container,
    ContainerNode,
    ContainerSet,
    ContainerSetRetryStrategy,
    Parameter,
    Workflow,
)
from hera.workflows.exceptions import (
    DSLError,
    InvalidDispatchType,
    InvalidTemplateCall,
    ManifestLoadError,
    NodeNameConflict,
)
from hera.workflows.volume import EmptyDirVolume

SchemaCheck = Callable[[dict[str, Any]], None]


def _containers(template: ContainerSet) -> list[dict[str, Any]]:
    return template._build()["containerSet"]["containers"]


def test_nodes_created_in_the_block_join_the_set_and_rshift_writes_dependencies(
    assert_schema_valid: SchemaCheck,
) -> None:
    with Workflow(generate_name="graph-", entrypoint="main") as w, ContainerSet(name="main") as cs:
        a = ContainerNode(name="a", image="alpine")
        b = ContainerNode(name="b", image="alpine")
        c = ContainerNode(name="c", image="alpine", dependencies=["z"])
        d = ContainerNode(name="d", image="alpine")
        ContainerNode(name="z", image="alpine")
        result = a >> [b, c] >> d
    assert result is d
    assert [node["name"] for node in _containers(cs)] == ["a", "b", "c", "d", "z"]
    assert {node["name"]: node.get("dependencies") for node in _containers(cs)} == {
        "a": None,
        "b": ["a"],
        "c": ["a", "z"],
        "d": ["b", "c"],
        "z": None,
    }
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["templates"] == [cs._build()]


def test_chaining_and_fan_in() -> None:
    a, b, c = (ContainerNode(name=n, image="i") for n in "abc")
    assert (a >> b >> c) is c
    assert (b.dependencies, c.dependencies) == (["a"], ["b"])
    d = ContainerNode(name="d", image="i")
    assert ([a, c] >> d) is d
    a >> d
    assert d.dependencies == ["a", "c"]


def test_rshift_errors_name_the_container() -> None:
    a = ContainerNode(name="a", image="i")
    with pytest.raises(InvalidDispatchType, match=r"container 'a': `>>` joins ContainerNodes .* not a str"):
        a >> "b"
    with pytest.raises(InvalidDispatchType, match="not a int"):
        a >> [ContainerNode(name="b", image="i"), 3]
    with pytest.raises(DSLError, match="container 'a': a container cannot depend on itself"):
        a >> a
    with pytest.raises(InvalidDispatchType, match="cannot use `>>` from a tuple"):
        (a,) >> ContainerNode(name="x", image="i")


def test_image_defaults_to_global_config_and_class_defaults_apply() -> None:
    global_config.image = "python:3.13"
    assert ContainerNode(name="a").image == "python:3.13"
    global_config.set_class_defaults(ContainerNode, image="busybox", command=["sh"])
    node = ContainerNode(name="a")
    assert (node.image, node.command) == ("busybox", ["sh"])


def test_container_set_fields_and_retry_strategies(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(name="w", entrypoint="main") as w:
        cs = ContainerSet(
            name="main",
            containers=[ContainerNode(name="main", image="alpine"), {"name": "side", "image": "busybox"}],
            volumes=[EmptyDirVolume(name="workspace", mount_path="/workspace")],
            retry_strategy=ContainerSetRetryStrategy(retries=2, duration=1.5),
            outputs=[Parameter(name="out", value_from={"path": "/workspace/out"})],
        )
    assert cs.retry_strategy is None
    body = cs._build()
    assert body["volumes"] == [{"name": "workspace", "emptyDir": {}}]
    assert body["containerSet"] == {
        "containers": [{"name": "main", "image": "alpine"}, {"name": "side", "image": "busybox"}],
        "volumeMounts": [{"name": "workspace", "mountPath": "/workspace"}],
        "retryStrategy": {"duration": "1.5s", "retries": 2},
    }
    assert_schema_valid(w.to_dict())
    pod_retry = ContainerSet(
        name="p",
        containers=[ContainerNode(name="main")],
        retry_strategy={"limit": "3"},
        container_set_retry_strategy=ContainerSetRetryStrategy(
            retries="{{inputs.parameters.n}}", duration="5s"
        ),
    )._build()
    assert pod_retry["retryStrategy"] == {"limit": "3"}
    assert pod_retry["containerSet"]["retryStrategy"] == {
        "duration": "5s",
        "retries": "{{inputs.parameters.n}}",
    }


def test_retry_strategy_errors() -> None:
    with pytest.raises(DSLError, match="retries must be a non-negative int or a string, got -1"):
        ContainerSetRetryStrategy(retries=-1)
    with pytest.raises(DSLError, match="duration must be a Go duration string such as '10s'"):
        ContainerSetRetryStrategy(retries=1, duration=[1])  # type: ignore[arg-type]
    with pytest.raises(DSLError, match="give the set's retry strategy once"):
        ContainerSet(
            name="cs",
            retry_strategy=ContainerSetRetryStrategy(retries=1),
            container_set_retry_strategy=ContainerSetRetryStrategy(retries=2),
        )


def test_duplicate_container_names_are_errors() -> None:
    with Workflow(name="w", entrypoint="cs"), ContainerSet(name="cs"):
        ContainerNode(name="a")
        with pytest.raises(
            NodeNameConflict, match="workflow 'w', template 'cs': a container named 'a' already"
        ):
            ContainerNode(name="a")
    with pytest.raises(NodeNameConflict, match="two containers are named 'b'"):
        ContainerSet(name="cs", containers=[ContainerNode(name="b"), ContainerNode(name="b")])


def test_templates_and_tasks_cannot_be_used_inside_a_container_set() -> None:
    echo = Container(name="echo", image="alpine")
    with (
        Workflow(name="w", entrypoint="cs"),
        ContainerSet(name="cs"),
        pytest.raises(InvalidTemplateCall, match="template 'echo' was called inside a container set"),
    ):
        echo(name="x")


def test_a_container_set_is_a_template_of_a_dag(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="g-", entrypoint="main") as w:
        with ContainerSet(name="group") as group:
            ContainerNode(name="main", image="python:3.12", command=["python", "-c"], args=["print('hi')"])
        with DAG(name="main"):
            group(name="a")
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert [t["name"] for t in manifest["spec"]["templates"]] == ["group", "main"]
    assert group.get_container("main").image == "python:3.12"
    with pytest.raises(DSLError, match="no container named 'x'; containers: 'main'"):
        group.get_container("x")


def test_loading_gives_container_nodes_that_write_the_same_manifest() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "cs"},
        "spec": {
            "entrypoint": "main",
            "templates": [
                {
                    "name": "main",
                    "containerSet": {
                        "volumeMounts": [{"mountPath": "/w", "name": "w"}],
                        "containers": [
                            {"name": "a", "image": "alpine"},
                            {"dependencies": ["a"], "name": "b", "image": "alpine"},
                        ],
                        "retryStrategy": {"retries": 1},
                    },
                    "volumes": [{"name": "w", "emptyDir": {}}],
                }
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    cs = w.templates[0]
    assert isinstance(cs, ContainerSet)
    assert all(isinstance(node, ContainerNode) for node in cs.containers)
    assert w.to_dict() == manifest
    assert list(w.to_dict()["spec"]["templates"][0]["containerSet"]["containers"][1]) == [
        "dependencies",
        "name",
        "image",
    ]
    c = ContainerNode(name="c", image="alpine")
    cs.containers[1] >> c
    cs.containers.append(c)
    assert w.to_dict()["spec"]["templates"][0]["containerSet"]["containers"][2] == {
        "name": "c",
        "image": "alpine",
        "dependencies": ["b"],
    }


def test_loading_errors_name_the_field() -> None:
    manifest: dict[str, Any] = {
        "kind": "Workflow",
        "metadata": {"name": "w"},
        "spec": {
            "templates": [{"name": "t", "containerSet": {"containers": [{"name": "a", "deps": ["b"]}]}}]
        },
    }
    with pytest.raises(ManifestLoadError) as error:
        Workflow.from_dict(manifest)
    assert error.value.location == "spec.templates[0].containerSet.containers[0].deps"
    manifest["spec"]["templates"][0]["containerSet"] = {"containers": [], "retries": 1}
    with pytest.raises(ManifestLoadError, match=r"containerSet\.retries: unknown field 'retries'"):
        Workflow.from_dict(manifest)


def test_bad_node_values() -> None:
    with pytest.raises(
        DSLError, match=r"ContainerNode 'a': dependencies must be a list .* dependencies=\['b'\]"
    ):
        ContainerNode(name="a", dependencies="b")  # type: ignore[arg-type]
    with pytest.raises(DSLError, match="ContainerNode: name must be a non-empty string"):
        ContainerNode(name=None)  # type: ignore[arg-type]
