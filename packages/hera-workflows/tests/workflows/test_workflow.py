"""`Workflow`: fields, template registration, global config, hooks, serialization and the service methods."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from hera.shared import global_config
from hera.shared._yaml import load
from hera.workflows import DAG, Container, Script, Steps, Task, Volume, Workflow
from hera.workflows import models as m
from hera.workflows.exceptions import TemplateNameConflict
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def test_metadata_and_spec_fields_are_snake_case_keywords() -> None:
    w = Workflow(
        generate_name="fields-",
        namespace="ns",
        labels={"a": "b"},
        annotations={"c": "d"},
        entrypoint="main",
        active_deadline_seconds=10,
        pod_gc=m.PodGC(strategy="OnPodSuccess"),
        volume_claim_gc={"strategy": "OnWorkflowCompletion"},
        ttl_strategy=m.TTLStrategy(seconds_after_success=5),
        image_pull_secrets=["one", m.LocalObjectReference(name="two")],
        templates=[Container(name="main", image="busybox")],
    )
    manifest = w.to_dict()
    assert manifest == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {
            "generateName": "fields-",
            "namespace": "ns",
            "annotations": {"c": "d"},
            "labels": {"a": "b"},
        },
        "spec": {
            "activeDeadlineSeconds": 10,
            "entrypoint": "main",
            "imagePullSecrets": [{"name": "one"}, {"name": "two"}],
            "templates": [{"name": "main", "container": {"image": "busybox"}}],
            "podGC": {"strategy": "OnPodSuccess"},
            "ttlStrategy": {"secondsAfterSuccess": 5},
            "volumeClaimGC": {"strategy": "OnWorkflowCompletion"},
        },
    }
    assert_schema_valid(manifest)


def test_unknown_keyword_suggests_the_closest_field() -> None:
    with pytest.raises(
        TypeError, match=r"Workflow\(name='w'\): unknown argument 'entry_point'; did you mean entrypoint"
    ):
        Workflow(name="w", entry_point="main")


def test_namespace_and_service_account_default_to_global_config() -> None:
    global_config.namespace = "team"
    global_config.service_account_name = "runner"
    w = Workflow(name="w", entrypoint="c", templates=[Container(name="c", image="busybox")])
    manifest = w.to_dict()
    assert manifest["metadata"]["namespace"] == "team"
    assert manifest["spec"]["serviceAccountName"] == "runner"
    explicit = Workflow(name="w", namespace="other", service_account_name="sa")
    assert explicit.namespace == "other"
    assert explicit.service_account_name == "sa"


def test_api_version_comes_from_global_config() -> None:
    global_config.api_version = "argoproj.io/v1beta1"
    assert Workflow(name="w").to_dict(validate=False)["apiVersion"] == "argoproj.io/v1beta1"


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(Container, image="alpine:3.20")
    global_config.set_class_defaults(Workflow, labels={"team": "x"})

    @global_config.register_pre_build_hook
    def add_resources(container: Container) -> Container:
        container.resources = {"requests": {"cpu": "100m"}}
        return container

    @global_config.register_pre_build_hook
    def stamp(workflow: Workflow) -> Workflow:
        workflow.annotations = {"stamped": "yes"}
        return workflow

    with Workflow(name="w", entrypoint="c") as w:
        Container(name="c")
        Container(name="d", image="explicit")
    manifest = w.to_dict()
    assert manifest["metadata"] == {"name": "w", "annotations": {"stamped": "yes"}, "labels": {"team": "x"}}
    containers = [t["container"] for t in manifest["spec"]["templates"]]
    assert containers == [
        {"image": "alpine:3.20", "resources": {"requests": {"cpu": "100m"}}},
        {"image": "explicit", "resources": {"requests": {"cpu": "100m"}}},
    ]


def test_templates_are_registered_once_in_order_of_use() -> None:
    shared = Container(name="shared", image="busybox")
    with Workflow(name="w", entrypoint="first") as w:
        early = Container(name="early", image="busybox")
        with DAG(name="first"):
            shared(name="a")
            shared(name="b")
            early(name="c")
        with Steps(name="second"):
            shared(name="s")
    assert [t.name for t in w.templates] == ["early", "first", "shared", "second"]
    assert [t["name"] for t in w.to_dict()["spec"]["templates"]] == ["early", "first", "shared", "second"]


def test_templates_used_by_tasks_are_found_at_build_time() -> None:
    used = Container(name="used", image="busybox")
    exit_handler = Container(name="bye", image="busybox")
    dag = DAG(name="main", tasks=[Task(name="t", template=used)])
    w = Workflow(name="w", entrypoint="main", templates=[dag], on_exit=exit_handler)
    assert [t["name"] for t in w.to_dict()["spec"]["templates"]] == ["main", "bye", "used"]
    assert w.to_dict()["spec"]["onExit"] == "bye"
    assert w.templates == [dag]


def test_a_different_template_with_a_taken_name_names_the_workflow() -> None:
    with Workflow(name="wf", entrypoint="c"):
        Container(name="c", image="busybox")
        Container(name="c", image="busybox")  # identical: accepted once
        with pytest.raises(
            TemplateNameConflict, match=r"workflow 'wf': two different templates are named 'c'"
        ):
            Container(name="c", image="alpine")


def test_raw_models_and_dicts_are_accepted_as_templates() -> None:
    raw = m.Template(name="raw", container=m.Container(image="busybox"))
    with (
        Workflow(name="w", entrypoint="main", templates=[raw, {"name": "d", "suspend": {}}]) as w,
        DAG(name="main"),
    ):
        Task(name="t", template=raw)
        Task(name="u", template={"name": "d"})
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["templates"][0] == {"container": {"image": "busybox"}, "name": "raw"}
    assert manifest["spec"]["templates"][1] == {"name": "d", "suspend": {}}
    assert [t["template"] for t in manifest["spec"]["templates"][2]["dag"]["tasks"]] == ["raw", "d"]


def test_validation_runs_by_default_and_can_be_skipped() -> None:
    w = Workflow(name="w", entrypoint="missing", templates=[Container(name="c", image="busybox")])
    with pytest.raises(InvalidWorkflowError, match="missing"):
        w.to_dict()
    with pytest.raises(InvalidWorkflowError):
        w.to_yaml()
    assert w.to_dict(validate=False)["spec"]["entrypoint"] == "missing"
    assert "entrypoint: missing" in w.to_yaml(validate=False)


def test_build_returns_the_generated_model() -> None:
    w = Workflow(name="w", entrypoint="c", templates=[Container(name="c", image="busybox")])
    model = w.build()
    assert isinstance(model, m.Workflow)
    assert model.to_dict() == w.to_dict()


def test_to_yaml_and_to_file(tmp_path: Path) -> None:
    w = Workflow(generate_name="hello-", entrypoint="c", templates=[Container(name="c", image="busybox")])
    path = w.to_file(tmp_path / "out")
    assert path == tmp_path / "out" / "hello.yaml"
    assert load(path.read_text()) == w.to_dict()
    assert w.to_file(tmp_path, name="custom.yml").name == "custom.yml"
    named = Workflow(name="named", entrypoint="c", templates=[Container(name="c", image="busybox")])
    assert named.to_file(tmp_path).name == "named.yaml"


def test_repr_names_the_workflow() -> None:
    assert repr(Workflow(generate_name="x-")) == "Workflow(generate_name='x-', templates=0)"


class _Recorder(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("hera.workflows.service._convenience")
        self.calls: list[tuple[str, Any, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)

        def record(obj: Any, **kwargs: Any) -> Any:
            self.calls.append((name, obj, kwargs))
            return f"{name}-result"

        async def record_async(obj: Any, **kwargs: Any) -> Any:
            return record(obj, **kwargs)

        return record_async if name.endswith("_async") else record


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    import hera.workflows.service as service

    fake = _Recorder()
    monkeypatch.setitem(sys.modules, "hera.workflows.service._convenience", fake)
    monkeypatch.setattr(service, "_convenience", fake, raising=False)
    return fake


def test_service_methods_delegate_to_the_convenience_module(recorder: _Recorder) -> None:
    import asyncio

    from hera.workflows import WorkflowTemplate

    w = Workflow(name="w")
    assert w.create(wait=True, poll_interval=1) == "create-result"
    assert w.wait(timeout=3) == "wait-result"
    assert w.lint() == "lint-result"
    assert w.get_workflow_link() == "get_workflow_link-result"
    assert asyncio.run(w.create_async()) == "create_async-result"
    t = WorkflowTemplate(name="t")
    assert t.create_as_workflow(generate_name="x-") == "create_as_workflow-result"
    assert t.get() == "get-result"
    assert t.update() == "update-result"
    assert asyncio.run(t.get_async()) == "get_async-result"
    assert recorder.calls[0] == ("create", w, {"wait": True, "poll_interval": 1})
    assert recorder.calls[1] == ("wait", w, {"timeout": 3, "poll_interval": 5})
    assert ("create_as_workflow", t, {"generate_name": "x-"}) in recorder.calls
    assert Workflow(name="x", workflows_service="svc").workflows_service == "svc"


def test_exiting_a_context_after_an_error_leaves_no_stale_context() -> None:
    from hera.workflows import _context

    with pytest.raises(RuntimeError), Workflow(name="w"), DAG(name="d"):
        raise RuntimeError("boom")
    assert _context.current() is None


def test_script_registered_inside_a_workflow_context() -> None:
    with Workflow(name="w", entrypoint="s") as w:
        Script(name="s", source="print(1)")
    assert w.to_dict()["spec"]["templates"][0]["script"]["source"] == "print(1)"


def test_a_pre_build_hook_must_return_a_workflow() -> None:
    from hera.workflows.exceptions import DSLError

    @global_config.register_pre_build_hook
    def broken(workflow: Workflow) -> Any:
        return "not a workflow"

    with pytest.raises(DSLError, match=r"pre-build hook returned a str for workflow 'w'"):
        Workflow(name="w").to_dict(validate=False)


def test_a_nameless_on_exit_template_names_the_workflow() -> None:
    from hera.workflows.exceptions import DSLError

    w = Workflow(name="wf", entrypoint="c", on_exit=Container(image="busybox"))
    with pytest.raises(DSLError, match=r"workflow 'wf': the on_exit template has no name"):
        w.to_dict(validate=False)


def test_a_second_build_sees_templates_added_after_the_first() -> None:
    with Workflow(generate_name="w-", entrypoint="a") as w:
        Container(name="a", image="alpine")
    assert "volumeClaimTemplates" not in w.to_dict()["spec"]
    with w:
        Container(name="b", image="alpine", volumes=[Volume(name="data", size="1Gi", mount_path="/data")])
    claims = w.to_dict()["spec"]["volumeClaimTemplates"]
    assert [claim["metadata"]["name"] for claim in claims] == ["data"]


def test_a_used_template_clashing_with_a_listed_one_is_an_error() -> None:
    listed = Container(name="a", image="one")
    used = Container(name="a", image="two")
    with DAG(name="main") as dag:
        used(name="t")
    w = Workflow(generate_name="w-", entrypoint="main", templates=[listed, dag])
    with pytest.raises(TemplateNameConflict, match="two different templates are named 'a'"):
        w.to_dict()
