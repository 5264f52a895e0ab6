"""The DSL's own `create()`, `wait()`, `lint()`, `update()`, ... methods, through the client, on the test server."""

from __future__ import annotations

import asyncio

from hera.shared import global_config
from hera.workflows import (
    AsyncWorkflowsService,
    Container,
    CronWorkflow,
    Workflow,
    WorkflowsService,
    WorkflowTemplate,
)
from tools.argo_test_server import ArgoTestServer


def test_a_dsl_workflow_is_created_waited_for_and_linked(
    argo_server: ArgoTestServer, argo_token: str
) -> None:
    service = WorkflowsService(host=argo_server.url, token=argo_token, namespace="argo")
    with Workflow(generate_name="hello-", entrypoint="main", workflows_service=service) as workflow:
        Container(name="main", image="alpine:3", command=["echo", "hello"])
    created = workflow.create()
    assert workflow.name == created.metadata.name
    assert str(workflow.name).startswith("hello-")
    finished = workflow.wait(poll_interval=0.01)
    assert finished.status.phase == "Succeeded"
    assert workflow.get_workflow_link() == f"{argo_server.url}/workflows/argo/{workflow.name}"
    sent = argo_server.calls_of("WorkflowService_CreateWorkflow")[0].body
    assert sent == {
        "namespace": "argo",
        "workflow": workflow.to_dict() | {"metadata": {"generateName": "hello-"}},
    }


def test_dsl_templates_are_linted_created_updated_and_run(
    argo_server: ArgoTestServer, argo_token: str
) -> None:
    global_config.host = argo_server.url
    global_config.token = argo_token
    global_config.namespace = "team"
    with WorkflowTemplate(name="greet", entrypoint="main") as template:
        Container(name="main", image="alpine:3")
    assert template.lint().metadata.name == "greet"
    template.create()
    template.labels = {"v": "2"}
    assert template.update().metadata.labels == {"v": "2"}
    run = template.create_as_workflow(wait=True, poll_interval=0.01)
    assert (run.metadata.namespace, run.status.phase) == ("team", "Succeeded")
    with CronWorkflow(name="nightly", schedules=["0 3 * * *"], entrypoint="main") as cron:
        Container(name="main", image="alpine:3")
    assert cron.create().spec.schedules == ["0 3 * * *"]
    assert cron.get().metadata.namespace == "team"


def test_the_async_dsl_methods(argo_server: ArgoTestServer, argo_token: str) -> None:
    async def run() -> str | None:
        async with AsyncWorkflowsService(host=argo_server.url, token=argo_token, namespace="argo") as service:
            with Workflow(generate_name="async-", entrypoint="main", workflows_service=service) as workflow:
                Container(name="main", image="alpine:3")
            await workflow.create_async()
            done = await workflow.wait_async(poll_interval=0.01)
            return done.status.phase

    assert asyncio.run(run()) == "Succeeded"
