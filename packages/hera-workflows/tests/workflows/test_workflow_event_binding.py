"""`WorkflowEventBinding`: building, loading back, references to templates, and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import (
    ClusterWorkflowTemplate,
    Parameter,
    ValueFrom,
    WorkflowEventBinding,
    WorkflowTemplate,
    WorkflowTemplateRef,
)
from hera.workflows.exceptions import DSLError, InvalidType, ManifestLoadError

SchemaCheck = Callable[[dict[str, Any]], None]


def test_binding_with_arguments_from_the_event(assert_schema_valid: SchemaCheck) -> None:
    binding = WorkflowEventBinding(
        name="event-consumer",
        labels={"team": "ci"},
        event_selector='payload.appellation != ""',
        workflow_template_ref="event-consumer",
        arguments=[Parameter(name="appellation", value_from=ValueFrom(event="payload.appellation"))],
        submit_metadata={"labels": {"from": "event"}},
    )
    manifest = binding.to_dict()
    assert manifest == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "WorkflowEventBinding",
        "metadata": {"name": "event-consumer", "labels": {"team": "ci"}},
        "spec": {
            "event": {"selector": 'payload.appellation != ""'},
            "submit": {
                "workflowTemplateRef": {"name": "event-consumer"},
                "arguments": {
                    "parameters": [{"name": "appellation", "valueFrom": {"event": "payload.appellation"}}]
                },
                "metadata": {"labels": {"from": "event"}},
            },
        },
    }
    assert_schema_valid(manifest)
    assert binding.build().spec.event.selector == 'payload.appellation != ""'
    assert "kind: WorkflowEventBinding" in binding.to_yaml()


def test_template_objects_and_refs() -> None:
    template = WorkflowTemplate(name="ci", entrypoint="main")
    cluster = ClusterWorkflowTemplate(name="shared", entrypoint="main")
    ref = lambda value: WorkflowEventBinding(  # noqa: E731
        name="b", event_selector="true", workflow_template_ref=value
    ).to_dict()["spec"]["submit"]["workflowTemplateRef"]
    assert ref(template) == {"name": "ci"}
    assert ref(cluster) == {"name": "shared", "clusterScope": True}
    assert ref(WorkflowTemplateRef(name="x", cluster_scope=True)) == {"name": "x", "clusterScope": True}
    assert "submit" not in WorkflowEventBinding(name="b", event_selector="true").to_dict()["spec"]


def test_namespace_default_and_class_defaults() -> None:
    global_config.namespace = "argo"
    global_config.set_class_defaults(WorkflowEventBinding, labels={"owner": "me"})
    manifest = WorkflowEventBinding(name="b", event_selector="true").to_dict()
    assert manifest["metadata"] == {"name": "b", "namespace": "argo", "labels": {"owner": "me"}}


def test_errors() -> None:
    with pytest.raises(DSLError, match="WorkflowEventBinding 'b': event_selector is required"):
        WorkflowEventBinding(name="b")
    with pytest.raises(
        DSLError, match="arguments are passed to the workflow submitted; give workflow_template_ref"
    ):
        WorkflowEventBinding(name="b", event_selector="true", arguments={"a": "1"})
    with pytest.raises(TypeError, match="unknown argument 'selector'"):
        WorkflowEventBinding(name="b", selector="true")
    with pytest.raises(DSLError, match="name is required"):
        WorkflowEventBinding(event_selector="true").to_dict()
    with pytest.raises(DSLError, match="'Bad_Name' is not a valid name"):
        WorkflowEventBinding(name="Bad_Name", event_selector="true").to_dict()
    assert WorkflowEventBinding(name="Bad_Name", event_selector="true").to_dict(validate=False)[
        "metadata"
    ] == {"name": "Bad_Name"}
    with pytest.raises(InvalidType, match="workflow_template_ref must be a WorkflowTemplate"):
        WorkflowEventBinding(name="b", event_selector="true", workflow_template_ref=3).to_dict()
    with pytest.raises(DSLError, match="has no name; give it name="):
        WorkflowEventBinding(
            name="b", event_selector="true", workflow_template_ref=WorkflowTemplate(generate_name="x-")
        ).to_dict()


def test_loading_round_trips_in_order() -> None:
    manifest = {
        "kind": "WorkflowEventBinding",
        "apiVersion": "argoproj.io/v1alpha1",
        "metadata": {"namespace": "argo", "name": "b"},
        "spec": {
            "submit": {
                "arguments": {"parameters": [{"valueFrom": {"event": "payload.x"}, "name": "x"}]},
                "workflowTemplateRef": {"name": "t"},
            },
            "event": {"selector": "true"},
        },
    }
    binding = WorkflowEventBinding.from_dict(manifest)
    assert binding.event_selector == "true"
    assert binding.to_dict() == manifest
    assert list(binding.to_dict()["spec"]) == ["submit", "event"]
    assert WorkflowEventBinding.from_yaml(binding.to_yaml()).to_dict() == manifest


def test_loading_errors_name_the_field() -> None:
    with pytest.raises(ManifestLoadError, match=r"spec\.event\.selectr: unknown field 'selectr'"):
        WorkflowEventBinding.from_dict({"metadata": {"name": "b"}, "spec": {"event": {"selectr": "x"}}})
    with pytest.raises(ManifestLoadError, match="not a WorkflowEventBinding"):
        WorkflowEventBinding.from_dict({"kind": "Workflow"})
    with pytest.raises(ManifestLoadError, match=r"spec\.submit\.template: unknown field"):
        WorkflowEventBinding.from_dict({"spec": {"event": {"selector": "x"}, "submit": {"template": "t"}}})
