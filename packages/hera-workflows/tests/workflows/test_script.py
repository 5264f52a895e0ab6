"""`@script` and `Script`: source generation, inputs from the signature, calls in each context, loops."""

from __future__ import annotations

from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import DAG, Parameter, Script, Step, Steps, Task, Workflow, script
from hera.workflows.exceptions import DSLError, InvalidTemplateCall


@script(add_cwd_to_sys_path=False, image="python:3.12")
def greet(name, punctuation="!", times=1, extra={"a": [1]}, nothing=None):  # noqa: B006
    """Say hello."""
    # this comment is not part of the source
    message = "hello " + name + punctuation  # nor this one
    for _ in range(times):
        print(message)


@script()
def no_arguments():
    print("hi")


def test_the_function_stays_plain_python_outside_any_context(capsys: pytest.CaptureFixture[str]) -> None:
    assert greet("ada", times=2) is None
    assert capsys.readouterr().out == "hello ada!\nhello ada!\n"
    assert greet.__name__ == "greet"
    assert isinstance(greet.template, Script)


def test_named_call_outside_any_context_is_a_plain_call() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'name'"):
        no_arguments(name="x")


def test_inline_source_and_inputs() -> None:
    template = greet.template._build()
    assert template["name"] == "greet"
    assert template["inputs"] == {
        "parameters": [
            {"name": "name"},
            {"name": "punctuation", "default": "!"},
            {"name": "times", "default": "1"},
            {"name": "extra", "default": '{"a": [1]}'},
            {"name": "nothing", "default": "null"},
        ]
    }
    assert template["script"]["image"] == "python:3.12"
    assert template["script"]["command"] == ["python"]
    lines = template["script"]["source"].split("\n")
    # one JSON loader per parameter, sorted by name (as hera writes them)
    assert lines[0] == "import json"
    assert lines[1] == "try: extra = json.loads(r'''{{inputs.parameters.extra}}''')"
    assert lines[2] == "except: extra = r'''{{inputs.parameters.extra}}'''"
    assert [line.split(" = ")[0] for line in lines[1:11:2]] == [
        "try: extra",
        "try: name",
        "try: nothing",
        "try: punctuation",
        "try: times",
    ]
    body = "\n".join(lines[12:])
    assert body == (
        '"""Say hello."""\n'
        "message = 'hello ' + name + punctuation\n"
        "for _ in range(times):\n"
        "    print(message)"
    )
    assert "comment" not in template["script"]["source"]


def test_add_cwd_to_sys_path_is_on_by_default() -> None:
    source = no_arguments.template._build()["script"]["source"]
    assert source == "import os\nimport sys\nsys.path.append(os.getcwd())\nprint('hi')"
    assert "inputs" not in no_arguments.template._build()


def test_image_and_command_come_from_global_config() -> None:
    global_config.image = "python:3.13-slim"
    global_config.script_command = ["python3", "-u"]

    @script()
    def late() -> None:
        pass

    built = late.template._build()["script"]
    assert built["image"] == "python:3.13-slim"
    assert built["command"] == ["python3", "-u"]
    assert built["source"].endswith("pass")


def test_bare_decorator_and_explicit_name() -> None:
    @script
    def snake_case_name() -> None:
        print(1)

    @script(name="custom")
    def other() -> None:
        print(2)

    assert snake_case_name.template.name == "snake-case-name"
    assert other.template.name == "custom"
    with pytest.raises(TypeError, match="use @script or @script"):
        script(snake_case_name, image="x")


def test_explicit_inputs_merge_with_the_signature() -> None:
    @script(inputs=[Parameter(name="name", enum=["a", "b"]), Parameter(name="other", default="o")])
    def pick(name, size=3):
        print(name, size)

    assert pick.template._build()["inputs"]["parameters"] == [
        {"name": "name", "enum": ["a", "b"]},
        {"name": "other", "default": "o"},
        {"name": "size", "default": "3"},
    ]


def test_calls_return_tasks_steps_or_register() -> None:
    with Workflow(name="w", entrypoint="d") as w:
        assert greet(name="registered-only") is None
        with DAG(name="d"):
            task = greet(name="t", arguments={"name": "x"})
        with Steps(name="s"):
            step = greet(name="s1", arguments={"name": "y"})
    assert isinstance(task, Task)
    assert isinstance(step, Step)
    assert [t.name for t in w.templates] == ["greet", "d", "s"]


