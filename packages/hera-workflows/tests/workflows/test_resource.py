"""`Resource`: actions, manifests as text / workflow objects / dicts / patches, manifest_from, flags, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.shared._yaml import load
from hera.workflows import Artifact, Container, Parameter, Resource, ValueFrom, Workflow
from hera.workflows import models as m
from hera.workflows.exceptions import DSLError, InvalidType
from hera.workflows.validation import InvalidWorkflowError

SchemaCheck = Callable[[dict[str, Any]], None]


def test_fields_and_outputs(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="job-", entrypoint="make") as w:
        r = Resource(
            name="make",
            action="create",
            manifest="apiVersion: v1\nkind: ConfigMap\n",
            success_condition="status.succeeded > 2",
            failure_condition="status.failed > 1",
            set_owner_reference=True,
            flags=["--validate=false"],
            outputs=[Parameter(name="job-name", value_from=ValueFrom(json_path="{.metadata.name}"))],
        )
    assert r._build() == {
        "name": "make",
        "outputs": {"parameters": [{"name": "job-name", "valueFrom": {"jsonPath": "{.metadata.name}"}}]},
        "resource": {
            "action": "create",
            "failureCondition": "status.failed > 1",
            "manifest": "apiVersion: v1\nkind: ConfigMap\n",
            "setOwnerReference": True,
            "successCondition": "status.succeeded > 2",
            "flags": ["--validate=false"],
        },
    }
    assert_schema_valid(w.to_dict())


def test_manifest_from_a_workflow_object_is_its_validated_yaml(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="child-", entrypoint="main") as child:
        Container(name="main", image="alpine", command=["sleep", "1"])
    with Workflow(generate_name="parent-", entrypoint="create") as w:
        r = Resource(name="create", action="create", manifest=child, set_owner_reference=True)
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    text = manifest["spec"]["templates"][0]["resource"]["manifest"]
    assert load(text) == child.to_dict()
    assert [t["name"] for t in manifest["spec"]["templates"]] == ["create"]
    child.entrypoint = "missing"
    with pytest.raises(InvalidWorkflowError, match="entrypoint"):
        r._build()


def test_manifest_from_dicts_lists_and_models() -> None:
    config_map = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"generateName": "owned-"},
        "data": {"a": "b"},
    }
    text = Resource(name="c", action="create", manifest=config_map)._build()["resource"]["manifest"]
    assert text == "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: owned-\ndata:\n  a: b\n"
    patch = [{"op": "add", "path": "/metadata/labels/foo", "value": "bar"}]
    body = Resource(
        name="p", action="patch", merge_strategy="json", flags=["pod", "x"], manifest=patch
    )._build()
    assert body["resource"]["manifest"] == "- op: add\n  path: /metadata/labels/foo\n  value: bar\n"
    model = m.PersistentVolumeClaim(
        api_version="v1",
        kind="PersistentVolumeClaim",
        metadata=m.ObjectMeta(name="pvc"),
        spec=m.PersistentVolumeClaimSpec(access_modes=["ReadWriteOnce"]),
    )
    text = Resource(name="m", action="apply", manifest=model)._build()["resource"]["manifest"]
    assert load(text) == {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": "pvc"},
        "spec": {"accessModes": ["ReadWriteOnce"]},
    }


def test_manifest_from_an_input_artifact(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="apply-", entrypoint="apply") as w:
        by_name = Resource(
            name="apply",
            action="apply",
            inputs=[Artifact(name="manifest", path="/tmp/manifest.yaml")],
            manifest_from="manifest",
        )
        by_object = Resource(
            name="apply2",
            action="apply",
            inputs=[Artifact(name="manifest", path="/tmp/manifest.yaml")],
            manifest_from=Artifact(name="manifest"),
        )
    assert by_name._build()["resource"] == {
        "action": "apply",
        "manifestFrom": {"artifact": {"name": "manifest"}},
    }
    assert by_object._build()["resource"]["manifestFrom"] == {"artifact": {"name": "manifest"}}
    assert_schema_valid(w.to_dict(validate=False))


def test_delete_and_get_need_no_manifest() -> None:
    r = Resource(name="d", action="delete", flags=["configmap", "--selector", "cleanup=true"])
    assert r._build()["resource"] == {
        "action": "delete",
        "flags": ["configmap", "--selector", "cleanup=true"],
    }
    assert Resource(name="g", action="{{inputs.parameters.verb}}")._build()["resource"]["action"] == (
        "{{inputs.parameters.verb}}"
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {},
            DSLError,
            "Resource 'r': action is required; use one of get, create, apply, delete, replace, patch",
        ),
        (
            {"action": "destroy"},
            DSLError,
            "Resource 'r': action 'destroy' is not valid; use one of get, create",
        ),
        ({"action": 1}, InvalidType, "Resource 'r': action must be a string"),
        ({"action": "create"}, DSLError, "Resource 'r': action 'create' needs a manifest; pass manifest="),
        (
            {"action": "patch", "manifest": "x", "merge_strategy": "smart"},
            DSLError,
            "merge_strategy 'smart' is not valid; use one of strategic, merge, json",
        ),
        (
            {"action": "delete", "flags": "--all"},
            InvalidType,
            r"flags must be a list of strings \(kubectl arguments\); write flags=\['--all'\]",
        ),
        (
            {"action": "create", "manifest": "x", "manifest_from": "m"},
            DSLError,
            "either manifest or manifest_from",
        ),
        ({"action": "create", "manifest": 3}, InvalidType, "manifest must be YAML text, a workflow object"),
        ({"action": "create", "manifest": "x", "set_owner_reference": "yes"}, InvalidType, "True or False"),
        (
            {"action": "apply", "manifest_from": "m"},
            DSLError,
            r"names the artifact 'm', but the template declares no input artifacts; add inputs=\[Artifact",
        ),
        (
            {"action": "apply", "manifest_from": "m", "inputs": [Artifact(name="other", path="/o")]},
            DSLError,
            "'m', which is not an input artifact of this template; its input artifacts: 'other'",
        ),
    ],
)
def test_errors_name_the_template_and_field(kwargs: dict[str, Any], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        Resource(name="r", **kwargs)


def test_loading_round_trips_and_skips_the_dsl_checks() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "r"},
        "spec": {
            "entrypoint": "r",
            "templates": [
                {"name": "r", "resource": {"manifest": "kind: X\n", "action": "create", "flags": ["-v"]}}
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    assert isinstance(w.templates[0], Resource)
    assert w.templates[0].flags == ["-v"]
    assert w.to_dict() == manifest
    assert list(w.to_dict()["spec"]["templates"][0]["resource"]) == ["manifest", "action", "flags"]
