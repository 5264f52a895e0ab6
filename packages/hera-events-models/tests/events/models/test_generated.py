"""Behaviour of the generated Argo Events models: embedded manifests, corrected types, names and aliases."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from hera.events.models import (
    Backoff,
    EventBus,
    ObjectMeta,
    Sensor,
    SensorSpec,
    StandardK8STrigger,
    WebhookEventSource,
)


def test_an_embedded_kubernetes_manifest_is_kept_intact() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "hello-"},
        "spec": {"entrypoint": "main", "templates": [{"name": "main", "container": {"image": "alpine"}}]},
    }
    trigger = StandardK8STrigger.model_validate({"operation": "create", "source": {"resource": manifest}})
    assert trigger.to_dict() == {"operation": "create", "source": {"resource": manifest}}


def test_top_level_kinds_carry_api_version_and_kind() -> None:
    sensor = Sensor(metadata=ObjectMeta(name="s"), spec=SensorSpec(dependencies=[], triggers=[]))
    assert sensor.to_dict() == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Sensor",
        "metadata": {"name": "s"},
        "spec": {"dependencies": [], "triggers": []},
    }
    assert (
        EventBus.model_validate({"metadata": {"name": "default"}, "spec": {}}).to_dict()["kind"] == "EventBus"
    )


@pytest.mark.parametrize(("duration", "factor"), [("10s", 2), (10, 1.5)])
def test_int_or_string_and_amounts_keep_their_json_types(duration: int | str, factor: float) -> None:
    backoff = Backoff.model_validate({"duration": duration, "factor": factor, "steps": 3})
    assert backoff.to_dict() == {"duration": duration, "factor": factor, "steps": 3}


def test_fields_accept_python_names_and_aliases_and_a_webhook_needs_no_url() -> None:
    by_name = WebhookEventSource(endpoint="/x", method="POST", port="12000", max_payload_size=10)
    by_alias = WebhookEventSource.model_validate(
        {"endpoint": "/x", "method": "POST", "port": "12000", "maxPayloadSize": 10}
    )
    assert by_name == by_alias
    assert by_name.to_dict() == {"endpoint": "/x", "method": "POST", "port": "12000", "maxPayloadSize": 10}


def test_errors_name_the_field_path() -> None:
    doc = {
        "metadata": {"name": "s"},
        "spec": {"dependencies": [{"name": "d", "eventSourceName": "e", "eventName": 5}], "triggers": []},
    }
    with pytest.raises(
        ValidationError, match=r"spec\.dependencies\.0\.eventName\n  Input should be a valid string"
    ):
        Sensor.model_validate(doc)