def test_positional_arguments_inside_a_context_are_refused() -> None:
    with (
        Workflow(name="wf", entrypoint="d"),
        DAG(name="d"),
        pytest.raises(
            InvalidTemplateCall,
            match=r"workflow 'wf', template 'd': template 'greet' takes keyword arguments only",
        ),
    ):
        greet("positional")


def test_source_string_is_kept_as_is() -> None:
    s = Script(name="s", source="echo hi\n", image="bash", command=["bash"])
    assert s._build()["script"] == {"image": "bash", "source": "echo hi\n", "command": ["bash"]}


def test_runner_constructor_is_refused_with_a_clear_message() -> None:
    with pytest.raises(DSLError, match="constructor 'runner' is not available"):
        Script(name="r", source="x", constructor="runner")


def test_source_of_a_lambda_cannot_be_read() -> None:
    func = eval("lambda: None")
    s = Script(name="l", source=func)
    with pytest.raises(DSLError, match="cannot read the source"):
        s._build()


def _arguments(task: Any) -> Any:
    return task._dump().get("arguments")


@script(add_cwd_to_sys_path=False)
def three(a, c, b=2):
    print(a, b, c)


def test_loops_fill_inputs_from_items_like_hera() -> None:
    with Workflow(name="w", entrypoint="d"), DAG(name="d"):
        param = three(name="param", with_param="[1]")
        given = three(name="given", with_param="[1]", arguments={"a": 1})
        one_key = three(name="one-key", with_items=[{"b": 1}])
        keys = three(name="keys", with_items=[{"c": 1, "b": 2}])
        scalars = three(name="scalars", with_items=[1, 2])
        complete = three(name="complete", with_param="[1]", arguments={"a": 1, "c": 2})
    assert _arguments(param) == {
        "parameters": [{"name": "a", "value": "{{item.a}}"}, {"name": "c", "value": "{{item.c}}"}]
    }
    assert _arguments(given) == {
        "parameters": [{"name": "a", "value": "1"}, {"name": "c", "value": "{{item.c}}"}]
    }
    assert _arguments(one_key) == {"parameters": [{"name": "b", "value": "{{item}}"}]}
    assert _arguments(keys) == {
        "parameters": [{"name": "c", "value": "{{item.c}}"}, {"name": "b", "value": "{{item.b}}"}]
    }
    assert _arguments(scalars) is None
    assert _arguments(complete) == {"parameters": [{"name": "a", "value": "1"}, {"name": "c", "value": "2"}]}


def test_loop_item_errors_name_the_task() -> None:
    with Workflow(name="wf", entrypoint="d"), DAG(name="d"):
        with pytest.raises(
            DSLError, match=r"workflow 'wf', template 'd', task 'mixed'.*only dicts or no dicts"
        ):
            three(name="mixed", with_items=[{"a": 1}, 2])
        with pytest.raises(DSLError, match=r"task 'keys'.*same keys"):
            three(name="keys", with_items=[{"a": 1}, {"c": 2}])
        with pytest.raises(DSLError, match=r"task 'unknown'.*key 'z' is not a parameter of function 'three'"):
            three(name="unknown", with_items=[{"z": 1}])


not_a_def = lambda: None  # noqa: E731 - a function defined without `def`


def test_a_function_without_def_cannot_be_a_script() -> None:
    with pytest.raises(DSLError, match="is not defined with `def`"):
        Script(name="l", source=not_a_def)._build()


def test_declared_inputs_without_value_from_are_loaded_in_the_source_too() -> None:
    @script(inputs=[Parameter(name="aa", default="x"), Parameter(name="zz", value_from={"path": "/tmp/z"})])
    def report(c, b=2):  # type: ignore[no-untyped-def]
        print(c, b)

    source = report.template._build()["script"]["source"]
    loaded = [
        line.split(" = ")[0].removeprefix("try: ") for line in source.splitlines() if line.startswith("try:")
    ]
    assert loaded == ["aa", "b", "c"]  # sorted, as hera 7 writes them; zz comes from a file


def test_container_checks_name_the_template_derived_from_the_function() -> None:
    def crunch_numbers() -> None:
        pass

    with pytest.raises(DSLError, match=r"template 'crunch-numbers': resources\.requests\.cpu '-1'"):
        Script(source=crunch_numbers, resources={"requests": {"cpu": "-1"}})
    with pytest.raises(DSLError, match=r"template 'crunch-numbers': liveness_probe has success_threshold=3"):
        Script(source=crunch_numbers, liveness_probe={"successThreshold": 3})
