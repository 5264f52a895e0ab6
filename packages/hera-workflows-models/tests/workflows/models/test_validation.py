"""Invalid input fails with a pydantic ValidationError naming the field path, and never with anything else."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import hera.workflows.models as models
from tools import testing
from tools.fuzzing import mutate


def _manifest() -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "x-"},
        "spec": {
            "entrypoint": "main",
            "templates": [
                {"name": "main", "steps": [[{"name": "a", "template": "echo"}]]},
                {
                    "name": "echo",
                    "container": {"image": "alpine", "readinessProbe": {"httpGet": {"port": 80}}},
                },
            ],
        },
    }


@pytest.mark.parametrize(
    ("path", "bad", "loc"),
    [
        (("spec", "templates", 1, "container", "image"), 5, "spec.templates.1.container.image"),
        (("spec", "templates", 1, "container", "readinessProbe", "httpGet", "port"), [80], "httpGet.port"),
        (("spec", "templates", 0, "steps", 0, 0, "name"), {"x": 1}, "spec.templates.0.steps.0.0.name"),
        (("spec", "templates", 1, "container", "imagee"), "typo", "spec.templates.1.container.imagee"),
        (("spec", "parallelism"), "many", "spec.parallelism"),
    ],
)
def test_errors_name_the_field_path(path: tuple[Any, ...], bad: object, loc: str) -> None:
    manifest = _manifest()
    node: Any = manifest
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    with pytest.raises(ValidationError) as info:
        models.Workflow.model_validate(manifest)
    assert loc in str(info.value)
    assert any(loc in ".".join(map(str, error["loc"])) for error in info.value.errors())


def test_a_missing_required_field_is_named() -> None:
    manifest = _manifest()
    manifest["spec"]["arguments"] = {"parameters": [{"value": "1"}]}
    with pytest.raises(ValidationError, match=r"spec\.arguments\.parameters\.0\.name\n  Field required"):
        models.Workflow.model_validate(manifest)


def _examples() -> list[dict[str, Any]]:
    if not testing.WORKFLOWS_EXAMPLES.exists():
        return []
    return [
        doc for _, _, doc in testing.iter_yaml_documents(testing.WORKFLOWS_EXAMPLES, testing.WORKFLOW_KINDS)
    ]


EXAMPLES = _examples()


@pytest.mark.skipif(not EXAMPLES, reason=f"reference material not found: {testing.WORKFLOWS_EXAMPLES}")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_examples_fail_only_with_validation_errors(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(EXAMPLES))
    doc = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        mutate(doc, data)
    model_class = getattr(models, original["kind"])
    try:
        model = model_class.model_validate(doc)
    except ValidationError as error:
        assert all(isinstance(e["loc"], tuple) for e in error.errors())
        return
    # what a model dumps reads back to the same dump (explicit nulls in free-form objects are not kept)
    dumped = model.to_dict()
    assert model_class.model_validate(dumped).to_dict() == dumped
