"""The strict test server itself: it refuses what the Argo Server would not accept, in Argo's error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tools import specs
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.handlers import HANDLERS
from tools.argo_test_server.store import KINDS

WORKFLOW: dict[str, Any] = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Workflow",
    "metadata": {"generateName": "hello-"},
    "spec": {"entrypoint": "main", "templates": [{"name": "main", "container": {"image": "alpine"}}]},
}


@pytest.fixture
def server() -> Iterator[ArgoTestServer]:
    with ArgoTestServer(token="t0ken") as running:
        yield running


def send(
    server: ArgoTestServer, method: str, path: str, body: Any = None, **kwargs: Any
) -> requests.Response:
    headers = {"Authorization": "Bearer t0ken", **kwargs.pop("headers", {})}
    if body is not None and not isinstance(body, bytes):
        body = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    return requests.request(method, server.url + path, data=body, headers=headers, timeout=5, **kwargs)


def refused(response: requests.Response, status: int, code: int, fragment: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message"}
    assert body["code"] == code
    assert fragment in body["message"]


def test_every_operation_has_a_handler() -> None:
    swagger = specs.load_spec("argo-workflows", "swagger.json")
    operations = {op["operationId"] for methods in swagger["paths"].values() for op in methods.values()}
    assert set(HANDLERS) == operations


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code", "fragment"),
    [
        ("GET", "/api/v1/nothing-here", {}, 404, 5, "no API endpoint /api/v1/nothing-here"),
        ("PATCH", "/api/v1/info", {}, 405, 12, "Method Not Allowed"),
        (
            "GET",
            "/api/v1/workflows/argo",
            {"params": {"listOptions.lmit": "1"}},
            400,
            3,
            "unknown query parameter 'listOptions.lmit'",
        ),
        (
            "GET",
            "/api/v1/workflows/argo",
            {"params": {"listOptions.watch": "yes"}},
            400,
            3,
            "'yes' is not true or false",
        ),
        (
            "GET",
            "/api/v1/workflows/argo",
            {"params": {"listOptions.limit": "ten"}},
            400,
            3,
            "'ten' is not an integer",
        ),
        (
            "GET",
            "/api/v1/workflows/argo",
            {"params": [("fields", "a"), ("fields", "b")]},
            400,
            3,
            "given 2 times",
        ),
        ("GET", "/api/v1/sync/argo/k", {"params": {"type": "SQL"}}, 400, 3, "is not one of"),
        (
            "GET",
            "/api/v1/info",
            {"body": b"{}", "headers": {"Content-Type": "application/json"}},
            400,
            3,
            "takes no request body",
        ),
    ],
)
def test_malformed_requests_are_refused(
    server: ArgoTestServer,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    code: int,
    fragment: str,
) -> None:
    refused(send(server, method, path, **kwargs), status, code, fragment)


def test_malformed_bodies_are_refused(server: ArgoTestServer) -> None:
    path = "/api/v1/workflows/argo"
    refused(
        send(server, "POST", path, {"workflow": WORKFLOW, "dryRun": True}), 400, 3, "'dryRun' was unexpected"
    )
    typo = {**WORKFLOW, "spec": {**WORKFLOW["spec"], "entrypoint": 7}}
    refused(
        send(server, "POST", path, {"workflow": typo}),
        400,
        3,
        "$.workflow.spec.entrypoint: 7 is not of type 'string'",
    )
    refused(
        send(server, "POST", path, {"workflow": {**WORKFLOW, "kind": "Pod"}}),
        400,
        3,
        "'Workflow' was expected",
    )
    refused(
        send(server, "POST", path, b"{not json", headers={"Content-Type": "application/json"}),
        400,
        3,
        "not JSON",
    )
    refused(send(server, "POST", path, json.dumps({"workflow": WORKFLOW}).encode()), 400, 3, "Content-Type")
    other_namespace = {**WORKFLOW, "metadata": {"name": "x", "namespace": "other"}}
    refused(send(server, "POST", path, {"workflow": other_namespace}), 400, 3, "does not match the namespace")
    assert server.store.list(KINDS["Workflow"], None) == []


def test_a_missing_or_wrong_token_is_refused(server: ArgoTestServer) -> None:
    refused(send(server, "GET", "/api/v1/info", headers={"Authorization": ""}), 401, 16, "no token given")
    refused(
        send(server, "GET", "/api/v1/info", headers={"Authorization": "Bearer nope"}),
        401,
        16,
        "token not valid",
    )


def test_objects_behave_like_kubernetes_objects(server: ArgoTestServer) -> None:
    first = send(server, "POST", "/api/v1/workflows/argo", {"workflow": WORKFLOW}).json()
    second = send(server, "POST", "/api/v1/workflows/argo", {"workflow": WORKFLOW}).json()
    assert first["metadata"]["name"].startswith("hello-") and second["metadata"]["name"].startswith("hello-")
    assert first["metadata"]["name"] != second["metadata"]["name"]
    assert int(second["metadata"]["resourceVersion"]) > int(first["metadata"]["resourceVersion"])
    named = {**WORKFLOW, "metadata": {"name": first["metadata"]["name"]}}
    refused(send(server, "POST", "/api/v1/workflows/argo", {"workflow": named}), 409, 6, "already exists")
    assert send(server, "GET", "/api/v1/workflows/other").json()["items"] is None
    template = {**WORKFLOW, "kind": "WorkflowTemplate", "metadata": {"name": "t"}}
    created = send(server, "POST", "/api/v1/workflow-templates/argo", {"template": template}).json()
    stale = {**template, "metadata": {"name": "t", "resourceVersion": "1"}}
    assert created["metadata"]["resourceVersion"] != "1"
    refused(
        send(server, "PUT", "/api/v1/workflow-templates/argo/t", {"template": stale}),
        409,
        10,
        "has been modified",
    )
    no_version = send(server, "PUT", "/api/v1/workflow-templates/argo/t", {"template": template})
    refused(no_version, 400, 3, "must be specified for an update")


def test_the_most_literal_route_wins(server: ArgoTestServer) -> None:
    linted = send(server, "POST", "/api/v1/workflows/argo/lint", {"workflow": WORKFLOW})
    assert linted.status_code == 200
    assert server.requests[-1].operation_id == "WorkflowService_LintWorkflow"
    refused(send(server, "GET", "/api/v1/workflows/argo/lint"), 404, 5, '"lint" not found')


def test_streams_come_as_sse_or_ndjson(server: ArgoTestServer) -> None:
    send(server, "POST", "/api/v1/workflows/argo", {"workflow": {**WORKFLOW, "metadata": {"name": "w"}}})
    sse = send(server, "GET", "/api/v1/workflow-events/argo", headers={"Accept": "text/event-stream"})
    assert sse.headers["Content-Type"] == "text/event-stream"
    assert sse.text.startswith(": keep-alive\n\ndata: {")
    ndjson = send(server, "GET", "/api/v1/workflow-events/argo")
    lines = ndjson.text.splitlines()
    assert [json.loads(line)["result"]["type"] for line in lines] == ["ADDED"]


def test_the_server_checks_its_own_answers(server: ArgoTestServer) -> None:
    server.store.objects[("Workflow", "argo", "bad")] = {"metadata": {"name": "bad", "namespace": "argo"}}
    refused(send(server, "GET", "/api/v1/workflows/argo/bad"), 500, 13, "test server bug")
