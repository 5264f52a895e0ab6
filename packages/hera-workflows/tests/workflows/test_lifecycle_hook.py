"""`LifecycleHook` on workflows, steps and tasks: template objects written by name and added to the workflow,
arguments, template references, loading back, class defaults and hooks, and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import (
    DAG,
    HTTP,
    Container,
    LifecycleHook,
    Parameter,
    Steps,
    TemplateRef,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid

NOTIFY_URL = "https://example.com/notify"


def test_workflow_hooks_add_their_templates_to_the_workflow() -> None:
    notify = HTTP(name="notify", url=NOTIFY_URL)
    with Workflow(
        generate_name="hooks-",
        entrypoint="main",
        hooks={
            "exit": LifecycleHook(template=notify),
            "running": LifecycleHook(template=notify, expression='workflow.status == "Running"'),
        },
    ) as w:
        work = Container(name="work", image="busybox")
        with Steps(name="main"):
            work(name="run")
    manifest = w.to_dict()
    assert manifest["spec"]["hooks"] == {
        "exit": {"template": "notify"},
        "running": {"expression": 'workflow.status == "Running"', "template": "notify"},
    }
    assert [t["name"] for t in manifest["spec"]["templates"]] == ["work", "main", "notify"]
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_step_and_task_hooks_with_arguments() -> None:
    with Workflow(generate_name="hooks-", entrypoint="main") as w:
        report = Container(name="report", inputs=[Parameter(name="message")], image="busybox")
        produce = Container(
            name="produce", image="busybox", outputs=[Parameter(name="result", value_from={"path": "/tmp/r"})]
        )
        with DAG(name="main"):
            a = produce(name="a")
            a.hooks = {
                "exit": LifecycleHook(template=report, arguments={"message": a.get_parameter("result")})
            }
    manifest = w.to_dict()
    main = next(t for t in manifest["spec"]["templates"] if t["name"] == "main")
    task = main["dag"]["tasks"][0]
    assert task["hooks"] == {
        "exit": {
            "template": "report",
            "arguments": {
                "parameters": [{"name": "message", "value": "{{tasks.a.outputs.parameters.result}}"}]
            },
        }
    }
    assert_schema_valid(manifest)


def test_a_hook_template_used_only_by_a_step_is_added() -> None:
    cleanup = Container(name="cleanup", image="busybox")
    with Workflow(generate_name="hooks-", entrypoint="main") as w:
        work = Container(name="work", image="busybox")
        with Steps(name="main"):
            work(name="run", hooks={"exit": LifecycleHook(template=cleanup)})
    names = [t["name"] for t in w.to_dict()["spec"]["templates"]]
    assert "cleanup" in names


def test_template_names_and_references() -> None:
    assert plain(LifecycleHook(template="cleanup")) == {"template": "cleanup"}
    assert plain(LifecycleHook(template_ref=TemplateRef(name="lib", template="notify"), expression="x")) == {
        "expression": "x",
        "templateRef": {"name": "lib", "template": "notify"},
    }


def test_models_and_dicts_are_still_accepted() -> None:
    with Workflow(
        generate_name="hooks-",
        entrypoint="main",
        hooks={
            "exit": m.LifecycleHook(template="work"),
            "running": {"template": "work", "expression": "true"},
        },
    ) as w:
        Container(name="main", image="busybox")
        Container(name="work", image="busybox")
    assert w.to_dict()["spec"]["hooks"] == {
        "exit": {"template": "work"},
        "running": {"template": "work", "expression": "true"},
    }


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(LifecycleHook, expression='workflow.status == "Running"')
    assert plain(LifecycleHook(template="t")) == {
        "template": "t",
        "expression": 'workflow.status == "Running"',
    }

    @global_config.register_pre_build_hook
    def quiet(hook: LifecycleHook) -> LifecycleHook:
        return dataclasses.replace(hook, expression="false")

    assert plain(LifecycleHook(template="t")) == {"template": "t", "expression": "false"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, r"LifecycleHook: give template= \(a template or its name\) or template_ref=, not neither"),
        ({"template": "a", "template_ref": {"name": "l", "template": "t"}}, "not both"),
        ({"template": "a", "expression": ""}, "expression must be a non-empty expression"),
    ],
)
def test_bad_hooks(kwargs: dict, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        LifecycleHook(**kwargs)


def test_a_nameless_template_cannot_be_a_hook() -> None:
    nameless = Container(image="busybox")
    with pytest.raises(DSLError, match=r"LifecycleHook: the template .* has no name; give it name="):
        plain(LifecycleHook(template=nameless))


def test_a_hook_without_expression_is_reported_by_validation() -> None:
    with Workflow(
        generate_name="hooks-", entrypoint="main", hooks={"running": LifecycleHook(template="main")}
    ) as w:
        Container(name="main", image="busybox")
    with pytest.raises(InvalidWorkflowError, match="hook 'running' has no expression"):
        w.to_dict()
