"""`DAG`: tasks, fail-fast and target, registration at the end of the block."""

from __future__ import annotations

import pytest

from hera.workflows import DAG, Container, Task, Workflow
from hera.workflows.exceptions import InvalidType
from tools.testing import assert_schema_valid


def test_fail_fast_sets_both_like_hera_and_each_can_be_set_alone() -> None:
    assert DAG(name="d", fail_fast=False, target="x")._build() == {
        "name": "d",
        "failFast": False,
        "dag": {"failFast": False, "target": "x", "tasks": []},
    }
    assert DAG(name="d", dag_fail_fast=True)._build() == {"name": "d", "dag": {"failFast": True, "tasks": []}}
    assert DAG(name="d", template_fail_fast=True)._build() == {
        "name": "d",
        "failFast": True,
        "dag": {"tasks": []},
    }


def test_tasks_passed_in_and_added_later() -> None:
    c = Container(name="c", image="busybox")
    dag = DAG(name="d", tasks=[Task(name="a", template=c)])
    dag.tasks.append(Task(name="b", template="c", depends="a"))
    assert dag._build()["dag"]["tasks"] == [
        {"name": "a", "template": "c"},
        {"name": "b", "depends": "a", "template": "c"},
    ]
    assert dag.tasks[0]._parent is dag


def test_dag_outside_a_workflow_then_added() -> None:
    c = Container(name="c", image="busybox")
    with DAG(name="main") as dag:
        c(name="x")
    w = Workflow(name="w", entrypoint="main", templates=[dag])
    assert [t["name"] for t in w.to_dict()["spec"]["templates"]] == ["main", "c"]


def test_a_failing_block_does_not_register_the_dag() -> None:
    with Workflow(name="w", entrypoint="main") as w:
        try:
            with DAG(name="broken"):
                raise ValueError("stop")
        except ValueError:
            pass
    assert [t.name for t in w.templates] == ["broken"]  # registered when created, as every named template


def test_target_takes_tasks_and_lists_of_tasks_and_names() -> None:
    echo = Container(name="echo", image="busybox")
    with Workflow(name="w", entrypoint="main") as w:
        with DAG(name="main") as dag:
            a, b, c = (echo(name=n) for n in "abc")
            a >> [b, c]
        dag.target = [b, "c"]
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["templates"][0]["dag"]["target"] == "b c"
    dag.target = c
    assert dag._build()["dag"]["target"] == "c"
    dag.target = "{{workflow.parameters.target}}"
    assert dag._build()["dag"]["target"] == "{{workflow.parameters.target}}"
    dag.target = [b, 3]
    with pytest.raises(
        InvalidType, match=r"workflow 'w', template 'main': target holds a int \(3\); use task names"
    ):
        dag._build()
