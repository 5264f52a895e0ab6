"""Faults injected by the test server: retries, resets, timeouts, error answers and cut streams."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from hera.shared import (
    AlreadyExists,
    ArgoServerError,
    BadRequest,
    Forbidden,
    NotFound,
    ServerError,
    Unauthorized,
)
from hera.shared._client import (
    NO_RETRY,
    ConnectionFailed,
    ConnectionLost,
    RequestTimeout,
    RetryPolicy,
    StreamInterrupted,
)
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
from tools.argo_test_server import ArgoTestServer

FAST = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)
CREATE = "WorkflowService_CreateWorkflow"
UPDATE_TEMPLATE = "WorkflowTemplateService_UpdateWorkflowTemplate"


def manifest(kind: str, name: str) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "entrypoint": "main",
        "templates": [{"name": "main", "container": {"image": "alpine"}}],
    }
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": kind, "metadata": {"name": name}, "spec": spec}


def statuses(server: ArgoTestServer, operation_id: str) -> list[int | None]:
    return [r.status for r in server.calls_of(operation_id)]


def make(server: ArgoTestServer, token: str, **kwargs: Any) -> WorkflowsService:
    settings: dict[str, Any] = {"timeout": (2, 5), "retry": FAST, **kwargs}
    return WorkflowsService(host=server.url, token=token, namespace="argo", **settings)


def make_async(server: ArgoTestServer, token: str, **kwargs: Any) -> AsyncWorkflowsService:
    settings: dict[str, Any] = {"timeout": (2, 5), "retry": FAST, **kwargs}
    return AsyncWorkflowsService(host=server.url, token=token, namespace="argo", **settings)


# --- retries ---------------------------------------------------------------------------------------------


def test_503_then_success_retries_the_update_and_keeps_one_object(
    argo_server: ArgoTestServer, service: WorkflowsService
) -> None:
    created = service.create_workflow_template(manifest("WorkflowTemplate", "tmpl"))
    body = manifest("WorkflowTemplate", "tmpl")
    body["metadata"].update(resourceVersion=created.metadata.resource_version, labels={"v": "2"})
    argo_server.fail_next(2, operation_id=UPDATE_TEMPLATE)

    updated = service.update_workflow_template("tmpl", body)

    assert updated.metadata.labels == {"v": "2"}
    assert statuses(argo_server, UPDATE_TEMPLATE) == [503, 503, 200]
    listed = service.list_workflow_templates()
    assert [(t.metadata.name, t.metadata.labels) for t in listed.items] == [("tmpl", {"v": "2"})]


def test_a_read_is_retried_after_502_and_504(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    argo_server.fail_next(1, status=502)
    argo_server.fail_next(1, status=504)
    assert service.get_version().version == "v4.1.2"
    assert statuses(argo_server, "InfoService_GetVersion") == [502, 504, 200]


def test_retries_stop_after_the_policy_attempts(
    argo_server: ArgoTestServer, service: WorkflowsService
) -> None:
    argo_server.fail_next(5)
    with pytest.raises(ServerError) as caught:
        service.get_version()
    assert caught.value.status == 503
    assert "unavailable" in caught.value.message
    assert statuses(argo_server, "InfoService_GetVersion") == [503, 503, 503]


def test_a_create_answered_503_is_not_sent_again(
    argo_server: ArgoTestServer, service: WorkflowsService
) -> None:
    argo_server.fail_next(1, operation_id=CREATE)
    with pytest.raises(ServerError):
        service.create_workflow(manifest("Workflow", "once"))
    assert statuses(argo_server, CREATE) == [503]
    assert service.list_workflows().items == []


def test_other_client_errors_are_not_retried(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    with pytest.raises(NotFound):
        service.get_workflow("missing")
    assert statuses(argo_server, "WorkflowService_GetWorkflow") == [404]


# --- resets ----------------------------------------------------------------------------------------------


def test_a_reset_during_create_raises_and_creates_nothing_twice(
    argo_server: ArgoTestServer, service: WorkflowsService
) -> None:
    argo_server.reset_next(CREATE)
    with pytest.raises(ConnectionLost) as caught:
        service.create_workflow({**manifest("Workflow", "x"), "metadata": {"generateName": "job-"}})
    assert caught.value.method == "POST"
    assert caught.value.path == "/api/v1/workflows/argo"
    assert "not sent again" in str(caught.value)
    assert isinstance(caught.value, ConnectionError)
    assert statuses(argo_server, CREATE) == [None]
    stored = [str(w.metadata.name) for w in service.list_workflows().items]
    assert len(stored) == 1 and stored[0].startswith("job-")


def test_a_reset_during_a_read_is_retried(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    service.create_workflow(manifest("Workflow", "hello"))
    argo_server.reset_next("WorkflowService_GetWorkflow")
    assert service.get_workflow("hello").metadata.name == "hello"
    assert statuses(argo_server, "WorkflowService_GetWorkflow") == [None, 200]


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    service = WorkflowsService(host=f"http://127.0.0.1:{port}", namespace="argo", retry=FAST, timeout=1)
    with pytest.raises(ConnectionFailed) as caught:
        service.create_workflow(manifest("Workflow", "x"))
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert "after 3 attempts" in str(caught.value)


# --- timeouts --------------------------------------------------------------------------------------------


def test_a_read_that_never_answers_times_out_without_retrying(
    argo_server: ArgoTestServer, argo_token: str
) -> None:
    service = make(argo_server, argo_token, timeout=(1, 0.3))
    argo_server.hang_next()
    with pytest.raises(RequestTimeout) as caught:
        service.get_info()
    assert "read timeout of 0.3 s" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)
    assert len(argo_server.calls_of("InfoService_GetInfo")) == 1


def test_an_async_read_that_never_answers_times_out(argo_server: ArgoTestServer, argo_token: str) -> None:
    async def run() -> None:
        async with make_async(argo_server, argo_token, timeout=(1, 0.3)) as service:
            argo_server.hang_next()
            with pytest.raises(RequestTimeout, match=r"0\.3 s"):
                await service.get_info()

    asyncio.run(run())
    assert len(argo_server.calls_of("InfoService_GetInfo")) == 1


# --- async retries and resets ----------------------------------------------------------------------------


def test_async_503_retry_and_create_reset(argo_server: ArgoTestServer, argo_token: str) -> None:
    async def run() -> None:
        async with make_async(argo_server, argo_token) as service:
            argo_server.fail_next(2, operation_id="InfoService_GetVersion")
            assert (await service.get_version()).version == "v4.1.2"
            argo_server.reset_next(CREATE)
            with pytest.raises(ConnectionLost, match="not sent again"):
                await service.create_workflow(manifest("Workflow", "once"))
            assert [w.metadata.name for w in (await service.list_workflows()).items] == ["once"]

    asyncio.run(run())
    assert statuses(argo_server, "InfoService_GetVersion") == [503, 503, 200]
    assert statuses(argo_server, CREATE) == [None]


# --- error answers ---------------------------------------------------------------------------------------


def test_400_lint_failure_carries_the_server_message(service: WorkflowsService) -> None:
    broken = manifest("Workflow", "x")
    broken["spec"]["entrypoint"] = "nope"
    with pytest.raises(BadRequest) as caught:
        service.lint_workflow(broken)
    assert caught.value.status == 400
    assert caught.value.message == "spec.entrypoint template 'nope' not found"
    assert (caught.value.method, caught.value.path) == ("POST", "/api/v1/workflows/argo/lint")


def test_400_for_a_body_the_server_refuses(service: WorkflowsService) -> None:
    body = manifest("Workflow", "x")
    body["spec"]["entrypoint_typo"] = "main"
    with pytest.raises(BadRequest, match="entrypoint_typo"):
        service.create_workflow(body)


def test_401_for_a_wrong_token(argo_server: ArgoTestServer) -> None:
    service = WorkflowsService(host=argo_server.url, token="not-the-right-one", namespace="argo", retry=FAST)
    with pytest.raises(Unauthorized) as caught:
        service.list_workflows()
    assert caught.value.status == 401
    assert caught.value.message.startswith("token not valid")
    assert statuses(argo_server, "WorkflowService_ListWorkflows") == [401]


def test_403_for_a_forbidden_namespace(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    argo_server.forbidden_namespaces.add("secret")
    with pytest.raises(Forbidden) as caught:
        service.list_workflows(namespace="secret")
    assert caught.value.status == 403
    assert 'in the namespace "secret"' in caught.value.message
    assert caught.value.path == "/api/v1/workflows/secret"


def test_404_names_the_object(service: WorkflowsService) -> None:
    with pytest.raises(NotFound) as caught:
        service.get_cron_workflow("nightly")
    assert str(caught.value) == (
        '404 Not Found: GET /api/v1/cron-workflows/argo/nightly: cronworkflows.argoproj.io "nightly" not found'
    )


def test_409_for_a_duplicate_and_for_a_stale_update(service: WorkflowsService) -> None:
    service.create_workflow_template(manifest("WorkflowTemplate", "dup"))
    with pytest.raises(AlreadyExists, match='"dup" already exists'):
        service.create_workflow_template(manifest("WorkflowTemplate", "dup"))
    stale = manifest("WorkflowTemplate", "dup")
    stale["metadata"]["resourceVersion"] = "0"
    with pytest.raises(AlreadyExists) as caught:
        service.update_workflow_template("dup", stale)
    assert caught.value.status == 409
    assert "the object has been modified" in caught.value.message


def test_a_plain_text_error_of_the_artifact_server(service: WorkflowsService) -> None:
    service.create_workflow(manifest("Workflow", "hello"))
    with pytest.raises(NotFound) as caught:
        service.get_output_artifact("hello", "hello-0", "missing")
    assert caught.value.message == "artifact 'missing' of node 'hello-0' not found"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500])
def test_async_errors_map_like_the_sync_ones(
    argo_server: ArgoTestServer, argo_token: str, status: int
) -> None:
    expected = {400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 409: AlreadyExists}
    argo_server.fail_next(1, status=status, message=f"injected {status}")

    async def run() -> ArgoServerError:
        async with make_async(argo_server, argo_token, retry=NO_RETRY) as service:
            try:
                await service.get_info()
            except ArgoServerError as error:
                return error
        raise AssertionError("no error raised")

    error = asyncio.run(run())
    assert type(error) is expected.get(status, ServerError)
    assert (error.status, error.message, error.method, error.path) == (
        status,
        f"injected {status}",
        "GET",
        "/api/v1/info",
    )


# --- streams ---------------------------------------------------------------------------------------------


def _seed_logs(server: ArgoTestServer, service: WorkflowsService, lines: int = 5) -> None:
    service.create_workflow(manifest("Workflow", "logs"))
    for index in range(lines):
        server.store.add_log("argo", "logs", "logs-0", f"line {index}")


@pytest.mark.parametrize("ndjson", [False, True], ids=["sse", "ndjson"])
def test_a_stream_cut_in_the_middle_raises(
    argo_server: ArgoTestServer, service: WorkflowsService, ndjson: bool
) -> None:
    argo_server.ndjson_only = ndjson
    _seed_logs(argo_server, service)
    argo_server.cut_next_stream(after_items=2)
    received = []
    with pytest.raises(StreamInterrupted) as caught:
        for entry in service.workflow_logs("logs"):
            received.append(entry.content)
    assert received == ["line 0", "line 1"]
    assert caught.value.path == "/api/v1/workflows/argo/logs/log"


@pytest.mark.parametrize("ndjson", [False, True], ids=["sse", "ndjson"])
def test_a_whole_stream_in_both_formats(
    argo_server: ArgoTestServer, service: WorkflowsService, ndjson: bool
) -> None:
    argo_server.ndjson_only = ndjson
    _seed_logs(argo_server, service)
    assert [entry.content for entry in service.workflow_logs("logs")] == [f"line {i}" for i in range(5)]
    accept = argo_server.calls_of("WorkflowService_WorkflowLogs")[0].accept
    assert accept == "text/event-stream"


def test_a_stream_error_item_is_raised(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    _seed_logs(argo_server, service)
    argo_server.error_next_stream(after_items=3, status=404, message="pod logs-0 not found")
    received = []
    with pytest.raises(NotFound) as caught:
        for entry in service.workflow_logs("logs"):
            received.append(entry.content)
    assert received == ["line 0", "line 1", "line 2"]
    assert caught.value.message == "pod logs-0 not found"


def test_an_async_stream_cut_in_the_middle_raises(argo_server: ArgoTestServer, argo_token: str) -> None:
    sync = make(argo_server, argo_token)
    _seed_logs(argo_server, sync)
    argo_server.cut_next_stream(after_items=1)

    async def run() -> list[str]:
        received: list[str] = []
        async with make_async(argo_server, argo_token) as service:
            with pytest.raises(StreamInterrupted):
                async for entry in service.pod_logs("logs", "logs-0"):
                    received.append(entry.content)
        return received

    assert asyncio.run(run()) == ["line 0"]


def test_a_stream_closed_early_releases_the_connection(
    argo_server: ArgoTestServer, service: WorkflowsService
) -> None:
    _seed_logs(argo_server, service)
    with service.workflow_logs("logs") as stream:
        assert next(stream).content == "line 0"
    assert service.get_version().version == "v4.1.2"


def test_a_stream_connects_only_when_iterated(argo_server: ArgoTestServer, service: WorkflowsService) -> None:
    stream = service.watch_workflows()
    assert argo_server.calls_of("WorkflowService_WatchWorkflows") == []
    assert list(stream) == []
    assert statuses(argo_server, "WorkflowService_WatchWorkflows") == [200]
