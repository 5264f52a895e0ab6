"""Tests of hera.workflows.validation: each check, its message, and no false alarm on Argo's own examples."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from hera.shared import _yaml
from hera.shared.exceptions import HeraError
from hera.workflows._validation_path import parse_path
from hera.workflows.validation import InvalidWorkflowError, Issue, check_manifest, validate_manifest
from tools.testing import WORKFLOWS_EXAMPLES, iter_yaml_documents, require

# --- builders of small manifests ---------------------------------------------------------------------


def leaf(name: str = "leaf", *params: str, **extra: Any) -> dict[str, Any]:
    template: dict[str, Any] = {"name": name}
    if params:
        template["inputs"] = {"parameters": [{"name": p} for p in params]}
    template["container"] = {"image": "alpine", "command": ["echo"]}
    template.update(extra)
    return template


def task(name: str, template: str = "leaf", **extra: Any) -> dict[str, Any]:
    return {"name": name, "template": template, **extra}


def dag(name: str, *tasks: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "dag": {"tasks": list(tasks)}, **extra}


def steps(name: str, *groups: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"name": name, "steps": list(groups), **extra}


def workflow(*templates: dict[str, Any], kind: str = "Workflow", **spec: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"entrypoint": "main", "templates": list(templates)}
    body.update(spec)
    if kind == "CronWorkflow":
        return {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": kind,
            "metadata": {"name": "nightly"},
            "spec": {"schedules": ["0 0 * * *"], "workflowSpec": body},
        }
    metadata = {"generateName": "test-"} if kind == "Workflow" else {"name": "test"}
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": kind, "metadata": metadata, "spec": body}


def args(**values: str) -> dict[str, Any]:
    return {"parameters": [{"name": k, "value": v} for k, v in values.items()]}


def only(manifest: dict[str, Any]) -> Issue:
    """The single issue of a manifest (fails listing them all when there is not exactly one)."""
    issues = validate_manifest(manifest)
    assert len(issues) == 1, "\n".join(map(str, issues)) or "no issue"
    return issues[0]


# --- the valid baseline ------------------------------------------------------------------------------


def valid_manifest() -> dict[str, Any]:
    return workflow(
        dag(
            "main",
            task("a", arguments=args(msg="{{workflow.parameters.greeting}}")),
            task("b", depends="a", arguments=args(msg="{{tasks.a.outputs.result}}")),
            task("c", depends="a.Succeeded || a.Failed", template="pipeline"),
            task("d", depends="b && c", arguments=args(msg="{{tasks.a.outputs.result}}")),
        ),
        leaf("leaf", "msg", container={"image": "alpine", "args": ["{{inputs.parameters.msg}}"]}),
        steps(
            "pipeline",
            [{"name": "first", "template": "leaf", "arguments": args(msg="x")}],
            [{"name": "second", "template": "leaf", "arguments": args(msg="{{steps.first.outputs.result}}")}],
            outputs={
                "parameters": [{"name": "out", "valueFrom": {"parameter": "{{steps.second.outputs.result}}"}}]
            },
        ),
        arguments={"parameters": [{"name": "greeting", "value": "hi"}]},
    )


def test_valid_manifest_has_no_issue() -> None:
    assert validate_manifest(valid_manifest()) == []
    check_manifest(valid_manifest())  # does not raise


@pytest.mark.parametrize("kind", ["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"])
def test_every_kind_is_validated(kind: str) -> None:
    manifest = workflow(dag("main", task("a", template="nope")), leaf(), kind=kind)
    issue = only(manifest)
    prefix = "spec.workflowSpec" if kind == "CronWorkflow" else "spec"
    assert issue.path == f"{prefix}.templates[0].dag.tasks[0].template"
    assert issue.workflow == manifest["metadata"].get("name", "test-")
    assert (issue.template, issue.task) == ("main", "a")
    assert "template 'nope' is not a template of this workflow" in issue.message


def test_the_input_is_not_modified() -> None:
    manifest = workflow(dag("main", task("a", depends="b"), task("a")), leaf())
    before = copy.deepcopy(manifest)
    validate_manifest(manifest)
    assert manifest == before


# --- names --------------------------------------------------------------------------------------------


def test_duplicate_template_names() -> None:
    issue = only(workflow(dag("main", task("a")), leaf(), leaf()))
    assert issue.path == "spec.templates[2].name"
    assert issue.template == "leaf"
    assert (
        issue.message == "template name 'leaf' is already used by templates[1]; template names must be unique"
    )


def test_duplicate_task_names_in_a_dag() -> None:
    issue = only(workflow(dag("main", task("a"), task("b"), task("a")), leaf()))
    assert issue.path == "spec.templates[0].dag.tasks[2].name"
    assert (issue.template, issue.task) == ("main", "a")
    assert "task name 'a' is already used by tasks[0]" in issue.message
    assert "unique within a DAG" in issue.message


def test_duplicate_step_names_across_groups() -> None:
    # Argo keeps one set of step names per template, not per group.
    manifest = workflow(steps("main", [task("a")], [task("b"), task("a")]), leaf())
    issue = only(manifest)
    assert issue.path == "spec.templates[0].steps[1][1].name"
    assert (issue.template, issue.task) == ("main", "a")
    assert "step name 'a' is already used in group [0]" in issue.message
    assert "across all the groups" in issue.message


def test_duplicate_step_names_within_a_group() -> None:
    issue = only(workflow(steps("main", [task("a"), task("a")]), leaf()))
    assert issue.path == "spec.templates[0].steps[0][1].name"


@pytest.mark.parametrize(
    ("metadata", "kind", "path", "fragment"),
    [
        ({"name": "My_Workflow"}, "Workflow", "metadata.name", "is not a valid name: use lower-case letters"),
        ({"name": "My_Workflow"}, "Workflow", "metadata.name", "(e.g. 'my-workflow')"),
        (
            {"name": "-lead"},
            "WorkflowTemplate",
            "metadata.name",
            "starting and ending with a letter or digit",
        ),
        (
            {"name": "a" * 254},
            "WorkflowTemplate",
            "metadata.name",
            "is 254 characters long; the limit is 253",
        ),
        (
            {"name": "a" * 64},
            "Workflow",
            "metadata.name",
            "Argo accepts at most 63 characters for the name of a Workflow",
        ),
        (
            {"name": "a" * 53},
            "CronWorkflow",
            "metadata.name",
            "at most 52 characters for the name of a CronWorkflow",
        ),
        ({"generateName": "Hello-"}, "Workflow", "metadata.generateName", "is not a valid generateName"),
        ({"generateName": "hello_"}, "Workflow", "metadata.generateName", "is not a valid generateName"),
        ({}, "Workflow", "metadata", "metadata needs a name or a generateName"),
    ],
)
def test_invalid_kubernetes_names(metadata: dict[str, str], kind: str, path: str, fragment: str) -> None:
    manifest = workflow(dag("main", task("a")), leaf(), kind=kind)
    manifest["metadata"] = metadata
    issue = only(manifest)
    assert issue.path == path
    assert fragment in issue.message


@pytest.mark.parametrize(
    "metadata",
    [
        {"name": "a" * 63},
        {"name": "my.workflow-1"},
        {"generateName": "hello-world-"},
        {"generateName": "x"},
        {"generateName": "double--"},
        {"generateName": "a" * 100 + "-"},  # Kubernetes shortens a long prefix itself
    ],
)
def test_valid_kubernetes_names(metadata: dict[str, str]) -> None:
    manifest = workflow(dag("main", task("a")), leaf())
    manifest["metadata"] = metadata
    assert validate_manifest(manifest) == []


def test_long_workflow_template_names_are_fine_up_to_253() -> None:
    manifest = workflow(dag("main", task("a")), leaf(), kind="WorkflowTemplate")
    manifest["metadata"]["name"] = "a" * 253
    assert validate_manifest(manifest) == []


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("with_underscore", "template name 'with_underscore' is invalid: use letters, digits and '-'"),
        ("-dash", "starting with a letter or digit"),
        ("has space", "(e.g. 'has-space')"),
        ("a" * 129, "is 129 characters long; the limit is 128"),
    ],
)
def test_invalid_template_names(name: str, fragment: str) -> None:
    issue = only(workflow(dag("main", task("a", template=name)), leaf(name)))
    assert issue.path == "spec.templates[1].name"
    assert fragment in issue.message


def test_names_argo_accepts() -> None:
    # Upper case letters and a leading digit are fine for templates and for tasks of a DAG without depends.
    manifest = workflow(
        dag("main", task("Upper-Case", template="0leaf"), task("1st", template="0leaf")), leaf("0leaf")
    )
    assert validate_manifest(manifest) == []


def test_invalid_task_and_step_names() -> None:
    issues = validate_manifest(workflow(dag("main", task("a.b")), steps("s", [task("c d")]), leaf()))
    assert [(i.path, i.task) for i in issues] == [
        ("spec.templates[0].dag.tasks[0].name", "a.b"),
        ("spec.templates[1].steps[0][0].name", "c d"),
    ]
    assert "task name 'a.b' is invalid" in issues[0].message
    assert "step name 'c d' is invalid" in issues[1].message


def test_missing_names() -> None:
    issues = validate_manifest(
        workflow(dag("main", {"template": "leaf"}), {"container": {"image": "a"}}, leaf())
    )
    assert [(i.path, i.message) for i in issues] == [
        ("spec.templates[1]", "template has no name; every template needs a unique name"),
        ("spec.templates[0].dag.tasks[0]", "task has no name; every task needs a unique name"),
    ]


# --- DAG dependencies ---------------------------------------------------------------------------------


def test_depends_on_a_missing_task_lists_the_tasks_and_suggests() -> None:
    issue = only(
        workflow(dag("main", task("fetch"), task("build"), task("test", depends="biuld && fetch")), leaf())
    )
    assert issue.path == "spec.templates[0].dag.tasks[2].depends"
    assert (issue.template, issue.task) == ("main", "test")
    assert issue.message == (
        "depends on 'biuld', which is not a task of this DAG (did you mean 'build'?); tasks: 'fetch', 'build', 'test'"
    )


def test_dependencies_on_a_missing_task() -> None:
    issue = only(workflow(dag("main", task("a"), task("b", dependencies=["a", "c"])), leaf()))
    assert issue.path == "spec.templates[0].dag.tasks[1].dependencies[1]"
    assert issue.message.startswith("depends on 'c', which is not a task of this DAG")


@pytest.mark.parametrize(
    "expression",
    [
        "a",
        "a && b-c",
        "a.Succeeded || a.Failed",
        "(a.Failed || b-c.Errored) && !a.Skipped",
        "!(a || b-c)",
        "a.Omitted||b-c.Daemoned",
        "  a  &&  ( ( b-c ) )  ",
        "loop.AnySucceeded || loop.AllFailed",
    ],
)
def test_valid_depends_expressions(expression: str) -> None:
    manifest = workflow(
        dag("main", task("a"), task("b-c"), task("loop", withItems=[1, 2]), task("z", depends=expression)),
        leaf(),
    )
    assert validate_manifest(manifest) == []


@pytest.mark.parametrize(
    ("expression", "error"),
    [
        ("a &&", "the expression ends with an operator"),
        ("(a", "1 unclosed '('"),
        ("a)", "unmatched ')' at character 2"),
        ("a b", "expected '&&', '||' or ')' before 'b' at character 3"),
        ("a & b", "unexpected '&' at character 3; use task names, '&&', '||', '!' and parentheses"),
        ("&& a", "expected a task name, '!' or '(' before '&&' at character 2"),
        ("a.", "missing result name after 'a.' at character 2"),
        ("a and b", "expected '&&', '||' or ')' before 'and' at character 5"),
        ("()", "expected a task name, '!' or '(' before ')' at character 2"),
    ],
)
def test_malformed_depends_expressions(expression: str, error: str) -> None:
    issues = validate_manifest(
        workflow(dag("main", task("a"), task("b"), task("z", depends=expression)), leaf())
    )
    syntax = [i for i in issues if "is not a valid expression" in i.message]
    assert len(syntax) == 1, "\n".join(map(str, issues))
    assert syntax[0].path == "spec.templates[0].dag.tasks[2].depends"
    assert syntax[0].message == f'depends "{expression}" is not a valid expression: {error}'


def test_unknown_result_name() -> None:
    issue = only(workflow(dag("main", task("a"), task("b", depends="a.Succeded")), leaf()))
    assert issue.message == (
        "'a.Succeded' uses an unknown result (did you mean 'Succeeded'?); results are Succeeded, Failed, "
        "Errored, Skipped, Omitted, Daemoned, AnySucceeded, AllFailed"
    )


@pytest.mark.parametrize("result", ["AnySucceeded", "AllFailed"])
def test_item_results_need_a_loop(result: str) -> None:
    issue = only(workflow(dag("main", task("a"), task("b", depends=f"a.{result}")), leaf()))
    assert issue.path == "spec.templates[0].dag.tasks[1].depends"
    assert issue.message == (
        f"'a.{result}' applies only to a task with withItems, withParam or withSequence, and task 'a' has none; "
        "use 'a.Succeeded' or 'a.Failed'"
    )


@pytest.mark.parametrize("loop", [{"withItems": [1]}, {"withParam": "[1]"}, {"withSequence": {"count": "2"}}])
def test_item_results_on_a_loop_are_fine(loop: dict[str, Any]) -> None:
    assert (
        validate_manifest(workflow(dag("main", task("a", **loop), task("b", depends="a.AllFailed")), leaf()))
        == []
    )


def test_depends_and_dependencies_in_one_dag() -> None:
    issue = only(
        workflow(dag("main", task("a"), task("b", depends="a"), task("c", dependencies=["a"])), leaf())
    )
    assert issue.path == "spec.templates[0].dag.tasks[2].dependencies"
    assert (issue.template, issue.task) == ("main", "c")
    assert "task uses 'dependencies' while other tasks of this DAG ('b') use 'depends'" in issue.message
    assert 'write depends: "A && B" for dependencies: [A, B]' in issue.message


def test_an_unnamed_task_using_depends_beside_dependencies_is_reported_not_raised() -> None:
    unnamed = {"template": "leaf", "depends": "a"}
    issues = validate_manifest(
        workflow(dag("main", task("a"), unnamed, task("c", dependencies=["a"])), leaf())
    )
    messages = [issue.message for issue in issues]
    assert any("task has no name" in message for message in messages)
    assert any("other tasks of this DAG ('tasks[1]') use 'depends'" in message for message in messages)


def test_task_names_starting_with_a_digit_with_depends() -> None:
    issue = only(workflow(dag("main", task("1a"), task("b", depends="1a")), leaf()))
    assert issue.path == "spec.templates[0].dag.tasks[0].name"
    assert issue.message == (
        "task name '1a' starts with a digit, which Argo rejects in a DAG using depends or dependencies; "
        "start it with a letter"
    )


def test_continue_on_with_depends() -> None:
    manifest = workflow(dag("main", task("a", continueOn={"failed": True}), task("b", depends="a")), leaf())
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.tasks[0].continueOn"
    assert 'depends: "A.Succeeded || A.Failed"' in issue.message


def test_continue_on_with_dependencies_is_fine() -> None:
    manifest = workflow(
        dag("main", task("a", continueOn={"failed": True}), task("b", dependencies=["a"])), leaf()
    )
    assert validate_manifest(manifest) == []


def test_dependency_cycle_is_named() -> None:
    manifest = workflow(
        dag(
            "main",
            task("start"),
            task("A", depends="start && C"),
            task("B", depends="A"),
            task("C", depends="B"),
        ),
        leaf(),
    )
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.tasks[1]"
    assert (issue.template, issue.task) == ("main", "A")
    assert issue.message == (
        "tasks depend on each other in a cycle: A -> B -> C -> A (each task runs after the one before it); "
        "remove one of these dependencies"
    )


def test_self_dependency_and_separate_cycles() -> None:
    manifest = workflow(
        dag(
            "main",
            task("x", depends="x"),
            task("p", dependencies=["q"]),
            task("q", dependencies=["p"]),
        ),
        leaf(),
    )
    # A DAG mixing depends and dependencies is an issue of its own; the cycles are what this test is about.
    cycles = [
        i.message.split(": ", 1)[1].split(" (")[0]
        for i in validate_manifest(manifest)
        if "cycle" in i.message
    ]
    assert cycles == ["x -> x", "p -> q -> p"]


def test_dag_targets() -> None:
    manifest = workflow(dag("main", task("a"), task("b")), leaf())
    manifest["spec"]["templates"][0]["dag"]["target"] = "a c"
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.target"
    assert issue.message.startswith("target names 'c', which is not a task of this DAG")
    manifest["spec"]["templates"][0]["dag"]["target"] = "a b"
    assert validate_manifest(manifest) == []


def test_empty_dag() -> None:
    issue = only(workflow({"name": "main", "dag": {"tasks": []}}))
    assert issue.path == "spec.templates[0].dag.tasks"
    assert issue.message == "a DAG needs at least one task under tasks"


# --- template references ------------------------------------------------------------------------------


def test_entrypoint_that_is_not_a_template() -> None:
    issue = only(workflow(dag("main", task("a")), leaf(), entrypoint="mian"))
    assert issue.path == "spec.entrypoint"
    assert (issue.template, issue.task) == (None, None)
    assert issue.message == (
        "entrypoint 'mian' is not a template of this workflow (did you mean 'main'?); templates: 'leaf', 'main'"
    )


def test_missing_entrypoint() -> None:
    manifest = workflow(leaf("only"))
    del manifest["spec"]["entrypoint"]
    issue = only(manifest)
    assert issue.path == "spec.entrypoint"
    assert (
        issue.message
        == "entrypoint is required: set it to the template to run first (e.g. 'only'); templates: 'only'"
    )
    # A WorkflowTemplate may be a library of templates reached through templateRef.
    template = workflow(leaf("only"), kind="WorkflowTemplate")
    del template["spec"]["entrypoint"]
    assert validate_manifest(template) == []


def test_step_template_that_does_not_exist() -> None:
    issue = only(workflow(steps("main", [task("a", template="lef")]), leaf()))
    assert issue.path == "spec.templates[0].steps[0][0].template"
    assert (issue.template, issue.task) == ("main", "a")
    assert (
        issue.message
        == "template 'lef' is not a template of this workflow (did you mean 'leaf'?); templates: 'leaf', 'main'"
    )


def test_template_ref_and_inline_need_no_local_template() -> None:
    manifest = workflow(
        dag(
            "main",
            {"name": "a", "templateRef": {"name": "other-wft", "template": "whatever"}},
            {"name": "b", "inline": {"container": {"image": "alpine"}}},
        )
    )
    assert validate_manifest(manifest) == []


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({}, "spec.templates[0].dag.tasks[0]", "task calls no template; set template, templateRef or inline"),
        (
            {"template": "leaf", "templateRef": {"name": "w", "template": "t"}},
            "spec.templates[0].dag.tasks[0].templateRef",
            "task sets template and templateRef; set exactly one of template, templateRef and inline",
        ),
        (
            {"templateRef": {"name": "w"}},
            "spec.templates[0].dag.tasks[0].templateRef",
            "templateRef has no template: set it to the template's name",
        ),
    ],
)
def test_what_a_task_calls(fields: dict[str, Any], path: str, message: str) -> None:
    issue = only(workflow(dag("main", {"name": "a", **fields}), leaf()))
    assert (issue.path, issue.message) == (path, message)


def test_on_exit_naming_a_missing_template() -> None:
    issues = validate_manifest(
        workflow(
            dag("main", task("a", onExit="cleanup")),
            steps("s", [task("b", onExit="clean")]),
            leaf(),
            onExit="exit",
        )
    )
    assert [(i.path, i.task) for i in issues] == [
        ("spec.onExit", None),
        ("spec.templates[0].dag.tasks[0].onExit", "a"),
        ("spec.templates[1].steps[0][0].onExit", "b"),
    ]
    assert issues[0].message.startswith("onExit template 'exit' is not a template of this workflow")


def test_hooks() -> None:
    manifest = workflow(
        dag("main", task("a", hooks={"exit": {"template": "gone"}, "running": {"template": "leaf"}})),
        leaf(),
        hooks={
            "exit": {"template": "leaf"},
            "success": {"template": "leaf", "expression": 'workflow.status == "Succeeded"'},
        },
    )
    issues = validate_manifest(manifest)
    assert [(i.path, i.task) for i in issues] == [
        ("spec.templates[0].dag.tasks[0].hooks.exit.template", "a"),
        ("spec.templates[0].dag.tasks[0].hooks.running", "a"),
    ]
    assert issues[0].message == (
        "hook 'exit': template 'gone' is not a template of this workflow; templates: 'leaf', 'main'"
    )
    assert issues[1].message == (
        "hook 'running' has no expression; every hook other than 'exit' needs one "
        '(e.g. expression: steps["a"].status == "Running")'
    )


# --- loops --------------------------------------------------------------------------------------------


def test_with_sequence_with_count_and_end() -> None:
    issue = only(workflow(dag("main", task("a", withSequence={"count": "3", "end": "5"})), leaf()))
    assert issue.path == "spec.templates[0].dag.tasks[0].withSequence"
    assert issue.message == (
        "withSequence sets both count and end; set count (how many items) or end (the last number), not both"
    )


def test_more_than_one_loop() -> None:
    issue = only(workflow(steps("main", [task("a", withItems=[1], withSequence={"count": "2"})]), leaf()))
    assert issue.path == "spec.templates[0].steps[0][0].withSequence"
    assert issue.message == (
        "step sets withItems and withSequence; a step loops over only one of withItems, withParam and withSequence"
    )


def test_empty_with_items_is_no_loop() -> None:
    # Argo treats `withItems: []` as no loop, so it does not conflict with withParam.
    assert validate_manifest(workflow(dag("main", task("a", withItems=[], withParam="[1]")), leaf())) == []


# --- template types -----------------------------------------------------------------------------------


def test_template_without_a_type() -> None:
    issue = only(workflow(dag("main", task("a")), {"name": "leaf", "inputs": {}}))
    assert issue.path == "spec.templates[1]"
    assert issue.message == (
        "template 'leaf' has no type: set exactly one of container, script, dag, steps, resource, suspend, "
        "containerSet, data, http, plugin"
    )


def test_template_with_two_types() -> None:
    issue = only(workflow(dag("main", task("a")), leaf(suspend={})))
    assert issue.path == "spec.templates[1].suspend"
    assert issue.message.startswith(
        "template 'leaf' sets 2 template types (container, suspend); set exactly one"
    )


def test_inline_template_is_checked_too() -> None:
    manifest = workflow(
        dag(
            "main",
            {"name": "a", "inline": {"container": {"image": "a", "args": ["{{inputs.parameters.x}}"]}}},
        )
    )
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.tasks[0].inline.container.args[0]"
    assert (issue.template, issue.task) == ("main", "a")
    assert "the inline template of 'a' declares no input parameters" in issue.message


# --- workflowTemplateRef ------------------------------------------------------------------------------


def test_workflow_template_ref_alone_is_valid() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "from-ref-"},
        "spec": {
            "workflowTemplateRef": {"name": "my-template"},
            "arguments": {"parameters": [{"name": "x", "value": "{{workflow.parameters.y}}"}]},
        },
    }
    assert validate_manifest(manifest) == []


def test_workflow_template_ref_with_templates() -> None:
    manifest = workflow(leaf("main"), workflowTemplateRef={"name": "my-template"})
    issue = only(manifest)
    assert issue.path == "spec.templates"
    assert issue.message.startswith("templates cannot be used together with workflowTemplateRef")


# --- references ---------------------------------------------------------------------------------------


def test_reference_to_an_undeclared_input_parameter() -> None:
    template = leaf(
        "leaf", "message", container={"image": "a", "args": ["echo {{ inputs.parameters.mesage }}"]}
    )
    issue = only(workflow(dag("main", task("a")), template))
    assert issue.path == "spec.templates[1].container.args[0]"
    assert (issue.template, issue.task) == ("leaf", None)
    assert issue.message == (
        "'{{inputs.parameters.mesage}}' refers to input parameter 'mesage', which template 'leaf' does not declare "
        "(did you mean 'message'?); declared: 'message'"
    )


def test_reference_to_an_undeclared_input_artifact() -> None:
    template = leaf("leaf", container={"image": "a", "args": ["cat {{inputs.artifacts.data.path}}"]})
    issue = only(workflow(dag("main", task("a")), template))
    assert issue.message == (
        "'{{inputs.artifacts.data.path}}' refers to input artifact 'data', but template 'leaf' declares no "
        "input artifacts; declare it under inputs.artifacts"
    )


def test_references_that_are_fine() -> None:
    template = leaf(
        "leaf",
        "p",
        inputs={"parameters": [{"name": "p"}], "artifacts": [{"name": "data", "path": "/tmp/d"}]},
        container={
            "image": "a",
            "args": [
                "{{inputs.parameters.p}} {{inputs.artifacts.data.path}} {{inputs.parameters}}",
                "{{=inputs.parameters.undeclared}} {{ =sprig.trim(inputs.parameters.x) }}",  # expressions: not checked
                "{{pod.name}} {{workflow.name}} {{tasks.name}} {{steps.name}} {{item}} {{workflow.parameters.json}}",
                "{{workflow.parameters.{{inputs.parameters.p}}}}",
            ],
        },
    )
    assert validate_manifest(workflow(dag("main", task("a", arguments=args(p="1"))), template)) == []


def test_reference_in_a_mapping_key() -> None:
    template = leaf("leaf", metadata={"labels": {"{{inputs.parameters.key}}": "v"}})
    issue = only(workflow(dag("main", task("a")), template))
    assert issue.path == 'spec.templates[1].metadata.labels["{{inputs.parameters.key}}"]'
    assert issue.message.startswith("'{{inputs.parameters.key}}' refers to input parameter 'key'")


def test_template_defaults_inputs_count_as_declared() -> None:
    template = leaf("leaf", container={"image": "a", "args": ["{{inputs.parameters.common}}"]})
    manifest = workflow(
        dag("main", task("a")), template, templateDefaults={"inputs": {"parameters": [{"name": "common"}]}}
    )
    assert validate_manifest(manifest) == []


def test_reference_to_a_task_that_does_not_exist() -> None:
    manifest = workflow(
        dag("main", task("a"), task("b", depends="a", when="{{tasks.x.outputs.result}} == 1")), leaf()
    )
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.tasks[1].when"
    assert issue.message == (
        "'{{tasks.x.outputs.result}}' refers to task 'x', which is not a task of this DAG; tasks: 'a', 'b'"
    )


def test_reference_to_a_task_that_is_not_a_dependency() -> None:
    manifest = workflow(
        dag("main", task("a"), task("b", arguments=args(msg="{{tasks.a.outputs.result}}"))),
        leaf("leaf", "msg"),
    )
    issue = only(manifest)
    assert issue.path == "spec.templates[0].dag.tasks[1].arguments.parameters[0].value"
    assert (issue.template, issue.task) == ("main", "b")
    assert issue.message.startswith(
        "'{{tasks.a.outputs.result}}' refers to task 'a', which task 'b' does not depend on; add 'a' to its depends"
    )


def test_task_references_through_transitive_dependencies_and_hooks() -> None:
    manifest = workflow(
        dag(
            "main",
            task("a"),
            task("b", dependencies=["a"]),
            task(
                "c",
                dependencies=["b"],
                arguments=args(msg="{{tasks.a.outputs.result}}"),
                hooks={"exit": {"template": "leaf", "arguments": args(msg="{{tasks.c.status}}")}},
            ),
            outputs={"parameters": [{"name": "o", "valueFrom": {"parameter": "{{tasks.c.outputs.result}}"}}]},
        ),
        leaf("leaf", "msg"),
    )
    assert validate_manifest(manifest) == []


def test_task_referring_to_its_own_outputs() -> None:
    issue = only(workflow(dag("main", task("a", when="{{tasks.a.status}} == Failed")), leaf()))
    assert (
        issue.message == "'{{tasks.a.status}}' refers to the task's own outputs, which only its hooks can use"
    )


def test_reference_to_a_step_that_does_not_exist() -> None:
    manifest = workflow(
        steps("main", [task("a")], [task("b", arguments=args(msg="{{steps.c.outputs.result}}"))]),
        leaf("leaf", "msg"),
    )
    issue = only(manifest)
    assert issue.path == "spec.templates[0].steps[1][0].arguments.parameters[0].value"
    assert issue.message == (
        "'{{steps.c.outputs.result}}' refers to step 'c', which is not a step of this template; steps: 'a', 'b'"
    )


@pytest.mark.parametrize(
    ("groups", "relation"),
    [
        ([[task("a", when="{{steps.b.outputs.result}} == x"), task("b")]], "of the same group"),
        ([[task("a", when="{{steps.b.outputs.result}} == x")], [task("b")]], "of a later group ([1])"),
    ],
)
def test_reference_to_a_step_of_the_same_or_a_later_group(
    groups: list[list[dict[str, Any]]], relation: str
) -> None:
    issue = only(workflow(steps("main", *groups), leaf()))
    assert issue.path == "spec.templates[0].steps[0][0].when"
    assert (issue.template, issue.task) == ("main", "a")
    assert issue.message == (
        f"'{{{{steps.b.outputs.result}}}}' refers to step 'b' {relation}, but a step sees only the outputs of "
        "steps in earlier groups; move 'b' to a group before [0]"
    )
    assert str(issue).startswith(
        "workflow 'test-', template 'main', step 'a' (spec.templates[0].steps[0][0].when): "
    )


def test_tasks_and_steps_references_in_the_wrong_kind_of_template() -> None:
    issues = validate_manifest(
        workflow(
            steps("main", [task("a", arguments=args(msg="{{tasks.a.outputs.result}}"))]),
            dag("d", task("t", arguments=args(msg="{{steps.t.outputs.result}}"))),
            leaf("leaf", "msg", container={"image": "a", "args": ["{{steps.a.outputs.result}}"]}),
        )
    )
    assert [i.path for i in issues] == [
        "spec.templates[0].steps[0][0].arguments.parameters[0].value",
        "spec.templates[1].dag.tasks[0].arguments.parameters[0].value",
        "spec.templates[2].container.args[0]",
    ]
    assert "refers to a DAG task, but this is a steps template: use {{steps.<name>...}}" in issues[0].message
    assert "refers to a step, but this is a DAG template: use {{tasks.<name>...}}" in issues[1].message
    assert issues[2].message == (
        "'{{steps.a.outputs.result}}' refers to a step, which only works in a steps template; "
        "pass the value to this template as an input parameter instead"
    )


def test_reference_to_an_undefined_workflow_parameter() -> None:
    manifest = workflow(
        dag("main", task("a", arguments=args(msg="{{workflow.parameters.mesage}}"))),
        leaf("leaf", "msg"),
        arguments={"parameters": [{"name": "message", "value": "hi"}]},
        podMetadata={"labels": {"owner": "{{workflow.parameters.owner}}"}},
    )
    issues = validate_manifest(manifest)
    assert [(i.path, i.template, i.task) for i in issues] == [
        ("spec.podMetadata.labels.owner", None, None),
        ("spec.templates[0].dag.tasks[0].arguments.parameters[0].value", "main", "a"),
    ]
    assert issues[1].message == (
        "'{{workflow.parameters.mesage}}' refers to workflow parameter 'mesage', which spec.arguments.parameters "
        "does not define (did you mean 'message'?); defined: 'message'"
    )


def test_workflow_parameters_of_a_workflow_template_are_not_checked() -> None:
    # A WorkflowTemplate's templates reached through templateRef see the calling Workflow's parameters.
    manifest = workflow(
        leaf("main", container={"image": "a", "args": ["{{workflow.parameters.any}}"]}),
        kind="WorkflowTemplate",
    )
    assert validate_manifest(manifest) == []


# --- shapes, the error, the issue ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("manifest", "path", "message"),
    [
        ([], "", "a manifest must be a mapping, not list"),
        (
            {"kind": "Pod"},
            "kind",
            "kind 'Pod' is not one of Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow",
        ),
        (
            {"kind": "Workflow", "metadata": {"name": "a"}},
            "spec",
            "a Workflow needs spec, a mapping with the templates",
        ),
        (
            {"kind": "CronWorkflow", "metadata": {"name": "a"}, "spec": {}},
            "spec.workflowSpec",
            "a CronWorkflow needs spec.workflowSpec, a mapping with the templates",
        ),
    ],
)
def test_malformed_manifests_are_reported_not_raised(manifest: Any, path: str, message: str) -> None:
    issue = only(manifest)
    assert (issue.path, issue.message) == (path, message)


def test_check_manifest_raises_with_every_issue() -> None:
    manifest = workflow(dag("main", task("a", depends="b"), task("a")), leaf(), entrypoint="nope")
    with pytest.raises(InvalidWorkflowError) as info:
        check_manifest(manifest)
    error = info.value
    assert isinstance(error, HeraError) and isinstance(error, ValueError)
    assert error.issues == tuple(validate_manifest(manifest))
    lines = str(error).splitlines()
    assert lines[0] == "workflow 'test-' is invalid (3 problems):"
    assert lines[1:] == [f"  - {issue}" for issue in error.issues]
    assert lines[2] == (
        "  - workflow 'test-', template 'main', task 'a' (spec.templates[0].dag.tasks[1].name): "
        "task name 'a' is already used by tasks[0]; task names must be unique within a DAG"
    )
    copy_of = pickle.loads(pickle.dumps(error))
    assert copy_of.issues == error.issues and str(copy_of) == str(error)


def test_issue_is_frozen() -> None:
    issue = Issue("spec", "w", None, None, "m")
    with pytest.raises(AttributeError):
        issue.message = "other"  # type: ignore[misc]
    assert str(issue) == "workflow 'w' (spec): m"


def test_issue_paths_locate_the_yaml_line() -> None:
    manifest = workflow(
        dag("main", task("a"), task("b", depends="a && zz")),
        leaf(),
    )
    manifest["metadata"]["annotations"] = {"workflows.argoproj.io/description": "x\ny\n"}
    text = _yaml.dump(manifest)
    issue = only(manifest)
    line = _yaml.locate(text, parse_path(issue.path))
    assert line is not None
    assert text.splitlines()[line - 1].strip() == "depends: a && zz"


# --- Argo's own examples ------------------------------------------------------------------------------

# Upstream examples that Kubernetes itself rejects: their metadata has neither a name nor a generateName
# (the intended `generateName`/`name` line is indented into `labels` / an annotation by mistake).
REJECTED_UPSTREAM = {
    "fun-with-gifs.yaml": "metadata needs a name or a generateName",
    "k8s-jobs.yaml": "metadata needs a name or a generateName",
}


def test_upstream_examples_have_no_issue() -> None:
    root = require(WORKFLOWS_EXAMPLES)
    kinds = {"Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"}
    checked = 0
    for name, index, doc in iter_yaml_documents(root, kinds):
        issues = validate_manifest(doc)
        checked += 1
        if name in REJECTED_UPSTREAM:
            assert [i.message for i in issues] == [REJECTED_UPSTREAM[name]], name
        else:
            assert issues == [], f"{name} document {index}:\n" + "\n".join(map(str, issues))
    assert checked > 200


def test_upstream_examples_with_a_broken_reference_are_caught() -> None:
    # The checks do look into real manifests: break one reference in each DAG example and expect an issue.
    root = require(WORKFLOWS_EXAMPLES)
    broken = 0
    for name, _, doc in iter_yaml_documents(root, {"Workflow"}):
        for i, template in enumerate(doc["spec"].get("templates", [])):
            tasks = template.get("dag", {}).get("tasks", [])
            if tasks and "template" in tasks[0]:
                mutated = copy.deepcopy(doc)
                mutated["spec"]["templates"][i]["dag"]["tasks"][0]["template"] = "no-such-template"
                paths = [issue.path for issue in validate_manifest(mutated)]
                assert f"spec.templates[{i}].dag.tasks[0].template" in paths, name
                broken += 1
    assert broken > 20
