"""The declarative schema patches: each fits the pinned schema, applying them is idempotent and pure."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools import schema_patches, testing
from tools.schema_patches import EVENTS, WORKFLOWS, Patch, PatchError

SCHEMA_FILES = {WORKFLOWS: testing.WORKFLOWS_SCHEMA, EVENTS: testing.EVENTS_SCHEMA}


def pinned(project: str) -> dict[str, Any]:
    return schema_patches.load_schema(project, testing.require(SCHEMA_FILES[project]))


@pytest.mark.parametrize(
    "patch",
    [pytest.param(p, id=f"{p.project}:{p.targets[0]}") for p in schema_patches.PATCHES],
)
def test_each_patch_fits_the_pinned_schema(patch: Patch) -> None:
    assert patch.reason.strip(), "every patch says why it exists"
    assert patch.problems(pinned(patch.project)["definitions"]) == []


@pytest.mark.parametrize("project", [WORKFLOWS, EVENTS])
def test_patching_is_idempotent_and_leaves_the_input_alone(project: str) -> None:
    schema = pinned(project)
    original = copy.deepcopy(schema)
    once = schema_patches.patched(project, schema)
    assert schema == original
    assert once != original
    assert schema_patches.patched(project, once) == once


@pytest.mark.parametrize("project", [WORKFLOWS, EVENTS])
def test_every_patch_changes_something(project: str) -> None:
    schema = pinned(project)
    for patch in schema_patches.patches_for(project):
        definitions = copy.deepcopy(schema["definitions"])
        patch.apply(definitions)
        assert definitions != schema["definitions"], f"{patch.targets} is a no-op: {patch.reason}"


def test_a_missing_target_is_an_error_naming_it() -> None:
    patch = Patch(
        WORKFLOWS, ("io.argoproj.workflow.v1alpha1.Nope/properties/x",), "demo", update={"type": "string"}
    )
    with pytest.raises(
        PatchError, match=r"target 'io\.argoproj\.workflow\.v1alpha1\.Nope/properties/x' not found"
    ):
        patch.apply(pinned(WORKFLOWS)["definitions"])
    assert "not found" in patch.problems(pinned(WORKFLOWS)["definitions"])[0]


def test_a_stale_unrequire_is_reported() -> None:
    patch = Patch(WORKFLOWS, ("io.argoproj.workflow.v1alpha1.Parameter",), "demo", unrequire=("value",))
    assert patch.problems(pinned(WORKFLOWS)["definitions"]) == [
        "argo-workflows: io.argoproj.workflow.v1alpha1.Parameter does not require ['value']: demo"
    ]


def test_unknown_project_is_refused() -> None:
    with pytest.raises(ValueError, match="argo-workflows, argo-events"):
        schema_patches.patches_for("argo-cd")


def test_validation_schema_keeps_only_the_validation_patches() -> None:
    schema = schema_patches.validation_schema(WORKFLOWS, testing.require(testing.WORKFLOWS_SCHEMA))
    definitions = schema["definitions"]
    assert definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"]["type"] == ["integer", "string"]
    assert "image" not in definitions["io.k8s.api.core.v1.Container"].get("required", [])
    # codegen-only corrections stay out of the test-time schema
    assert definitions["io.argoproj.workflow.v1alpha1.Parameter"]["properties"]["value"]["type"] == "string"
    assert "additionalProperties" not in definitions["io.argoproj.workflow.v1alpha1.Plugin"]
    assert definitions["io.argoproj.workflow.v1alpha1.Amount"]["type"] == "number"


def _workflow(container: dict[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "x-"},
        "spec": {
            "entrypoint": "main",
            "templates": [{"name": "main", "container": container, "retryStrategy": {"limit": 10}}],
        },
    }


def test_schema_check_accepts_what_argo_accepts_and_still_rejects_wrong_types() -> None:
    testing.require(testing.WORKFLOWS_SCHEMA)
    probe = {"httpGet": {"port": 80, "path": "/"}}
    ok = _workflow({"image": "alpine", "readinessProbe": probe, "resources": {"limits": {"cpu": 1}}})
    assert testing.schema_errors(ok) == []
    bad = _workflow({"image": "alpine", "readinessProbe": {"httpGet": {"port": [80]}}, "args": "not-a-list"})
    errors = testing.schema_errors(bad)
    assert any(e.startswith("$.spec.templates[0].container.readinessProbe.httpGet.port:") for e in errors), (
        errors
    )
    assert any(e.startswith("$.spec.templates[0].container.args:") for e in errors), errors
    numeric_value = _workflow({"image": "alpine"})
    numeric_value["spec"]["arguments"] = {"parameters": [{"name": "n", "value": 1}]}
    assert testing.schema_errors(numeric_value) == [
        "$.spec.arguments.parameters[0].value: 1 is not of type 'string'"
    ]


def test_raw_schema_rejects_what_the_relaxations_fix() -> None:
    import jsonschema

    raw = pinned(WORKFLOWS)
    wrapper = {
        "$ref": "#/definitions/io.argoproj.workflow.v1alpha1.Workflow",
        "definitions": raw["definitions"],
    }
    errors = [
        e.message for e in jsonschema.Draft7Validator(wrapper).iter_errors(_workflow({"image": "alpine"}))
    ]
    assert errors == ["10 is not of type 'string'"]
