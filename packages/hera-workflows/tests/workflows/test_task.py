"""Tasks and dependencies: `>>`, lists, `next(on=...)`, `|`/`&` expressions, result helpers, errors."""

from __future__ import annotations

from typing import Any

import pytest

from hera.workflows import DAG, Container, DependsExpression, Operator, Steps, Task, TaskResult, Workflow
from hera.workflows.exceptions import DSLError, InvalidDispatchType, InvalidTemplateCall
from hera.workflows.task import depends_names
from tools.testing import assert_schema_valid


def _tasks(w: Workflow, dag: str = "main") -> dict[str, dict[str, Any]]:
    manifest = w.to_dict(validate=False)
    assert_schema_valid(manifest)
    template = next(t for t in manifest["spec"]["templates"] if t["name"] == dag)
    return {t["name"]: t for t in template["dag"]["tasks"]}


@pytest.fixture
def echo() -> Container:
    return Container(name="echo", image="busybox")


def test_rshift_chains_lists_on_both_sides(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a, b, c, d = (echo(name=n) for n in "abcd")
        result = a >> [b, c] >> d
    assert result is d
    tasks = _tasks(w)
    assert "depends" not in tasks["a"]
    assert tasks["b"]["depends"] == "a"
    assert tasks["c"]["depends"] == "a"
    assert tasks["d"]["depends"] == "b && c"


def test_next_with_results_and_operators(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a, b, c = (echo(name=n) for n in "abc")
        a.next(c, on=TaskResult.failed)
        b.next(c, on=TaskResult.succeeded)
        d = echo(name="d")
        a.next(d)
        b.next(d, operator=Operator.or_)
    tasks = _tasks(w)
    assert tasks["c"]["depends"] == "a.Failed && b.Succeeded"
    assert tasks["d"]["depends"] == "a || b"


def test_on_helpers_write_the_result_names(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a = echo(name="a")
        ok, bad, err = echo(name="ok"), echo(name="bad"), echo(name="err")
        a.on_success(ok)
        a.on_failure(bad)
        a.on_error(err)
    tasks = _tasks(w)
    assert [tasks[n]["depends"] for n in ("ok", "bad", "err")] == ["a.Succeeded", "a.Failed", "a.Errored"]


def test_or_and_build_parenthesised_expressions(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a, b, c, d = (echo(name=n) for n in "abcd")
        either = a | b
        assert isinstance(either, DependsExpression)
        assert either == "(a || b)"
        assert ((a | b) & c) == "(a || b) && c"
        assert (c & (a | b)) == "c && (a || b)"
        assert ((a & b) | c) == "((a && b) || c)"
        assert (a | b | c) == "(a || b || c)"
        assert (a & b & c) == "a && b && c"
        assert (a | "b.Failed") == "(a || b.Failed)"
        ((a | b) & c) >> d
        e = echo(name="e", depends=a | b)
        c >> e
    tasks = _tasks(w)
    assert tasks["d"]["depends"] == "(a || b) && c"
    assert tasks["e"]["depends"] == "(a || b) && c"
    assert type(tasks["e"]["depends"]) is str


def test_adding_to_a_raw_or_expression_keeps_its_meaning(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        c = echo(name="c")
        d = echo(name="d", depends="a || b")
        c >> d
    assert _tasks(w)["d"]["depends"] == "(a || b) && c"


def test_depends_names_parses_expressions() -> None:
    assert depends_names("(A.Failed || B) && !C.Succeeded && task-1") == {"A", "B", "C", "task-1"}


def test_duplicate_dependency_names_the_workflow_template_and_task(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        a, b = echo(name="a"), echo(name="b")
        a >> b
        with pytest.raises(
            DSLError, match=r"workflow 'wf', template 'main', task 'b'.*'a' is already a dependency"
        ):
            a >> b


def test_duplicate_dependency_is_found_in_a_depends_string(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        a = echo(name="a")
        b = echo(name="b", depends="a.Succeeded")
        with pytest.raises(DSLError, match="already a dependency"):
            a >> b


def test_rshift_with_wrong_operands_names_the_task(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        a = echo(name="a")
        with pytest.raises(
            InvalidDispatchType, match=r"workflow 'wf', template 'main', task 'a'.*`>>` with a int"
        ):
            a >> 3  # type: ignore[operator]
        with pytest.raises(InvalidDispatchType, match="needs a list of Tasks, found a str"):
            ["x"] >> a  # type: ignore[operator]
        with pytest.raises(InvalidDispatchType, match="cannot combine a int"):
            a | 3  # type: ignore[operator]


def test_task_outside_a_dag_names_the_context(echo: Container) -> None:
    with (
        Workflow(name="wf", entrypoint="main"),
        pytest.raises(InvalidTemplateCall, match=r"workflow 'wf'.*task 'x'.*DAG"),
    ):
        Task(name="x", template=echo)


def test_loop_results_need_a_loop(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main") as w, DAG(name="main"):
        looped = echo(name="looped", with_param="[1, 2]")
        plain = echo(name="plain")
        any_ok, all_bad = echo(name="any-ok"), echo(name="all-bad")
        looped.when_any_succeeded(any_ok)
        looped.when_all_failed(all_bad)
        with pytest.raises(DSLError, match=r"task 'plain'.*needs a looped task"):
            plain.when_any_succeeded(echo(name="never"))
    tasks = _tasks(w)
    assert tasks["any-ok"]["depends"] == "looped.AnySucceeded"
    assert tasks["all-bad"]["depends"] == "looped.AllFailed"


def test_on_other_result_and_on_workflow_status(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a, b = echo(name="a"), echo(name="b")
        b.on_other_result(a, "yes")
        b.on_workflow_status("Succeeded")
    task = _tasks(w)["b"]
    assert task["depends"] == "a"
    assert task["when"] == "{{tasks.a.outputs.result}} == yes && {{workflow.status}} == Succeeded"


def test_output_references_render_tasks() -> None:
    out = Container(
        name="out",
        image="busybox",
        outputs=[{"p": "v"}],
    )
    with Workflow(name="w", entrypoint="main"), DAG(name="main"):
        t = out(name="t")
    assert t.result == "{{tasks.t.outputs.result}}"
    assert t.status == "{{tasks.t.status}}"
    assert t.exit_code == "{{tasks.t.exitCode}}"
    assert t.id == "{{tasks.t.id}}"
    assert t.ip == "{{tasks.t.ip}}"
    assert t.started_at == "{{tasks.t.startedAt}}"
    assert t.finished_at == "{{tasks.t.finishedAt}}"
    assert t.get_parameter("p").value == "{{tasks.t.outputs.parameters.p}}"
    assert t.get_result_as("r").value == "{{tasks.t.outputs.result}}"
    assert t.get_parameters_as("all").value == "{{tasks.t.outputs.parameters}}"


def test_get_parameter_checks_the_template_outputs(echo: Container) -> None:
    from hera.workflows import Parameter

    producer = Container(
        name="producer", image="busybox", outputs=[Parameter(name="x", value_from={"path": "/x"})]
    )
    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        plain = echo(name="plain")
        with pytest.raises(DSLError, match=r"task 'plain'.*template 'echo' has no output parameters"):
            plain.get_parameter("x")
        p = producer(name="p")
        with pytest.raises(DSLError, match=r"task 'p'.*no output parameter 'y'; its output parameters: 'x'"):
            p.get_parameter("y")
        with pytest.raises(DSLError, match=r"task 'p'.*template 'producer' has no output artifacts"):
            p.get_artifact("x")
        by_name = Task(name="by-name", template="producer")
        assert by_name.get_parameter("anything").value == "{{tasks.by-name.outputs.parameters.anything}}"
        with pytest.raises(DSLError, match="are not known here"):
            by_name.get_outputs_as_arguments()


def test_task_keyword_fields_are_written(echo: Container) -> None:
    from hera.workflows.models import ContinueOn, LifecycleHook, Sequence, TemplateRef

    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        echo(
            name="all",
            when="{{workflow.parameters.go}} == true",
            with_sequence=Sequence(count="2"),
            continue_on=ContinueOn(failed=True),
            on_exit=echo,
            hooks={
                "exit": LifecycleHook(template="echo"),
                "running": {"expression": "true", "template": echo},
            },
        )
        Task(name="ref", template_ref=TemplateRef(name="lib", template="t"), dependencies=["all"])
    tasks = _tasks(w)
    assert tasks["all"] == {
        "name": "all",
        "onExit": "echo",
        "template": "echo",
        "when": "{{workflow.parameters.go}} == true",
        "continueOn": {"failed": True},
        "hooks": {"exit": {"template": "echo"}, "running": {"expression": "true", "template": "echo"}},
        "withSequence": {"count": "2"},
    }
    assert tasks["ref"] == {
        "name": "ref",
        "dependencies": ["all"],
        "templateRef": {"name": "lib", "template": "t"},
    }


def test_with_items_and_with_param_accept_data_and_references(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a = echo(name="a")
        echo(name="items", with_items=[1, "a", {"k": [1, 2]}, [3]], arguments={"m": "{{item}}"})
        echo(name="param", with_param=a.result)
        echo(name="param-list", with_param=["x", "y"])
    tasks = _tasks(w)
    assert tasks["items"]["withItems"] == [1, "a", {"k": [1, 2]}, [3]]
    assert tasks["param"]["withParam"] == "{{tasks.a.outputs.result}}"
    assert tasks["param-list"]["withParam"] == '["x", "y"]'


def test_task_name_defaults_to_the_template_name_and_must_be_unique(echo: Container) -> None:
    from hera.workflows.exceptions import NodeNameConflict

    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        t = echo()
        assert t.name == "echo"
        with pytest.raises(
            NodeNameConflict, match=r"workflow 'wf', template 'main'.*task named 'echo' already exists"
        ):
            echo()


def test_class_defaults_apply_to_tasks(echo: Container) -> None:
    from hera.shared import global_config

    global_config.set_class_defaults(Task, continue_on={"failed": True})
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        echo(name="a")
        echo(name="b", continue_on={"error": True})
    tasks = _tasks(w)
    assert tasks["a"]["continueOn"] == {"failed": True}
    assert tasks["b"]["continueOn"] == {"error": True}


def test_a_nameless_template_names_the_task_at_the_end_of_the_block() -> None:
    message = r"workflow 'wf', template 'main', task 't'.*template= has no name.*inline="
    with Workflow(name="wf", entrypoint="main"), pytest.raises(DSLError, match=message), DAG(name="main"):
        Task(name="t", template=Container(image="busybox"))


def test_workflow_status_enum_in_conditions(echo: Container) -> None:
    from hera.workflows import WorkflowStatus

    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        echo(name="a").on_workflow_status(WorkflowStatus.failed, Operator.not_equal)
    assert _tasks(w)["a"]["when"] == "{{workflow.status}} != Failed"
    assert str(WorkflowStatus.succeeded) == "Succeeded"


def test_unknown_class_default_is_refused(echo: Container) -> None:
    from hera.shared import global_config

    global_config.set_class_defaults(Task, colour="red")
    with (
        Workflow(name="w", entrypoint="main"),
        DAG(name="main"),
        pytest.raises(TypeError, match="unknown class default 'colour'"),
    ):
        echo(name="a")


def test_calling_a_template_with_template_set_names_the_dag(echo: Container) -> None:
    with (
        Workflow(name="wf", entrypoint="main"),
        DAG(name="main"),
        pytest.raises(
            DSLError, match=r"workflow 'wf', template 'main': calling template 'echo' already sets template="
        ),
    ):
        echo(name="a", template="other")


def test_expression_and_next_operand_errors(echo: Container) -> None:
    with Workflow(name="wf", entrypoint="main"), DAG(name="main"):
        a, b = echo(name="a"), echo(name="b")
        with pytest.raises(InvalidDispatchType, match="from a depends expression to a int"):
            (a | b) >> 3  # type: ignore[operator]
        with pytest.raises(InvalidDispatchType, match=r"task 'a'.*needs a Task on the right, got str"):
            a.next("b")  # type: ignore[arg-type]
        c, d = echo(name="c"), echo(name="d")
        (a | b) >> [c, d]
        assert c.depends == "(a || b)" and d.depends == "(a || b)"


def test_result_conditions_combine_into_depends_expressions(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main") as w, DAG(name="main"):
        a, b, c, d, e = (echo(name=n) for n in "abcde")
        loop = echo(name="loop", with_items=[1, 2])
        assert isinstance(c.succeeded, DependsExpression)
        assert [str(x) for x in (c.succeeded, c.failed, c.errored, c.skipped, c.omitted, c.daemoned)] == [
            "c.Succeeded",
            "c.Failed",
            "c.Errored",
            "c.Skipped",
            "c.Omitted",
            "c.Daemoned",
        ]
        assert (loop.any_succeeded | loop.all_failed) == "(loop.AnySucceeded || loop.AllFailed)"
        (a & (c.succeeded | c.failed)) >> d
        b.failed >> e
        e.next(echo(name="f"), on=TaskResult.skipped)
        (e.skipped | b.succeeded) >> echo(name="g")
    tasks = _tasks(w)
    assert tasks["d"]["depends"] == "a && (c.Succeeded || c.Failed)"
    assert tasks["e"]["depends"] == "b.Failed"
    assert tasks["f"]["depends"] == "e.Skipped"
    assert tasks["g"]["depends"] == "(e.Skipped || b.Succeeded)"


def test_loop_result_conditions_need_a_loop(echo: Container) -> None:
    with Workflow(name="w", entrypoint="main"), DAG(name="main"):
        a = echo(name="a")
        with pytest.raises(DSLError, match="task 'a': `any_succeeded` needs a looped task"):
            a.any_succeeded  # noqa: B018
        with pytest.raises(DSLError, match="`all_failed` needs a looped task"):
            a.all_failed  # noqa: B018


def test_calling_a_template_with_an_unknown_keyword_names_the_place_and_the_valid_ones() -> None:
    echo = Container(name="echo", image="alpine")
    with Workflow(generate_name="w-", entrypoint="main"), DAG(name="main"), pytest.raises(DSLError) as info:
        echo(name="a", arguements={"x": "1"})
    message = str(info.value)
    assert "workflow 'w-', template 'main'" in message
    assert "no argument 'arguements'; did you mean 'arguments'?" in message
    assert "with_items" in message
    with (
        Workflow(generate_name="w-", entrypoint="main"),
        Steps(name="main"),
        pytest.raises(DSLError, match="makes a step, which takes no argument 'retry_strategy'"),
    ):
        echo(name="a", retry_strategy={"limit": "1"})
