"""`Steps`, `Step` and `Parallel`: groups, references rendered as `steps.`, and errors."""

from __future__ import annotations

import pytest

from hera.workflows import DAG, Container, Parallel, Parameter, Step, Steps, Task, Workflow
from hera.workflows.exceptions import InvalidTemplateCall, NodeNameConflict
from tools.testing import assert_schema_valid


@pytest.fixture
def echo() -> Container:
    return Container(name="echo", image="busybox", outputs=[Parameter(name="o", value_from={"path": "/o"})])


def test_groups_from_calls_parallel_blocks_and_lists(echo: Container) -> None:
    extra = Step(name="extra", template="echo")
    with Workflow(name="w", entrypoint="main") as w, Steps(name="main") as s:
        a = echo(name="a")
        with Parallel():
            echo(name="b", arguments={"x": a.result})
            Step(name="c", template=echo, when=f"{a.get_parameter('o')} == 1")
        with s.parallel():
            echo(name="d")
        s.steps.append([extra])
    manifest = w.to_dict(validate=False)
    assert_schema_valid(manifest)
    templates = manifest["spec"]["templates"]
    assert [t["name"] for t in templates] == ["main", "echo"]
    steps = templates[0]["steps"]
    assert steps == [
        [{"name": "a", "template": "echo"}],
        [
            {
                "name": "b",
                "template": "echo",
                "arguments": {"parameters": [{"name": "x", "value": "{{steps.a.outputs.result}}"}]},
            },
            {"name": "c", "template": "echo", "when": "{{steps.a.outputs.parameters.o}} == 1"},
        ],
        [{"name": "d", "template": "echo"}],
        [{"name": "extra", "template": "echo"}],
    ]


def test_parallel_made_elsewhere_and_passed_in(echo: Container) -> None:
    group = Parallel(sub_steps=[Step(name="x", template="echo"), Step(name="y", template="echo")])
    s = Steps(name="s", steps=[Step(name="first", template="echo"), group])
    assert s._build()["steps"] == [
        [{"name": "first", "template": "echo"}],
        [{"name": "x", "template": "echo"}, {"name": "y", "template": "echo"}],
    ]
    assert group._parent is s


def test_step_references_render_steps(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main"), Steps(name="main"):
        a = echo(name="a")
    assert a.result == "{{steps.a.outputs.result}}"
    assert a.status == "{{steps.a.status}}"
    assert a.exit_code == "{{steps.a.exitCode}}"
    assert a.get_parameter("o").value == "{{steps.a.outputs.parameters.o}}"
    assert a.get_artifact.__doc__


def test_step_in_a_dag_and_task_in_steps_are_refused(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"):
        with (
            DAG(name="d"),
            pytest.raises(InvalidTemplateCall, match=r"workflow 'wf', step 'x'.*belongs in Steps"),
        ):
            Step(name="x", template=echo)
        with (
            Steps(name="s"),
            pytest.raises(InvalidTemplateCall, match=r"workflow 'wf', task 'y'.*belongs in a DAG"),
        ):
            Task(name="y", template=echo)
        with pytest.raises(InvalidTemplateCall, match=r"Parallel\(\) belongs in Steps"):
            Parallel()


def test_duplicate_step_names_name_the_template(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"), Steps(name="main"):
        echo(name="a")
        with (
            Parallel(),
            pytest.raises(NodeNameConflict, match=r"workflow 'wf', template 'main'.*step named 'a'"),
        ):
            echo(name="a")


def test_steps_template_fields(echo: Container) -> None:
    s = Steps(name="s", parallelism=2, fail_fast=True, inputs=[Parameter(name="p")])
    assert s._build() == {
        "name": "s",
        "failFast": True,
        "parallelism": 2,
        "steps": [],
        "inputs": {"parameters": [{"name": "p"}]},
    }
