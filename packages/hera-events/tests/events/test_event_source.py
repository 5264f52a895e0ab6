from __future__ import annotations

import pytest

from hera.events import EventsDSLError, EventSource, WebhookSource
from hera.events.models import AMQPEventSource
from hera.shared import global_config
from tools import testing
from tools.testing import assert_schema_valid

SERVICE = {
    "ports": [{"port": 12000, "targetPort": 12000}],
    "metadata": {"labels": {"foo": "bar"}, "annotations": {"foo": "bar"}},
}


@pytest.fixture(autouse=True)
def _reset_config():
    yield
    global_config.reset()


def test_webhook_event_source_matches_upstream_example(upstream):
    source = EventSource(
        name="webhook",
        service=SERVICE,
        sources=[WebhookSource(name="example", port=12000, endpoint="/example", method="POST")],
    )
    manifest = source.to_dict()
    assert manifest == upstream("event-sources/webhook.yaml")
    assert list(manifest) == ["apiVersion", "kind", "metadata", "spec"]
    assert_schema_valid(manifest)
    model = source.build()
    assert type(model).__name__ == "EventSource"
    assert model.spec.webhook["example"].endpoint == "/example"


def test_the_ways_of_adding_sources_give_the_same_manifest():
    webhook = {"port": "12000", "endpoint": "/example", "method": "POST"}
    by_keyword = EventSource(name="x", webhook={"example": webhook}).to_dict()
    by_sources_dict = EventSource(name="x", sources={"webhook": {"example": webhook}}).to_dict()
    by_method = EventSource(name="x").add_source("webhook", "example", webhook).to_dict()
    by_helper = (
        EventSource(name="x").add(WebhookSource(name="example", port="12000", endpoint="/example")).to_dict()
    )
    assert by_keyword == by_sources_dict == by_method == by_helper
    assert by_keyword["spec"] == {"webhook": {"example": webhook}}


def test_generic_sources_take_generated_models_and_snake_or_camel_kind_names():
    amqp = AMQPEventSource(
        url="amqp://amqp.argo-events:5672", exchange_name="test", exchange_type="fanout", routing_key="hello"
    )
    pubsub = {"topic": "t", "jsonBody": True}
    source = EventSource(name="mixed", sources={"amqp": {"example": amqp}}, pub_sub={"ps": pubsub})
    source.add_source("redisStream", "rs", {"hostAddress": "redis:6379", "streams": ["s"]})
    manifest = source.to_dict()
    assert manifest["spec"]["amqp"]["example"] == {
        "url": "amqp://amqp.argo-events:5672",
        "exchangeName": "test",
        "exchangeType": "fanout",
        "routingKey": "hello",
    }
    assert manifest["spec"]["pubSub"] == {"ps": pubsub}
    assert list(manifest["spec"]) == ["amqp", "pubSub", "redisStream"]
    assert source.event_names == ["example", "ps", "rs"]
    assert_schema_valid(manifest)
    assert source.build().spec.redis_stream["rs"].streams == ["s"]


def test_event_names_are_unique_across_kinds():
    source = EventSource(name="dup", webhook={"example": {"port": "1", "endpoint": "/a", "method": "POST"}})
    with pytest.raises(
        EventsDSLError,
        match=r"EventSource 'dup': the event name 'example' is used twice \(webhook and calendar\)",
    ):
        source.add_source("calendar", "example", {"interval": "10s"})
    with pytest.raises(EventsDSLError, match=r"'example' is used twice \(webhook\)"):
        source.add(WebhookSource(name="example", port=2, endpoint="/b"))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: EventSource(name="e", webhok={"a": {}}),
            r"EventSource 'e': unknown argument 'webhok'; event source kinds are .*webhook",
        ),
        (
            lambda: EventSource(name="e").add_source("smtp", "a", {}),
            r"EventSource 'e': 'smtp' is not a kind of event source",
        ),
        (
            lambda: EventSource(name="e", webhook=[{"port": "1"}]),
            r"EventSource 'e': sources of kind 'webhook' must be a mapping",
        ),
        (lambda: EventSource(name="e").add({"port": 1}), r"EventSource 'e': add\(\) takes source helpers"),
        (
            lambda: EventSource(name="e").add_source(
                "calendar", "w", WebhookSource(name="w", port=1, endpoint="/")
            ),
            r"event 'w' is a WebhookSource \(a webhook source\), not a calendar source",
        ),
        (lambda: EventSource(name="e").to_dict(), r"EventSource 'e' has no event sources; add one"),
        (
            lambda: EventSource(calendar={"c": {"interval": "1s"}}).to_dict(),
            r"EventSource \(unnamed\): metadata needs a name",
        ),
        (
            lambda: EventSource(name="e", calendar={"c": 3}).to_dict(),
            r"EventSource 'e': spec.calendar.c must be a mapping",
        ),
        (
            lambda: EventSource(name="e", calendar={"c": object()}).to_dict(),
            r"EventSource 'e': spec.calendar.c: cannot put a object into a manifest",
        ),
        (
            lambda: EventSource(
                name="e", labels={"a": "b"}, metadata={"labels": {}}, calendar={"c": {"interval": "1s"}}
            ).to_dict(),
            r"metadata.labels is given twice",
        ),
    ],
)
def test_errors_name_the_event_source_and_the_field(build, message):
    with pytest.raises(EventsDSLError, match=message):
        build()


