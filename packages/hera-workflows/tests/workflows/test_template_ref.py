"""`TemplateRef` and `WorkflowTemplateRef`: manifest output, calling a reference in a DAG or Steps, loading
back, class defaults and hooks, the references a WorkflowTemplate makes of itself, and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import (
    DAG,
    ClusterWorkflowTemplate,
    Container,
    CronWorkflow,
    Parallel,
    Parameter,
    Step,
    Steps,
    Task,
    TemplateRef,
    Workflow,
    WorkflowTemplate,
    WorkflowTemplateRef,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError, InvalidTemplateCall
from tools.testing import assert_schema_valid


def test_template_ref_writes_cluster_scope_only_when_given() -> None:
    assert plain(TemplateRef(name="lib", template="print")) == {"name": "lib", "template": "print"}
    assert plain(TemplateRef(name="lib", template="print", cluster_scope=True)) == {
        "name": "lib",
        "template": "print",
        "clusterScope": True,
    }
    assert plain(WorkflowTemplateRef(name="lib")) == {"name": "lib"}
    assert plain(WorkflowTemplateRef(name="lib", cluster_scope=False)) == {
        "name": "lib",
        "clusterScope": False,
    }


def test_calling_a_reference_makes_tasks_and_steps() -> None:
    ref = TemplateRef(name="lib", template="print-message", cluster_scope=True)
    with Workflow(generate_name="refs-", entrypoint="main") as w:
        with DAG(name="main"):
            a = ref(name="a", arguments={"message": "A"})
            b = ref(arguments={"message": "B"}, name="b")
            a >> b
        with Steps(name="steps") as steps:
            first = ref()
            with Parallel():
                ref(name="x", when=f"{first.result} == ok")
                Step(name="y", template_ref=ref)
    assert isinstance(a, Task) and isinstance(first, Step)
    assert a.template_ref is ref and a.template is None
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    main, steps_out = manifest["spec"]["templates"]
    assert main["dag"]["tasks"] == [
        {
            "name": "a",
            "arguments": {"parameters": [{"name": "message", "value": "A"}]},
            "templateRef": {"name": "lib", "template": "print-message", "clusterScope": True},
        },
        {
            "name": "b",
            "depends": "a",
            "arguments": {"parameters": [{"name": "message", "value": "B"}]},
            "templateRef": {"name": "lib", "template": "print-message", "clusterScope": True},
        },
    ]
    groups = steps_out["steps"]
    assert [[s["name"] for s in g] for g in groups] == [["print-message"], ["x", "y"]]
    assert groups[1][0]["when"] == "{{steps.print-message.outputs.result}} == ok"
    assert all(s["templateRef"]["name"] == "lib" for g in groups for s in g)
    assert steps.name == "steps"


def test_workflow_template_ref_on_workflow_and_cron_workflow() -> None:
    w = Workflow(
        generate_name="run-",
        arguments={"message": "hi"},
        workflow_template_ref=WorkflowTemplateRef(name="lib", cluster_scope=True),
    )
    cron = CronWorkflow(
        name="nightly", schedules=["0 1 * * *"], workflow_template_ref=WorkflowTemplateRef(name="lib")
    )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"] == {
        "arguments": {"parameters": [{"name": "message", "value": "hi"}]},
        "workflowTemplateRef": {"name": "lib", "clusterScope": True},
    }
    cron_manifest = cron.to_dict()
    assert_schema_valid(cron_manifest)
    assert cron_manifest["spec"]["workflowSpec"] == {"workflowTemplateRef": {"name": "lib"}}


def test_a_loaded_manifest_with_references_round_trips() -> None:
    ref = TemplateRef(name="lib", template="print", cluster_scope=True)
    with Workflow(generate_name="refs-", entrypoint="main") as w, DAG(name="main"):
        ref(name="a")
    manifest = w.to_dict()
    loaded = Workflow.from_dict(manifest)
    assert loaded.to_dict() == manifest


def test_models_and_dicts_are_still_accepted() -> None:
    with Workflow(generate_name="refs-", entrypoint="main") as w, DAG(name="main"):
        Task(name="a", template_ref=m.TemplateRef(name="lib", template="t"))
        Task(name="b", template_ref={"name": "lib", "template": "t", "clusterScope": True})
    tasks = w.to_dict()["spec"]["templates"][0]["dag"]["tasks"]
    assert [t["templateRef"] for t in tasks] == [
        {"name": "lib", "template": "t"},
        {"name": "lib", "template": "t", "clusterScope": True},
    ]


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(TemplateRef, cluster_scope=True)

    @global_config.register_pre_build_hook
    def namespaced(ref: WorkflowTemplateRef) -> WorkflowTemplateRef:
        return dataclasses.replace(ref, name=f"team-{ref.name}")

    assert plain(TemplateRef(name="lib", template="t"))["clusterScope"] is True
    assert "clusterScope" in plain(TemplateRef(name="lib", template="t", cluster_scope=False))
    assert plain(WorkflowTemplateRef(name="lib")) == {"name": "team-lib"}


def test_workflow_templates_make_references_to_themselves() -> None:
    with WorkflowTemplate(name="library") as library:
        printer = Container(name="print-message", inputs=[Parameter(name="message")], image="busybox")
    with ClusterWorkflowTemplate(name="cluster-library") as cluster_library:
        Container(name="print-message", image="busybox")
    assert library.get_template_ref("print-message") == TemplateRef(name="library", template="print-message")
    assert library.get_template_ref(printer) == TemplateRef(name="library", template="print-message")
    assert cluster_library.get_template_ref("print-message") == TemplateRef(
        name="cluster-library", template="print-message", cluster_scope=True
    )
    assert library.get_workflow_template_ref() == WorkflowTemplateRef(name="library")
    assert cluster_library.get_workflow_template_ref() == WorkflowTemplateRef(
        name="cluster-library", cluster_scope=True
    )


def test_reference_errors_name_the_place_and_what_is_valid() -> None:
    with WorkflowTemplate(name="library") as library:
        Container(name="print-message", image="busybox")
    with pytest.raises(
        DSLError,
        match=r"workflow 'library': no template named 'print' to reference; its "
        r"templates: 'print-message'",
    ):
        library.get_template_ref("print")
    nameless = WorkflowTemplate(generate_name="lib-")
    with pytest.raises(DSLError, match="workflow 'lib-': a WorkflowTemplate needs name= to be referenced"):
        nameless.get_workflow_template_ref()
    with pytest.raises(DSLError, match=r"TemplateRef\(name='lib'\): template must be a non-empty string"):
        TemplateRef(name="lib", template="")
    with pytest.raises(DSLError, match="WorkflowTemplateRef: name must be a non-empty string"):
        WorkflowTemplateRef(name=None)  # type: ignore[arg-type]


def test_calling_a_reference_outside_a_dag_or_steps_is_an_error() -> None:
    ref = TemplateRef(name="lib", template="print")
    with pytest.raises(
        InvalidTemplateCall, match="template 'print' of 'lib' was called outside a DAG or Steps"
    ):
        ref(name="a")
    with Workflow(name="w"), pytest.raises(InvalidTemplateCall, match="workflow 'w': the reference"):
        ref(name="a")
    with Workflow(name="w"), DAG(name="main"):
        with pytest.raises(InvalidTemplateCall, match="keyword arguments only"):
            ref("a")
        with pytest.raises(InvalidTemplateCall, match="do not pass template="):
            ref(name="a", template="other")
