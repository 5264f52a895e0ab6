"""The functions behind `Workflow.create()`, `.wait()`, `.lint()`, `.get()`, `.update()`, ... of the DSL."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

import pytest

from hera.shared import BadRequest, NotFound, global_config
from hera.workflows.models.io.argoproj.workflow.v1alpha1 import CronWorkflow, Workflow, WorkflowTemplate
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService, _convenience
from tools.argo_test_server import ArgoTestServer

TEMPLATES = [{"name": "main", "container": {"image": "alpine"}}]


@dataclass
class Obj:
    """Stands in for a DSL object: the attributes and `to_dict()` the convenience functions use."""

    kind: str
    name: str | None = None
    generate_name: str | None = None
    namespace: str | None = None
    workflows_service: Any = None
    labels: dict[str, str] = field(default_factory=dict)
    entrypoint: str = "main"

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] = {}
        for key, value in (
            ("name", self.name),
            ("generateName", self.generate_name),
            ("namespace", self.namespace),
        ):
            if value:
                metadata[key] = value
        if self.labels:
            metadata["labels"] = self.labels
        spec: dict[str, Any] = {"entrypoint": self.entrypoint, "templates": TEMPLATES}
        if self.kind == "CronWorkflow":
            spec = {
                "schedules": ["*/5 * * * *"],
                "workflowSpec": spec,
                "workflowMetadata": {"labels": {"from": "cron"}},
            }
        return {"apiVersion": "argoproj.io/v1alpha1", "kind": self.kind, "metadata": metadata, "spec": spec}


@pytest.fixture
def server() -> Any:
    with ArgoTestServer() as running:
        yield running


@pytest.fixture
def svc(server: ArgoTestServer) -> WorkflowsService:
    return WorkflowsService(host=server.url, namespace="argo")


def test_create_adopts_the_generated_name(svc: WorkflowsService, server: ArgoTestServer) -> None:
    wf = Obj("Workflow", generate_name="hello-", workflows_service=svc)
    created = _convenience.create(wf)
    assert isinstance(created, Workflow)
    assert wf.name == created.metadata.name
    assert wf.name is not None and wf.name.startswith("hello-")
    assert server.calls_of("WorkflowService_CreateWorkflow")[0].path == "/api/v1/workflows/argo"


def test_create_and_wait_logs_progress_until_the_workflow_finishes(
    svc: WorkflowsService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="hera.workflows.service")
    finished = _convenience.create(
        Obj("Workflow", name="job", workflows_service=svc), wait=True, poll_interval=0.01
    )
    assert finished.status.phase == "Succeeded"
    lines = [r.getMessage() for r in caplog.records if r.name == "hera.workflows.service"]
    assert [line.split(", ")[0] for line in lines] == [
        "workflow argo/job: Pending",
        "workflow argo/job: Running",
        "workflow argo/job: Succeeded",
    ]
    assert "3/3 nodes done" in lines[-1]
    assert lines[-1].endswith("s elapsed")


def test_wait_reports_a_failed_workflow_as_finished(svc: WorkflowsService, server: ArgoTestServer) -> None:
    server.store.progress = ("Pending", "Failed")
    wf = Obj("Workflow", name="doomed", workflows_service=svc)
    _convenience.create(wf)
    assert _convenience.wait(wf, poll_interval=0.01).status.phase == "Failed"


def test_wait_times_out_with_the_last_state(svc: WorkflowsService, server: ArgoTestServer) -> None:
    server.store.progress = ("Pending", "Running")  # never finishes
    wf = Obj("Workflow", name="forever", workflows_service=svc)
    _convenience.create(wf)
    with pytest.raises(
        TimeoutError, match=r"workflow argo/forever did not finish within 0.05 s \(last phase: "
    ):
        _convenience.wait(wf, timeout=0.05, poll_interval=0.01)


def test_wait_needs_a_workflow_with_a_name(svc: WorkflowsService) -> None:
    with pytest.raises(ValueError, match="cannot wait for a Workflow without a name"):
        _convenience.wait(Obj("Workflow", generate_name="x-", workflows_service=svc))
    with pytest.raises(TypeError, match="only a Workflow can be waited for, not a CronWorkflow"):
        _convenience.wait(Obj("CronWorkflow", name="c", workflows_service=svc))


def test_lint_returns_the_model_or_raises_the_server_message(svc: WorkflowsService) -> None:
    linted = _convenience.lint(Obj("WorkflowTemplate", name="t", workflows_service=svc))
    assert isinstance(linted, WorkflowTemplate)
    with pytest.raises(BadRequest, match=r"spec\.entrypoint template 'nope' not found"):
        _convenience.lint(Obj("CronWorkflow", name="c", entrypoint="nope", workflows_service=svc))


def test_get_and_update_fetch_the_resource_version(svc: WorkflowsService, server: ArgoTestServer) -> None:
    template = Obj("WorkflowTemplate", name="t", workflows_service=svc)
    _convenience.create(template)
    template.labels = {"v": "2"}
    updated = _convenience.update(template)
    assert updated.metadata.labels == {"v": "2"}
    assert _convenience.get(template).metadata.labels == {"v": "2"}
    calls = [r.operation_id for r in server.requests]
    assert calls[-3:-1] == [
        "WorkflowTemplateService_GetWorkflowTemplate",
        "WorkflowTemplateService_UpdateWorkflowTemplate",
    ]


def test_update_creates_what_the_server_does_not_have(svc: WorkflowsService, server: ArgoTestServer) -> None:
    created = _convenience.update(Obj("CronWorkflow", name="fresh", workflows_service=svc))
    assert created.metadata.name == "fresh"
    assert [r.status for r in server.requests] == [404, 200]
    assert [r.operation_id for r in server.requests] == [
        "CronWorkflowService_GetCronWorkflow",
        "CronWorkflowService_CreateCronWorkflow",
    ]


def test_update_of_a_workflow_is_refused(svc: WorkflowsService) -> None:
    with pytest.raises(TypeError, match="a Workflow cannot be updated"):
        _convenience.update(Obj("Workflow", name="w", workflows_service=svc))


def test_get_of_a_missing_object(svc: WorkflowsService) -> None:
    with pytest.raises(NotFound):
        _convenience.get(Obj("ClusterWorkflowTemplate", name="nope", workflows_service=svc))


@pytest.mark.parametrize("kind", ["WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"])
def test_create_as_workflow_runs_the_spec(svc: WorkflowsService, server: ArgoTestServer, kind: str) -> None:
    created = _convenience.create_as_workflow(
        Obj(kind, name="source", labels={"team": "a"}, workflows_service=svc)
    )
    assert created.metadata.generate_name == "source-"
    assert created.spec.entrypoint == "main"
    expected = {"team": "a", "from": "cron"} if kind == "CronWorkflow" else {"team": "a"}
    assert created.metadata.labels == expected
    assert created.metadata.namespace == "argo"


def test_create_as_workflow_with_a_name_and_wait(svc: WorkflowsService) -> None:
    done = _convenience.create_as_workflow(
        Obj("WorkflowTemplate", name="t", workflows_service=svc), name="run-1", wait=True, poll_interval=0.01
    )
    assert (done.metadata.name, done.status.phase) == ("run-1", "Succeeded")


def test_workflow_links_follow_the_ui_paths(server: ArgoTestServer) -> None:
    svc = WorkflowsService(host=server.url + "/", base_href="/ui/", namespace="argo")
    assert (
        _convenience.get_workflow_link(Obj("Workflow", name="w", workflows_service=svc))
        == f"{server.url}/ui/workflows/argo/w"
    )
    assert _convenience.get_workflow_link(
        Obj("CronWorkflow", name="c", namespace="n", workflows_service=svc)
    ) == (f"{server.url}/ui/cron-workflows/n/c")
    assert _convenience.get_workflow_link(
        Obj("ClusterWorkflowTemplate", name="k", workflows_service=svc)
    ) == (f"{server.url}/ui/cluster-workflow-templates/k")
    global_config.host = "https://argo.example.com"
    assert _convenience.get_workflow_link(Obj("WorkflowTemplate", name="t")) == (
        "https://argo.example.com/workflow-templates/default/t"
    )


def test_an_object_without_a_service_uses_the_global_config(server: ArgoTestServer) -> None:
    global_config.host = server.url
    global_config.namespace = "team"
    created = _convenience.create(Obj("Workflow", name="w"))
    assert created.metadata.namespace == "team"


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(TypeError, match=r"kind 'EventSource'.*expected one of Workflow, WorkflowTemplate"):
        _convenience.create(Obj("EventSource", name="e"))


def test_the_async_twins(server: ArgoTestServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="hera.workflows.service")

    async def run() -> None:
        async with AsyncWorkflowsService(host=server.url, namespace="argo") as service:
            wf = Obj("Workflow", generate_name="a-", workflows_service=service)
            created = await _convenience.create_async(wf)
            assert wf.name == created.metadata.name
            assert (await _convenience.wait_async(wf, poll_interval=0.01)).status.phase == "Succeeded"
            assert (await _convenience.get_async(wf)).status.phase == "Succeeded"
            cron = Obj("CronWorkflow", name="c", workflows_service=service)
            assert isinstance(await _convenience.lint_async(cron), CronWorkflow)
            await _convenience.create_async(cron)
            cron.labels = {"v": "2"}
            assert (await _convenience.update_async(cron)).metadata.labels == {"v": "2"}
            run_ = await _convenience.create_as_workflow_async(cron, wait=True, poll_interval=0.01)
            assert run_.status.phase == "Succeeded"
            with pytest.raises(TimeoutError):
                server.store.progress = ("Running",)
                await _convenience.create_async(Obj("Workflow", name="slow", workflows_service=service))
                await _convenience.wait_async(
                    Obj("Workflow", name="slow", workflows_service=service), timeout=0.03, poll_interval=0.01
                )

    asyncio.run(run())
    assert any("workflow argo/a-" in r.getMessage() for r in caplog.records)


def test_a_sync_call_on_an_object_holding_an_async_service(server: ArgoTestServer) -> None:
    service = AsyncWorkflowsService(host=server.url, namespace="async-ns")
    created = _convenience.create(Obj("Workflow", name="w", workflows_service=service))
    assert created.metadata.namespace == "async-ns"

    async def run() -> Any:
        return await _convenience.get_async(
            Obj(
                "Workflow",
                name="w",
                workflows_service=WorkflowsService(host=server.url, namespace="async-ns"),
            )
        )

    assert asyncio.run(run()).metadata.name == "w"
