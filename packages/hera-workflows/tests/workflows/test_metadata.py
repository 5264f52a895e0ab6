"""`Metadata`, `WorkflowMetadata` and `LabelValueFrom`: pod, template and workflow metadata values."""

from __future__ import annotations

import pytest

from hera.workflows import (
    Container,
    CronWorkflow,
    LabelValueFrom,
    Metadata,
    Parameter,
    Workflow,
    WorkflowMetadata,
    WorkflowTemplate,
)
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_output() -> None:
    assert plain(Metadata(labels={"app": "demo"}, annotations={"a": "b"})) == {
        "annotations": {"a": "b"},
        "labels": {"app": "demo"},
    }
    metadata = WorkflowMetadata(
        labels={"team": "data"},
        labels_from={"env": "workflow.parameters.env", "foo": LabelValueFrom(expression="workflow.name")},
    )
    assert plain(metadata) == {
        "labels": {"team": "data"},
        "labelsFrom": {
            "env": {"expression": "workflow.parameters.env"},
            "foo": {"expression": "workflow.name"},
        },
    }
    assert metadata.labels_from == {
        "env": LabelValueFrom(expression="workflow.parameters.env"),
        "foo": LabelValueFrom(expression="workflow.name"),
    }


def test_pod_template_and_workflow_metadata_in_manifests() -> None:
    with Workflow(
        generate_name="meta-",
        entrypoint="main",
        arguments=[Parameter(name="env", value="dev")],
        pod_metadata=Metadata(labels={"app": "demo"}),
        workflow_metadata=WorkflowMetadata(labels_from={"env": "workflow.parameters.env"}),
    ) as w:
        Container(
            name="main",
            image="alpine",
            metadata=Metadata(annotations={"sidecar.istio.io/inject": "false"}),
            labels={"tier": "batch"},
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["podMetadata"] == {"labels": {"app": "demo"}}
    assert manifest["spec"]["workflowMetadata"] == {
        "labelsFrom": {"env": {"expression": "workflow.parameters.env"}}
    }
    assert manifest["spec"]["templates"][0]["metadata"] == {
        "annotations": {"sidecar.istio.io/inject": "false"},
        "labels": {"tier": "batch"},
    }
    assert Workflow.from_dict(manifest).to_dict() == manifest

    template = WorkflowTemplate(
        name="wt",
        entrypoint="main",
        templates=[Container(name="main", image="alpine")],
        workflow_metadata=WorkflowMetadata(labels={"from": "template"}),
    )
    template_manifest = template.to_dict()
    assert_schema_valid(template_manifest)
    assert template_manifest["spec"]["workflowMetadata"] == {"labels": {"from": "template"}}

    cron = CronWorkflow(
        name="cron",
        schedules=["* * * * *"],
        entrypoint="main",
        templates=[Container(name="main", image="alpine")],
        cron_workflow_metadata=WorkflowMetadata(annotations={"note": "cron"}),
    )
    cron_manifest = cron.to_dict()
    assert_schema_valid(cron_manifest)
    assert cron_manifest["spec"]["workflowMetadata"] == {"annotations": {"note": "cron"}}


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Metadata(labels={"n": 1}),
            r"Metadata: labels\['n'\] must be a string, got 1; write it as a string",
        ),
        (lambda: Metadata(annotations=["a"]), r"Metadata: annotations must be a dict of strings to strings"),
        (lambda: Metadata(labels={"": "x"}), r"Metadata: labels keys must be non-empty strings"),
        (
            lambda: WorkflowMetadata(labels_from=["env"]),
            r"WorkflowMetadata: labels_from must map label names",
        ),
        (
            lambda: WorkflowMetadata(labels_from={"env": None}),
            r"WorkflowMetadata: labels_from\['env'\] is None",
        ),
        (
            lambda: WorkflowMetadata(labels_from={"env": "{{workflow.parameters.env}}"}),
            r"WorkflowMetadata: labels_from\['env'\]: LabelValueFrom: expression '\{\{workflow.parameters.env\}\}' is "
            r"wrapped in '\{\{...\}\}'; give the bare expression, e.g. 'workflow.parameters.env'",
        ),
        (lambda: LabelValueFrom(expression=""), r"LabelValueFrom: expression must be a non-empty string"),
        (
            lambda: WorkflowMetadata(labels_from={"env": Metadata()}),
            r"WorkflowMetadata: labels_from\['env'\] must be a LabelValueFrom, an expression string",
        ),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
