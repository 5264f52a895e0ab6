from __future__ import annotations

import pytest

from hera.events import (
    CalendarSource,
    EventsDSLError,
    EventSource,
    GithubSource,
    KafkaSource,
    ResourceSource,
    SNSSource,
    SQSSource,
    WebhookSource,
)
from hera.shared import global_config
from tools.testing import assert_schema_valid

SECRET = {"name": "aws-secret", "key": "accesskey"}


def _source_manifest(*helpers):
    source = EventSource(name="s", sources=list(helpers))
    manifest = source.to_dict()
    assert_schema_valid(manifest)
    source.build()
    return manifest["spec"]


def test_calendar_matches_upstream_example(upstream):
    spec = EventSource(
        name="calendar", sources=[CalendarSource(name="example-with-interval", interval="10s")]
    ).to_dict()
    assert spec == upstream("event-sources/calendar.yaml")


def test_resource_matches_upstream_example(upstream):
    helper = ResourceSource(
        name="example",
        namespace="argo-events",
        group="argoproj.io",
        version="v1alpha1",
        resource="workflows",
        event_types=["ADD"],
        filter={"afterStart": True, "labels": [{"key": "app", "operation": "==", "value": "my-workflow"}]},
    )
    manifest = EventSource(
        name="resource", template={"serviceAccountName": "your-service-account"}, sources=[helper]
    ).to_dict()
    assert manifest == upstream("event-sources/resource.yaml")
    assert list(manifest["spec"]["resource"]["example"])[:4] == ["namespace", "group", "version", "resource"]
    assert_schema_valid(manifest)


def test_sqs_matches_upstream_example(upstream):
    helper = SQSSource(
        name="example",
        json_body=True,
        access_key={"key": "accesskey", "name": "aws-secret"},
        secret_key={"key": "secretkey", "name": "aws-secret"},
        region="us-east-1",
        queue="test",
        wait_time_seconds=20,
    )
    assert EventSource(name="aws-sqs", sources=[helper]).to_dict() == upstream("event-sources/aws-sqs.yaml")


def test_webhook_fields_filter_and_extra():
    spec = _source_manifest(
        WebhookSource(
            name="w",
            port=13000,
            endpoint="/secure",
            method="put",
            url="https://example.com",
            auth_secret={"name": "s", "key": "token"},
            filter="body.kind == 'x'",
            metadata={"a": "b"},
            extra={"maxPayloadSize": 1024},
        )
    )
    assert spec["webhook"]["w"] == {
        "port": "13000",
        "endpoint": "/secure",
        "method": "PUT",
        "url": "https://example.com",
        "authSecret": {"name": "s", "key": "token"},
        "metadata": {"a": "b"},
        "filter": {"expression": "body.kind == 'x'"},
        "maxPayloadSize": 1024,
    }


def test_kafka_sns_github_build_valid_sources():
    spec = _source_manifest(
        KafkaSource(name="k", url="kafka:9092", topic="t", partition=0, consumer_group="g", json_body=True),
        SNSSource(
            name="n",
            topic_arn="arn:aws:sns:us-east-1:1:t",
            region="us-east-1",
            port=12000,
            endpoint="/",
            url="http://x",
            access_key=SECRET,
        ),
        GithubSource(
            name="g",
            events=["push"],
            repositories={"argoproj": ["argo-events", "argo-workflows"]},
            port=13000,
            endpoint="/push",
            webhook_secret={"name": "gh", "key": "secret"},
        ),
    )
    assert spec["kafka"]["k"] == {
        "partition": "0",
        "consumerGroup": {"groupName": "g"},
        "url": "kafka:9092",
        "topic": "t",
        "jsonBody": True,
    }
    assert spec["sns"]["n"]["webhook"] == {
        "port": "12000",
        "endpoint": "/",
        "method": "POST",
        "url": "http://x",
    }
    assert spec["sns"]["n"]["topicArn"] == "arn:aws:sns:us-east-1:1:t"
    assert spec["github"]["g"]["repositories"] == [
        {"owner": "argoproj", "names": ["argo-events", "argo-workflows"]}
    ]
    assert spec["github"]["g"]["webhook"]["port"] == "13000"


@pytest.mark.parametrize(
    ("helper", "message"),
    [
        (
            WebhookSource(name="w", port="http", endpoint="/"),
            r"webhook source 'w': port must be a port number",
        ),
        (
            WebhookSource(name="w", port=70000, endpoint="/"),
            r"webhook source 'w': port 70000 is out of range",
        ),
        (
            WebhookSource(name="w", port=1, endpoint="x"),
            r"webhook source 'w': endpoint must be a path starting with '/'",
        ),
        (
            WebhookSource(name="w", port=1, endpoint="/", method="FETCH"),
            r"webhook source 'w': method 'FETCH' is not an HTTP method",
        ),
        (
            WebhookSource(name="w", port=1, endpoint="/", extra={"port": "2"}),
            r"webhook source 'w': 'port' is given twice",
        ),
        (CalendarSource(name="c"), r"calendar source 'c': give schedule="),
        (
            ResourceSource(name="r", version="v1", resource="pods", event_types=["CREATE"]),
            r"resource source 'r': event_types must list some of ADD, UPDATE, DELETE",
        ),
        (
            SQSSource(name="q", queue="q", region="r", wait_time_seconds=60),
            r"sqs source 'q': wait_time_seconds must be 0-20",
        ),
        (
            GithubSource(name="g", events=["push"], port=1, endpoint="/"),
            r"github source 'g': give repositories=",
        ),
        (
            GithubSource(name="g", events="push", port=1, endpoint="/", organizations=["o"]),
            r"github source 'g': events must be a non-empty list",
        ),
    ],
)
def test_helper_errors_name_the_source_and_field(helper, message):
    with pytest.raises(EventsDSLError, match=message):
        EventSource(name="s", sources=[helper]).to_dict()


def test_helper_class_defaults():
    global_config.set_class_defaults(SQSSource, region="eu-west-1", wait_time_seconds=5)
    try:
        spec = _source_manifest(SQSSource(name="q", queue="jobs", region=""))
    finally:
        global_config.reset()
    assert spec["sqs"]["q"]["waitTimeSeconds"] == 5
    # region has no declared default: a value given for it is never replaced.
    assert spec["sqs"]["q"]["region"] == ""
