"""`DAG`: tasks, fail-fast and target, registration at the end of the block."""

from __future__ import annotations

from hera.workflows import DAG, Container, Task, Workflow


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
