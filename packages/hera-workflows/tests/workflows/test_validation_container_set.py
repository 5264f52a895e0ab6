"""Offline validation of container sets: names, dependencies and cycles, each reported with its path."""

from __future__ import annotations

from typing import Any

import pytest

from hera.workflows import ContainerNode, ContainerSet, Workflow
from hera.workflows.validation import InvalidWorkflowError, validate_manifest


def _manifest(containers: Any) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "cs-"},
        "spec": {
            "entrypoint": "main",
            "templates": [{"name": "main", "containerSet": {"containers": containers}}],
        },
    }


def _messages(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    return [(issue.path, issue.message) for issue in validate_manifest(manifest)]


def test_a_valid_graph_has_no_issues() -> None:
    containers = [
        {"name": "a"},
        {"name": "b", "dependencies": ["a"]},
        {"name": "c", "dependencies": ["a", "b"]},
    ]
    assert _messages(_manifest(containers)) == []


def test_unknown_and_self_dependencies() -> None:
    containers = [{"name": "main"}, {"name": "b", "dependencies": ["mian", "b"]}]
    assert _messages(_manifest(containers)) == [
        (
            "spec.templates[0].containerSet.containers[1].dependencies[0]",
            "container 'b' depends on 'mian', which is not a container of this set (did you mean 'main'?); "
            "containers: 'main', 'b'",
        ),
        (
            "spec.templates[0].containerSet.containers[1].dependencies[1]",
            "container 'b' depends on itself; remove it from its dependencies",
        ),
    ]


def test_cycles_duplicates_and_missing_names() -> None:
    containers = [
        {"name": "a", "dependencies": ["c"]},
        {"name": "b", "dependencies": ["a"]},
        {"name": "c", "dependencies": ["b"]},
        {"name": "a"},
        {"image": "x"},
    ]
    assert _messages(_manifest(containers)) == [
        (
            "spec.templates[0].containerSet.containers[3].name",
            "two containers are named 'a' (entries 0 and 3); give each a unique name",
        ),
        ("spec.templates[0].containerSet.containers[4]", "every container of a container set needs a name"),
        (
            "spec.templates[0].containerSet.containers[0].dependencies",
            "containers depend on each other in a cycle: a -> b -> c -> a; remove one of these dependencies",
        ),
    ]


def test_empty_set_and_non_list_dependencies() -> None:
    assert _messages(_manifest([])) == [
        (
            "spec.templates[0].containerSet.containers",
            "template 'main' is a container set without containers; add at least one "
            "(ContainerNode(name=..., image=...))",
        )
    ]
    assert _messages(_manifest([{"name": "a", "dependencies": "b"}]))[0][1] == (
        "container 'a': dependencies must be a list of container names"
    )


def test_to_dict_raises_for_a_dsl_cycle_and_validate_false_skips_it() -> None:
    with Workflow(generate_name="cs-", entrypoint="main") as w, ContainerSet(name="main"):
        a = ContainerNode(name="a", image="alpine")
        b = ContainerNode(name="b", image="alpine")
        a >> b
        b >> a
    with pytest.raises(InvalidWorkflowError, match=r"template 'main' .*cycle: a -> b -> a"):
        w.to_dict()
    assert w.to_dict(validate=False)["spec"]["templates"][0]["containerSet"]["containers"][0][
        "dependencies"
    ] == ["b"]


def test_a_dependency_that_is_not_a_name_is_reported_not_raised() -> None:
    containers = [{"name": "a"}, {"name": "b", "dependencies": [["a"], {"x": 1}]}]
    assert _messages(_manifest(containers)) == [
        (
            "spec.templates[0].containerSet.containers[1].dependencies[0]",
            "container 'b': dependencies must be container names (strings), got ['a']",
        ),
        (
            "spec.templates[0].containerSet.containers[1].dependencies[1]",
            "container 'b': dependencies must be container names (strings), got {'x': 1}",
        ),
    ]
