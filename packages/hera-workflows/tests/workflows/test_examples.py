"""The project's own examples (examples/*.py) produce the YAML committed next to them, valid for Argo."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
import yaml

from hera.shared._yaml import load
from hera.workflows import ClusterWorkflowTemplate, CronWorkflow, Workflow, WorkflowTemplate
from tools.testing import REPO_ROOT, assert_schema_valid

EXAMPLES = REPO_ROOT / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
CLASSES = {c.kind: c for c in (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow)}


def _workflow(script: Path) -> Workflow:
    namespace = runpy.run_path(str(script), run_name=f"example_{script.stem}")
    return namespace["w"]


def test_there_are_enough_examples_and_each_has_its_yaml() -> None:
    assert len(SCRIPTS) >= 30
    for script in SCRIPTS:
        assert script.with_suffix(".yaml").is_file(), f"{script.name} has no {script.stem}.yaml next to it"


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_example_matches_its_yaml_and_the_schema(script: Path) -> None:
    expected = yaml.safe_load(script.with_suffix(".yaml").read_text())
    manifest = _workflow(script).to_dict()
    assert manifest == expected
    assert_schema_valid(manifest)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_example_yaml_loads_back_into_the_dsl(script: Path) -> None:
    text = script.with_suffix(".yaml").read_text()
    data = load(text)
    obj = CLASSES[data["kind"]].from_yaml(text)
    assert obj.to_dict() == data
    assert load(_workflow(script).to_yaml()) == data


def test_examples_cover_the_dsl_features() -> None:
    source = "\n".join(script.read_text() for script in SCRIPTS)
    features = [
        "@script(",
        "Container(",
        "Script(",
        "DAG(",
        "Steps(",
        "Parallel()",
        ".parallel()",
        "Suspend(",
        "Task(",
        "Step(",
        " >> ",
        " | ",
        " & ",
        ".next(",
        "on=TaskResult",
        ".on_success(",
        ".on_failure(",
        ".on_error(",
        "depends=",
        "when=",
        "with_items=",
        "with_param=",
        "with_sequence=",
        "continue_on=",
        "on_exit=",
        "hooks=",
        "template_ref=",
        "inline=",
        "Parameter(",
        "Artifact(",
        "enum=",
        "description=",
        "global_name=",
        "value_from=",
        "default=",
        ".get_parameter(",
        ".get_artifact(",
        ".result",
        ".status",
        ".exit_code",
        ".get_result_as(",
        "{{item}}",
        "WorkflowTemplate(",
        "ClusterWorkflowTemplate(",
        "CronWorkflow(",
        "schedules=",
        "schedule=",
        "arguments={",
        "arguments=[",
        "from_yaml(",
        "m.Template(",
    ]
    missing = [feature for feature in features if feature not in source]
    assert not missing, f"no example uses {missing}"
