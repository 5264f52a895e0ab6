"""Every one of the 73 operations of the pinned swagger, called through the sync and the async clients.

One scenario (a list of steps) drives both clients: the sync runner calls each method, the async runner
awaits it; both collect streams. The strict test server refuses any request that does not match the
swagger, and at the end the set of operationIds it answered must be exactly the swagger's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from hera.shared._client import AsyncStream, Stream
from hera.workflows.models.io.argoproj.workflow.v1alpha1 import (
    ClusterWorkflowTemplate,
    CollectEventRequest,
    CronWorkflow,
    InfoResponse,
    LogEntry,
    Workflow,
    WorkflowCreateRequest,
    WorkflowResubmitRequest,
    WorkflowSetRequest,
    WorkflowTemplate,
    WorkflowWatchEvent,
)
from hera.workflows.models.io.k8s.api.core.v1 import Event
from hera.workflows.models.sync import CreateSyncLimitRequest, SyncLimitResponse
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
from tools import specs
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.store import KINDS

events_service = pytest.importorskip("hera.events.service", reason="hera-events is not installed")

NS = "argo"
TEMPLATES = [{"name": "main", "container": {"image": "alpine:3", "command": ["echo", "hi"]}}]


def workflow(name: str, **labels: str) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name}
    if labels:
        metadata["labels"] = labels
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": metadata,
        "spec": {"entrypoint": "main", "templates": TEMPLATES},
    }


def template(kind: str, name: str) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": kind,
        "metadata": {"name": name},
        "spec": {"entrypoint": "main", "templates": TEMPLATES},
    }


def cron(name: str) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "CronWorkflow",
        "metadata": {"name": name},
        "spec": {"schedules": ["0 * * * *"], "workflowSpec": {"entrypoint": "main", "templates": TEMPLATES}},
    }


EVENT_SOURCE = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "EventSource",
    "metadata": {"name": "webhook"},
    "spec": {"webhook": {"example": {"port": "12000", "endpoint": "/example", "method": "POST"}}},
}
SENSOR = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Sensor",
    "metadata": {"name": "logger"},
    "spec": {
        "dependencies": [{"name": "dep", "eventSourceName": "webhook", "eventName": "example"}],
        "triggers": [{"template": {"name": "log", "log": {}}}],
    },
}


@dataclass
class Step:
    """One call: which client, which method, the arguments (computed from earlier results), a check."""

    client: str  # "wf" or "ev"
    method: str
    arguments: Callable[[dict[str, Any]], tuple[tuple[Any, ...], dict[str, Any]]]
    check: Callable[[Any, dict[str, Any]], None] = field(default=lambda result, ctx: None)


def call(*args: Any, **kwargs: Any) -> Callable[[dict[str, Any]], tuple[tuple[Any, ...], dict[str, Any]]]:
    return lambda ctx: (args, kwargs)


def expect(predicate: Callable[[Any], bool]) -> Callable[[Any, dict[str, Any]], None]:
    """A check that the result satisfies `predicate` (the result is shown when it does not)."""

    def check(result: Any, ctx: dict[str, Any]) -> None:
        assert predicate(result), result

    return check


def remember(key: str) -> Callable[[Any, dict[str, Any]], None]:
    def check(result: Any, ctx: dict[str, Any]) -> None:
        ctx[key] = result

    return check


def seed(server: ArgoTestServer) -> None:
    """State no API call can create: a failed workflow in the archive, events, bindings, logs."""
    store = server.store
    store.k8s_events[NS] = [
        {
            "metadata": {"name": "hello.1", "namespace": NS, "labels": {"app": "argo"}},
            "involvedObject": {"kind": "Workflow", "name": "hello", "namespace": NS},
            "reason": "WorkflowRunning",
            "message": "Workflow Running",
        }
    ]
    store.create(
        KINDS["WorkflowEventBinding"],
        NS,
        {"metadata": {"name": "on-push"}, "spec": {"event": {"selector": "payload.ref == 'main'"}}},
    )
    broken = store.create(
        KINDS["Workflow"], NS, {**workflow("broken-archived"), "status": {"phase": "Failed"}}
    )
    store.archive[broken["metadata"]["uid"]] = broken
    store.delete(KINDS["Workflow"], NS, "broken-archived")
    store.create(KINDS["Workflow"], NS, {**workflow("broken"), "status": {"phase": "Failed"}})
    store.create(KINDS["Workflow"], NS, {**workflow("long"), "status": {"phase": "Running"}})
    store.es_logs[NS] = [
        {"namespace": NS, "eventSourceName": "webhook", "eventName": "example", "msg": "started"}
    ]
    store.sensor_logs[NS] = [
        {"namespace": NS, "sensorName": "logger", "triggerName": "log", "msg": "triggered"}
    ]


def seed_artifacts(server: ArgoTestServer, uid: str) -> None:
    for direction in ("outputs", "inputs"):
        server.store.artifacts[(uid, "hello-0", direction, "result")] = f"{direction} of hello".encode()


def current_version(ctx: dict[str, Any], key: str) -> str:
    return ctx[key].metadata.resource_version


def with_version(manifest: dict[str, Any], version: str, **labels: str) -> dict[str, Any]:
    return {**manifest, "metadata": {**manifest["metadata"], "resourceVersion": version, "labels": labels}}


def scenario(server: ArgoTestServer) -> list[Step]:
    def labels_are(expected: dict[str, str]) -> Callable[[Any, dict[str, Any]], None]:
        def check(result: Any, ctx: dict[str, Any]) -> None:
            assert result.metadata.labels == expected

        return check

    def archived_uid(ctx: dict[str, Any]) -> str:
        return ctx["hello"].metadata.uid

    def failed_archived_uid(ctx: dict[str, Any]) -> str:
        return next(
            uid for uid, wf in server.store.archive.items() if wf["metadata"]["name"] == "broken-archived"
        )

    def check_artifacts(result: Any, ctx: dict[str, Any]) -> None:
        assert result == b"outputs of hello"

    def hello_uid_artifacts(ctx: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        seed_artifacts(server, ctx["hello"].metadata.uid)
        return ("hello", "hello-0", "result"), {}

    return [
        # info
        Step(
            "wf",
            "get_info",
            call(),
            expect(
                lambda r: isinstance(r, InfoResponse) and r.links is not None and r.links[0].name == "docs"
            ),
        ),
        Step(
            "wf",
            "get_user_info",
            call(),
            expect(lambda r: r.subject == "system:serviceaccount:argo:test"),
        ),
        Step("wf", "get_version", call(), expect(lambda r: r.version == "v4.1.2")),
        Step(
            "wf",
            "collect_event",
            call(CollectEventRequest(name="hera-test")),
            expect(lambda r: server.store.collected_events[-1] == "hera-test"),
        ),
        # workflow templates
        Step(
            "wf",
            "create_workflow_template",
            call(WorkflowTemplate.model_validate(template("WorkflowTemplate", "tmpl"))),
            remember("tmpl"),
        ),
        Step("wf", "lint_workflow_template", call(template("WorkflowTemplate", "tmpl"))),
        Step(
            "wf",
            "list_workflow_templates",
            call(name_pattern="tm", limit=10),
            expect(lambda r: [i.metadata.name for i in r.items] == ["tmpl"]),
        ),
        Step("wf", "get_workflow_template", call("tmpl"), remember("tmpl")),
        Step(
            "wf",
            "update_workflow_template",
            lambda c: (
                (
                    "tmpl",
                    with_version(template("WorkflowTemplate", "tmpl"), current_version(c, "tmpl"), team="a"),
                ),
                {},
            ),
            labels_are({"team": "a"}),
        ),
        # cluster workflow templates
        Step(
            "wf",
            "create_cluster_workflow_template",
            call(ClusterWorkflowTemplate.model_validate(template("ClusterWorkflowTemplate", "ctmpl"))),
            remember("ctmpl"),
        ),
        Step("wf", "lint_cluster_workflow_template", call(template("ClusterWorkflowTemplate", "ctmpl"))),
        Step(
            "wf",
            "list_cluster_workflow_templates",
            call(label_selector="!missing"),
            expect(lambda r: len(r.items) == 1),
        ),
        Step("wf", "get_cluster_workflow_template", call("ctmpl"), remember("ctmpl")),
        Step(
            "wf",
            "update_cluster_workflow_template",
            lambda c: (
                (
                    "ctmpl",
                    with_version(
                        template("ClusterWorkflowTemplate", "ctmpl"), current_version(c, "ctmpl"), team="b"
                    ),
                ),
                {},
            ),
            labels_are({"team": "b"}),
        ),
        Step(
            "wf", "delete_cluster_workflow_template", call("ctmpl", grace_period_seconds=0, dry_run=["All"])
        ),
        # cron workflows
        Step(
            "wf", "create_cron_workflow", call(CronWorkflow.model_validate(cron("hourly"))), remember("cron")
        ),
        Step("wf", "lint_cron_workflow", call(cron("hourly"))),
        Step(
            "wf",
            "list_cron_workflows",
            call(),
            expect(lambda r: [i.metadata.name for i in r.items] == ["hourly"]),
        ),
        Step("wf", "get_cron_workflow", call("hourly"), remember("cron")),
        Step(
            "wf",
            "update_cron_workflow",
            lambda c: (("hourly", with_version(cron("hourly"), current_version(c, "cron"), team="c")), {}),
            labels_are({"team": "c"}),
        ),
        Step(
            "wf",
            "suspend_cron_workflow",
            call("hourly"),
            expect(lambda r: r.spec.suspend is True),
        ),
        Step(
            "wf",
            "resume_cron_workflow",
            call("hourly"),
            expect(lambda r: r.spec.suspend is False),
        ),
        # workflows
        Step(
            "wf",
            "create_workflow",
            call(WorkflowCreateRequest(workflow=Workflow.model_validate(workflow("hello", team="x")))),
            remember("hello"),
        ),
        Step("wf", "lint_workflow", call(workflow("linted"))),
        Step(
            "wf",
            "submit_workflow",
            call(
                {
                    "resourceKind": "WorkflowTemplate",
                    "resourceName": "tmpl",
                    "submitOptions": {"parameters": ["a=b"]},
                }
            ),
            expect(lambda r: r.metadata.name.startswith("tmpl-")),
        ),
        Step("wf", "submit_workflow", call({"resourceKind": "CronWorkflow", "resourceName": "hourly"})),
        Step(
            "wf",
            "list_workflows",
            call(label_selector="team=x", fields="items.metadata.name,metadata"),
            expect(lambda r: [i.metadata.name for i in r.items] == ["hello"]),
        ),
        Step(
            "wf",
            "get_workflow",
            call("hello"),
            expect(lambda r: r.status.phase == "Pending"),
        ),
        Step(
            "wf",
            "get_workflow",
            call("hello"),
            expect(lambda r: r.status.phase == "Running"),
        ),
        Step(
            "wf",
            "get_workflow",
            call("hello", fields="-status.nodes"),
            expect(lambda r: (r.status.phase, r.status.nodes) == ("Succeeded", None)),
        ),
        Step(
            "wf",
            "workflow_logs",
            call("hello", grep="step"),
            expect(lambda r: [type(x) for x in r] == [LogEntry] * 3),
        ),
        Step(
            "wf",
            "pod_logs",
            call("hello", "hello-1", tail_lines=10, timestamps=True),
            expect(lambda r: [x.pod_name for x in r] == ["hello-1"]),
        ),
        Step(
            "wf",
            "watch_workflows",
            call(label_selector="team=x"),
            expect(
                lambda r: (
                    [(type(x), x.type, x.object.metadata.name) for x in r]
                    == [(WorkflowWatchEvent, "ADDED", "hello")]
                )
            ),
        ),
        Step(
            "wf",
            "watch_events",
            call(),
            expect(lambda r: [(type(x), x.reason) for x in r] == [(Event, "WorkflowRunning")]),
        ),
        Step(
            "wf",
            "set_workflow",
            call(
                "hello",
                WorkflowSetRequest(
                    node_field_selector="displayName=step-0", message="checked", phase="Succeeded"
                ),
            ),
            expect(lambda r: r.status.nodes["hello-0"].message == "checked"),
        ),
        Step(
            "wf",
            "suspend_workflow",
            call("long"),
            expect(lambda r: r.spec.suspend is True),
        ),
        Step(
            "wf",
            "resume_workflow",
            call("long"),
            expect(lambda r: r.spec.suspend is None),
        ),
        Step(
            "wf",
            "stop_workflow",
            call("long", {"message": "enough"}),
            expect(lambda r: r.spec.shutdown == "Stop"),
        ),
        Step(
            "wf",
            "terminate_workflow",
            call("long"),
            expect(lambda r: r.spec.shutdown == "Terminate"),
        ),
        Step(
            "wf",
            "retry_workflow",
            call("broken", {"restartSuccessful": True}),
            expect(lambda r: r.status.phase == "Running"),
        ),
        Step(
            "wf",
            "resubmit_workflow",
            call("hello", WorkflowResubmitRequest(memoized=False)),
            expect(lambda r: r.metadata.name.startswith("hello-")),
        ),
        # artifacts of the finished workflow
        Step("wf", "get_output_artifact", hello_uid_artifacts, check_artifacts),
        Step(
            "wf",
            "get_input_artifact",
            call("hello", "hello-0", "result"),
            expect(lambda r: r == b"inputs of hello"),
        ),
        Step(
            "wf",
            "get_output_artifact_by_uid",
            lambda c: ((archived_uid(c), "hello-0", "result"), {}),
            check_artifacts,
        ),
        Step(
            "wf",
            "get_input_artifact_by_uid",
            lambda c: ((archived_uid(c), "hello-0", "result"), {}),
            expect(lambda r: r == b"inputs of hello"),
        ),
        Step(
            "wf",
            "get_artifact_file",
            call("workflow", "hello", "hello-0", "outputs", "result"),
            check_artifacts,
        ),
        # the archive (hello was archived when it succeeded)
        Step(
            "wf",
            "list_archived_workflows",
            call(name_prefix="hel", namespace=NS),
            expect(lambda r: [i.metadata.name for i in r.items] == ["hello"]),
        ),
        Step(
            "wf",
            "list_archived_workflow_label_keys",
            call(namespace=NS),
            expect(lambda r: r.items == ["team"]),
        ),
        Step(
            "wf",
            "list_archived_workflow_label_values",
            call(label_selector="team"),
            expect(lambda r: r.items == ["x"]),
        ),
        Step(
            "wf",
            "get_archived_workflow",
            lambda c: ((archived_uid(c),), {}),
            expect(lambda r: r.metadata.name == "hello"),
        ),
        Step(
            "wf",
            "resubmit_archived_workflow",
            lambda c: ((archived_uid(c),), {}),
            expect(lambda r: r.metadata.generate_name == "hello-"),
        ),
        Step(
            "wf",
            "retry_archived_workflow",
            lambda c: ((failed_archived_uid(c),), {}),
            expect(lambda r: r.status.phase == "Running"),
        ),
        Step("wf", "delete_archived_workflow", lambda c: ((archived_uid(c),), {})),
        Step("wf", "delete_workflow", call("hello", propagation_policy="Background", force=True)),
        Step("wf", "delete_workflow_template", call("tmpl", preconditions_uid=None)),
        Step("wf", "delete_cron_workflow", call("hourly", orphan_dependents=False)),
        # events and bindings
        Step(
            "wf",
            "receive_event",
            call("github", {"ref": "main", "commits": [1, 2]}),
            expect(
                lambda r: (
                    server.store.received_events[-1] == (NS, "github", {"ref": "main", "commits": [1, 2]})
                )
            ),
        ),
        Step(
            "wf",
            "list_workflow_event_bindings",
            call(),
            expect(lambda r: [i.spec.event.selector for i in r.items] == ["payload.ref == 'main'"]),
        ),
        # sync limits: every field of SyncLimitResponse comes back
        Step(
            "wf",
            "create_sync_limit",
            call(CreateSyncLimitRequest(cm_name="locks", key="db", limit=2, type="CONFIGMAP")),
        ),
        Step(
            "wf",
            "get_sync_limit",
            call("db", cm_name="locks", type="CONFIGMAP"),
            expect(
                lambda r: (
                    r == SyncLimitResponse(cm_name="locks", key="db", limit=2, namespace=NS, type="CONFIGMAP")
                )
            ),
        ),
        Step(
            "wf",
            "update_sync_limit",
            call("db", {"cmName": "locks", "limit": 5}),
            expect(lambda r: (r.limit, r.key, r.cm_name) == (5, "db", "locks")),
        ),
        Step("wf", "delete_sync_limit", call("db", cm_name="locks")),
        # event sources and sensors (hera.events)
        Step("ev", "create_event_source", call(EVENT_SOURCE), remember("es")),
        Step(
            "ev",
            "list_event_sources",
            call(),
            expect(lambda r: [i.metadata.name for i in r.items] == ["webhook"]),
        ),
        Step("ev", "get_event_source", call("webhook"), remember("es")),
        Step(
            "ev",
            "update_event_source",
            lambda c: (
                ("webhook", with_version(EVENT_SOURCE, c["es"].metadata.resource_version, team="e")),
                {},
            ),
        ),
        Step(
            "ev",
            "watch_event_sources",
            call(),
            expect(lambda r: [x.object.metadata.labels for x in r] == [{"team": "e"}]),
        ),
        Step(
            "ev",
            "event_sources_logs",
            call(name="webhook", event_name="example"),
            expect(lambda r: [x.msg for x in r] == ["started"]),
        ),
        Step("ev", "delete_event_source", call("webhook")),
        Step("ev", "create_sensor", call(SENSOR), remember("sensor")),
        Step(
            "ev",
            "list_sensors",
            call(),
            expect(lambda r: [i.metadata.name for i in r.items] == ["logger"]),
        ),
        Step("ev", "get_sensor", call("logger", resource_version="0"), remember("sensor")),
        Step(
            "ev",
            "update_sensor",
            lambda c: (("logger", with_version(SENSOR, c["sensor"].metadata.resource_version, team="s")), {}),
        ),
        Step(
            "ev",
            "watch_sensors",
            call(),
            expect(lambda r: [x.object.metadata.labels for x in r] == [{"team": "s"}]),
        ),
        Step(
            "ev",
            "sensors_logs",
            call(name="logger", trigger_name="log", grep="trig"),
            expect(lambda r: [x.msg for x in r] == ["triggered"]),
        ),
        Step("ev", "delete_sensor", call("logger")),
    ]


def spec_operation_ids() -> set[str]:
    swagger = specs.load_spec("argo-workflows", "swagger.json")
    return {op["operationId"] for methods in swagger["paths"].values() for op in methods.values()}


def _clients(server: ArgoTestServer, token: str, asynchronous: bool) -> dict[str, Any]:
    settings = {"host": server.url, "token": token, "namespace": NS, "timeout": (2, 5)}
    if asynchronous:
        return {"wf": AsyncWorkflowsService(**settings), "ev": events_service.AsyncEventsService(**settings)}
    return {"wf": WorkflowsService(**settings), "ev": events_service.EventsService(**settings)}


def test_every_operation_through_the_sync_client(argo_server: ArgoTestServer, argo_token: str) -> None:
    seed(argo_server)
    clients = _clients(argo_server, argo_token, asynchronous=False)
    ctx: dict[str, Any] = {}
    for step in scenario(argo_server):
        args, kwargs = step.arguments(ctx)
        result = getattr(clients[step.client], step.method)(*args, **kwargs)
        if isinstance(result, Stream):
            result = list(result)
        step.check(result, ctx)
    for client in clients.values():
        client.close()
    failed = [(r.operation_id, r.status) for r in argo_server.requests if r.status != 200]
    assert failed == []
    assert argo_server.called_operations == spec_operation_ids()
    assert len(spec_operation_ids()) == 73


def test_every_operation_through_the_async_client(argo_server: ArgoTestServer, argo_token: str) -> None:
    seed(argo_server)

    async def run() -> None:
        clients = _clients(argo_server, argo_token, asynchronous=True)
        ctx: dict[str, Any] = {}
        for step in scenario(argo_server):
            args, kwargs = step.arguments(ctx)
            result = getattr(clients[step.client], step.method)(*args, **kwargs)
            if isinstance(result, AsyncStream):
                result = [item async for item in result]
            else:
                result = await result
            step.check(result, ctx)
        for client in clients.values():
            await client.aclose()

    asyncio.run(run())
    failed = [(r.operation_id, r.status) for r in argo_server.requests if r.status != 200]
    assert failed == []
    assert argo_server.called_operations == spec_operation_ids()


def test_the_scenario_calls_each_method_of_both_clients() -> None:
    """The scenario is not a subset: every generated method is in it, so both clients are fully exercised."""
    server_less = ArgoTestServer()
    methods = {(step.client, step.method) for step in scenario(server_less)}
    expected = {("wf", name) for name in _public_methods(WorkflowsService)} | {
        ("ev", name) for name in _public_methods(events_service.EventsService)
    }
    assert methods == expected


def _public_methods(cls: type) -> set[str]:
    return {name for name in vars(cls) if not name.startswith("_")}
