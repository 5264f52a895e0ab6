"""`EventsService` and `AsyncEventsService`: event sources and sensors as `hera.events.models` types."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import datetime, timezone
from typing import Any

import pytest

import hera.events.service as events_service
from hera.events.models.io.argoproj.events.v1alpha1 import EventSource, EventSourceList, Sensor, SensorList
from hera.events.service import (
    AlreadyExists,
    AsyncEventsService,
    EventSourceDeletedResponse,
    EventSourceLogEntry,
    EventSourceWatchEvent,
    EventsService,
    NotFound,
    SensorLogEntry,
    SensorWatchEvent,
    StreamInterrupted,
)
from tools import specs
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.store import KINDS

NS = "events"
WEBHOOK = {
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


def make(server: ArgoTestServer, token: str) -> EventsService:
    return EventsService(host=server.url, token=token, namespace=NS, timeout=(2, 5))


def test_the_table_has_the_event_source_and_sensor_operations() -> None:
    swagger = specs.load_spec("argo-workflows", "swagger.json")
    expected = {
        op["operationId"]
        for methods in swagger["paths"].values()
        for op in methods.values()
        if op["operationId"].startswith(("EventSourceService_", "SensorService_"))
    }
    assert set(events_service.OPERATIONS) == expected
    assert len(expected) == 14


def test_event_source_lifecycle(argo_server: ArgoTestServer, argo_token: str) -> None:
    service = make(argo_server, argo_token)
    created = service.create_event_source(EventSource.model_validate(WEBHOOK))
    assert isinstance(created, EventSource)
    assert created.metadata.namespace == NS
    listed = service.list_event_sources()
    assert isinstance(listed, EventSourceList)
    assert [es.metadata.name for es in listed.items] == ["webhook"]
    current = service.get_event_source("webhook")
    changed = {
        **WEBHOOK,
        "metadata": {"name": "webhook", "resourceVersion": current.metadata.resource_version},
    }
    changed["spec"] = {"webhook": {"example": {"port": "13000", "endpoint": "/example", "method": "POST"}}}
    updated = service.update_event_source("webhook", changed)
    assert (updated.spec.webhook or {})["example"].port == "13000"
    watched = list(service.watch_event_sources())
    assert [(type(e), e.type, type(e.object)) for e in watched] == [
        (EventSourceWatchEvent, "ADDED", EventSource)
    ]
    assert isinstance(service.delete_event_source("webhook"), EventSourceDeletedResponse)
    with pytest.raises(NotFound, match=r'eventsources\.argoproj\.io "webhook" not found'):
        service.get_event_source("webhook")


def test_event_source_logs_are_typed(argo_server: ArgoTestServer, argo_token: str) -> None:
    argo_server.store.es_logs[NS] = [
        {
            "namespace": NS,
            "eventSourceName": "webhook",
            "eventName": "example",
            "level": "info",
            "msg": "up",
            "time": "2025-01-02T03:04:05Z",
        },
        {"namespace": NS, "eventSourceName": "other", "msg": "skipped"},
    ]
    entries = list(
        make(argo_server, argo_token).event_sources_logs(name="webhook", tail_lines=5, follow=False)
    )
    assert [type(e) for e in entries] == [EventSourceLogEntry]
    assert entries[0].time == datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert (entries[0].event_name, entries[0].msg) == ("example", "up")
    query = argo_server.calls_of("EventSourceService_EventSourcesLogs")[0].query
    assert query == {"name": ["webhook"], "podLogOptions.tailLines": ["5"], "podLogOptions.follow": ["false"]}


def test_a_duplicate_sensor_is_refused(argo_server: ArgoTestServer, argo_token: str) -> None:
    service = make(argo_server, argo_token)
    service.create_sensor(SENSOR)
    with pytest.raises(AlreadyExists, match='"logger" already exists'):
        service.create_sensor(Sensor.model_validate(SENSOR))


def test_sensors_through_the_async_client(argo_server: ArgoTestServer, argo_token: str) -> None:
    argo_server.store.sensor_logs[NS] = [
        {"namespace": NS, "sensorName": "logger", "triggerName": "log", "msg": f"fired {i}"} for i in range(4)
    ]

    async def run() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with AsyncEventsService(host=argo_server.url, token=argo_token, namespace=NS) as service:
            seen["created"] = await service.create_sensor(SENSOR)
            seen["listed"] = await service.list_sensors()
            current = await service.get_sensor("logger")
            labelled = {
                **SENSOR,
                "metadata": {
                    "name": "logger",
                    "labels": {"v": "2"},
                    "resourceVersion": current.metadata.resource_version,
                },
            }
            seen["updated"] = await service.update_sensor("logger", labelled)
            seen["watched"] = [event async for event in service.watch_sensors()]
            seen["logs"] = [entry async for entry in service.sensors_logs(trigger_name="log")]
            argo_server.cut_next_stream(after_items=2)
            cut: list[str] = []
            with pytest.raises(StreamInterrupted):
                async for entry in service.sensors_logs():
                    cut.append(entry.msg or "")
            seen["cut"] = cut
            seen["deleted"] = await service.delete_sensor("logger")
        return seen

    seen = asyncio.run(run())
    assert isinstance(seen["created"], Sensor)
    assert isinstance(seen["listed"], SensorList)
    assert seen["updated"].metadata.labels == {"v": "2"}
    assert [(type(e), e.object.metadata.labels) for e in seen["watched"]] == [(SensorWatchEvent, {"v": "2"})]
    assert [(type(e), e.msg) for e in seen["logs"]] == [(SensorLogEntry, f"fired {i}") for i in range(4)]
    assert seen["cut"] == ["fired 0", "fired 1"]
    assert argo_server.store.list(KINDS["Sensor"], NS) == []


def test_the_wrapper_models_load_lazily() -> None:
    assert events_service.SensorLogEntry.__name__ == "SensorLogEntry"
    assert "SensorLogEntry" in dir(events_service)
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        events_service.Nope  # noqa: B018


def test_the_events_client_needs_nothing_of_hera_workflows(
    argo_server: ArgoTestServer, argo_token: str
) -> None:
    code = (
        "import sys\n"
        "import hera.events.service as s\n"
        "assert not {'requests', 'httpx', 'pydantic'} & set(sys.modules), 'heavy import at import time'\n"
        f"svc = s.EventsService(host={argo_server.url!r}, token={argo_token!r}, namespace='events')\n"
        f"svc.create_event_source({WEBHOOK!r})\n"
        "assert [e.metadata.name for e in svc.list_event_sources().items] == ['webhook']\n"
        "assert not [m for m in sys.modules if m.startswith('hera.workflows')], 'hera.workflows was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