def test_build_reports_model_errors_with_their_path():
    source = EventSource(name="bad", webhook={"example": {"endpoint": "/x", "method": "POST"}})
    with pytest.raises(
        EventsDSLError, match=r"EventSource 'bad': .*spec\.webhook\.example\.port: Field required"
    ):
        source.build()


def test_metadata_and_spec_fields():
    source = EventSource(
        generate_name="hooks-",
        namespace="argo-events",
        labels={"team": "a"},
        annotations={"note": "b"},
        metadata={"finalizers": ["x"]},
        event_bus_name="bus",
        replicas=2,
        template={"serviceAccountName": "sa"},
        calendar={"tick": {"interval": "10s"}},
    )
    manifest = source.to_dict()
    assert manifest["metadata"] == {
        "generateName": "hooks-",
        "namespace": "argo-events",
        "labels": {"team": "a"},
        "annotations": {"note": "b"},
        "finalizers": ["x"],
    }
    assert manifest["spec"] == {
        "eventBusName": "bus",
        "replicas": 2,
        "template": {"serviceAccountName": "sa"},
        "calendar": {"tick": {"interval": "10s"}},
    }
    assert_schema_valid(manifest)
    assert repr(source) == "<EventSource 'hooks-*'>"


def test_class_defaults_and_pre_build_hooks_apply():
    global_config.set_class_defaults(EventSource, namespace="events", event_bus_name="default")

    @global_config.register_pre_build_hook
    def add_label(source: EventSource) -> EventSource:
        source.labels = {**(source.labels or {}), "managed-by": "hera"}
        return source

    manifest = EventSource(name="e", namespace="mine", calendar={"c": {"interval": "1s"}}).to_dict()
    assert manifest["metadata"] == {"name": "e", "namespace": "mine", "labels": {"managed-by": "hera"}}
    assert manifest["spec"]["eventBusName"] == "default"


def test_from_yaml_and_to_yaml_round_trip(upstream):
    text = testing.require(testing.EVENTS_EXAMPLES / "event-sources/webhook.yaml").read_text()
    source = EventSource.from_yaml(text)
    assert source.name == "webhook"
    assert source.event_names == ["example"]
    assert EventSource.from_yaml(source.to_yaml()).to_dict() == upstream("event-sources/webhook.yaml")
    source.add(WebhookSource(name="second", port=12000, endpoint="/second"))
    assert list(source.to_dict()["spec"]["webhook"]) == ["example", "second"]


def test_every_upstream_event_source_loads_and_dumps_back_unchanged():
    count = 0
    for relative, index, doc in testing.iter_yaml_documents(
        testing.require(testing.EVENTS_EXAMPLES), {"EventSource"}
    ):
        source = EventSource.from_dict(doc)
        manifest = source.to_dict()
        assert manifest == doc, f"{relative}#{index}"
        assert list(manifest["spec"]) == list(doc["spec"]), f"{relative}#{index}"
        assert EventSource.from_yaml(source.to_yaml()).to_dict() == doc, f"{relative}#{index}"
        source.build()
        count += 1
    assert count >= 30


def test_from_dict_refuses_other_kinds_and_versions():
    with pytest.raises(EventsDSLError, match=r"the manifest's kind is 'Sensor', not 'EventSource'"):
        EventSource.from_dict({"apiVersion": "argoproj.io/v1alpha1", "kind": "Sensor"})
    with pytest.raises(EventsDSLError, match=r"apiVersion 'v2' is not supported"):
        EventSource.from_dict({"apiVersion": "v2", "kind": "EventSource"})
    with pytest.raises(EventsDSLError, match=r"unknown top-level keys \['extra'\]"):
        EventSource.from_dict({"kind": "EventSource", "extra": 1})
    with pytest.raises(EventsDSLError, match=r"invalid YAML \(EventSource YAML, line 2, column \d+\)"):
        EventSource.from_yaml("kind: EventSource\n  bad: [")


def test_from_dict_keeps_unknown_spec_keys_and_status():
    doc = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "EventSource",
        "metadata": {"name": "e"},
        "spec": {"calendar": {"c": {"interval": "1s"}}, "futureField": {"a": 1}},
        "status": {"conditions": []},
    }
    source = EventSource.from_dict(doc)
    assert source.spec_extra == {"futureField": {"a": 1}}
    assert source.to_dict() == doc
