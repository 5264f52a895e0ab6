"""`from_dict` / `from_yaml` / `from_file`: DSL objects out of manifests, and errors that name the field and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from hera.workflows import (
    DAG,
    Container,
    CronWorkflow,
    Parallel,
    Parameter,
    Script,
    Step,
    Steps,
    Suspend,
    Task,
    Workflow,
)
from hera.workflows.exceptions import ManifestLoadError
from tools.testing import assert_schema_valid

MANIFEST = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: loaded-
  labels:
    a: b
spec:
  entrypoint: main
  arguments:
    parameters:
    - name: who
      value: world
  templates:
  - name: main
    failFast: true
    dag:
      failFast: false
      tasks:
      - name: a
        template: hello
        arguments:
          parameters:
          - name: who
            value: "{{workflow.parameters.who}}"
      - name: b
        depends: a
        inline:
          suspend:
            duration: "5"
  - name: hello
    inputs:
      parameters:
      - name: who
    script:
      image: python:3.12
      source: |
        print("hello {{inputs.parameters.who}}")
  - name: steps
    steps:
    - - name: one
        template: hello
    - - name: two
        template: hello
      - name: three
        template: hello
"""


def test_manifest_becomes_dsl_objects() -> None:
    w = Workflow.from_yaml(MANIFEST)
    assert_schema_valid(w.to_dict())
    main, hello, steps = w.templates
    assert isinstance(main, DAG) and isinstance(hello, Script) and isinstance(steps, Steps)
    assert main.template_fail_fast is True and main.dag_fail_fast is False
    assert [type(t) for t in main.tasks] == [Task, Task]
    assert isinstance(main.tasks[1].inline, Suspend)
    assert isinstance(w.arguments[0], Parameter) and w.arguments[0].value == "world"
    assert isinstance(hello.inputs[0], Parameter)
    assert isinstance(steps.steps[0], Step) and isinstance(steps.steps[1], Parallel)
    assert w.labels == {"a": "b"}
    assert w.to_yaml() == MANIFEST.replace(
        '"{{workflow.parameters.who}}"', "'{{workflow.parameters.who}}'"
    ).replace('duration: "5"', "duration: '5'")


def test_loaded_objects_can_be_changed_and_extended() -> None:
    w = Workflow.from_yaml(MANIFEST)
    main = w.templates[0]
    with w, main:
        Task(name="c", template="hello", depends="b")
    main.tasks[0].arguments = {"who": "you"}
    tasks = w.to_dict()["spec"]["templates"][0]["dag"]["tasks"]
    assert tasks[0]["arguments"] == {"parameters": [{"name": "who", "value": "you"}]}
    assert tasks[2] == {"name": "c", "depends": "b", "template": "hello"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "kind: Workflow\nspec:\n  entrypont: x\n",
            r"spec.entrypont \(line 3\): unknown field 'entrypont'; did you mean 'entrypoint'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: x\n    containr: {}\n",
            r"spec.templates\[0\] \(line 4\): a template needs exactly one of",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: x\n    container: {}\n    retries: 3\n",
            r"spec.templates\[0\].retries \(line 6\): unknown field 'retries'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: d\n    dag:\n      tasks:\n      - name: a\n        dependson: [b]\n",
            r"spec.templates\[0\].dag.tasks\[0\].dependson \(line 8\): unknown field 'dependson'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: c\n    container:\n      image: x\n      cmd: [a]\n",
            r"spec.templates\[0\].container.cmd \(line 7\): unknown field 'cmd'",
        ),
        (
            "kind: Workflow\nspec:\n  arguments:\n    parameters:\n    - value: x\n",
            r"spec.arguments.parameters\[0\] \(line 5\): missing required field 'name'",
        ),
        ("kind: Workflow\nspec:\n  templates: {}\n", r"spec.templates \(line 3\): expected a list, got dict"),
        (
            "kind: Workflow\nmetadata:\n  nam: x\n",
            r"metadata.nam \(line 3\): unknown field 'nam'; did you mean 'name'",
        ),
        (
            "kind: CronWorkflow\n",
            r"kind \(line 1\): the manifest is a 'CronWorkflow'; load it with CronWorkflow.from_dict",
        ),
        ("kind: Workflow\nstatus: {}\nextra: 1\n", r"extra \(line 3\): unknown field 'extra'"),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: d\n    dag:\n      tasks: []\n      parallel: true\n",
            r"spec.templates\[0\].dag.parallel \(line 7\): unknown field 'parallel'; valid fields: failFast, target, tasks",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend:\n      seconds: 3\n",
            r"spec.templates\[0\].suspend.seconds \(line 6\): unknown field 'seconds'; valid fields: duration",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend: {}\n    inputs:\n      params: []\n",
            r"spec.templates\[0\].inputs.params \(line 7\): unknown field 'params'; valid fields: artifacts, parameters",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend: {}\n    metadata:\n      label: {}\n",
            r"spec.templates\[0\].metadata.label \(line 7\): unknown field 'label'",
        ),
    ],
)
def test_load_errors_name_the_field_and_line(text: str, message: str) -> None:
    with pytest.raises(ManifestLoadError, match=message):
        Workflow.from_yaml(text)


def test_dict_errors_have_a_path_and_no_line() -> None:
    with pytest.raises(ManifestLoadError) as info:
        Workflow.from_dict(
            {"kind": "Workflow", "spec": {"templates": [{"name": "x", "container": {"imag": "a"}}]}}
        )
    assert info.value.path == ("spec", "templates", 0, "container", "imag")
    assert info.value.line is None
    assert info.value.location == "spec.templates[0].container.imag"
    with pytest.raises(ManifestLoadError, match=r"<document>: expected a mapping, got list"):
        Workflow.from_dict([])  # type: ignore[arg-type]


def test_from_file_names_the_file_in_yaml_syntax_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("kind: Workflow\nspec: [\n")
    with pytest.raises(ValueError, match=r"broken\.yaml"):
        Workflow.from_file(path)


def test_cron_workflow_spec_and_workflow_spec_are_split() -> None:
    cw = CronWorkflow.from_dict(
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "CronWorkflow",
            "metadata": {"name": "c"},
            "spec": {
                "schedules": ["* * * * *"],
                "suspend": True,
                "workflowSpec": {
                    "entrypoint": "t",
                    "suspend": False,
                    "templates": [{"name": "t", "container": {"image": "x"}}],
                },
            },
        }
    )
    assert cw.cron_suspend is True and cw.suspend is False and cw.schedules == ["* * * * *"]
    assert isinstance(cw.templates[0], Container)
    assert cw.to_dict()["spec"]["workflowSpec"]["suspend"] is False


def test_outputs_with_result_are_kept_as_data() -> None:
    w = Workflow.from_dict(
        {
            "kind": "Workflow",
            "spec": {
                "templates": [
                    {"name": "c", "container": {"image": "x"}, "outputs": {"result": "r", "parameters": []}}
                ]
            },
        }
    )
    assert w.to_dict(validate=False)["spec"]["templates"][0]["outputs"] == {"result": "r", "parameters": []}
