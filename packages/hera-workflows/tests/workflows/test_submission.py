"""The service methods of the DSL objects, end to end against the local Argo test server."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import Container, CronWorkflow, Workflow, WorkflowsService, WorkflowTemplate
from tools.argo_test_server.pytest_plugin import argo_server, argo_token
from tools.argo_test_server.server import ArgoTestServer

__all__ = ["argo_server", "argo_token"]


@pytest.fixture
def configured(argo_server: ArgoTestServer, argo_token: str) -> ArgoTestServer:
    global_config.host = argo_server.url
    global_config.token = argo_token
    global_config.namespace = "argo"
    return argo_server


def _hello(cls: type = Workflow, **kwargs: object) -> Workflow:
    with cls(entrypoint="hello", **kwargs) as w:  # type: ignore[operator]
        Container(name="hello", image="busybox", command=["echo", "hello"])
    return w


def test_workflow_create_lint_get_and_link(configured: ArgoTestServer) -> None:
    w = _hello(generate_name="hello-")
    w.lint()
    created = w.create()
    assert created.metadata.name.startswith("hello-")
    assert w.name == created.metadata.name  # the server's name is taken over
    assert w.get().metadata.name == w.name
    assert w.get_workflow_link() == f"{configured.url}/workflows/argo/{w.name}"


def test_templates_create_update_and_run_as_workflows(configured: ArgoTestServer) -> None:
    wt = _hello(WorkflowTemplate, name="library")
    wt.create()
    assert wt.get().metadata.name == "library"
    wt.labels = {"changed": "yes"}
    assert wt.update().metadata.labels == {"changed": "yes"}
    run = wt.create_as_workflow()
    assert run.metadata.name.startswith("library-")


def test_cron_workflow_create_and_an_explicit_service(configured: ArgoTestServer, argo_token: str) -> None:
    service = WorkflowsService(host=configured.url, token=argo_token, namespace="argo")
    cw = _hello(CronWorkflow, name="nightly", schedules=["0 2 * * *"], workflows_service=service)
    assert cw.create().metadata.name == "nightly"
    assert cw.get().spec.schedules == ["0 2 * * *"]
    assert cw.create_as_workflow().metadata.name.startswith("nightly-")
