"""Every upstream Argo Events v1.9.11 EventSource, Sensor and EventBus example loads and dumps back unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import hera.events.models as models
from tools import testing

# Documents invalid against the pinned schema, each with its reason; they are not expected to load.
INVALID_EXAMPLES = {
    "tutorials/09-http-trigger/sensor-01.yaml:0": "the HTTP trigger uses the removed `serverURL` and lacks `url`",
    "tutorials/09-http-trigger/sensor-02.yaml:0": "the HTTP trigger uses the removed `serverURL` and lacks `url`",
}

# Documents that the pinned schema accepts (it allows unknown keys) but that carry keys it does not define:
# fields removed from Argo Events, or misspelled. Argo Events ignores such keys, so the events models keep them
# (`extra="allow"`, see tools/codegen_models.py) and dump them back unchanged.
UNKNOWN_KEYS = {
    "event-sources/stripe.yaml:0": ["spec.stripe.example.namespace"],
    "sensors/trigger-openwhisk.yaml:0": ["spec.triggers.0.template.openwhisk"],
    "sensors/trigger-with-atleast-once-semantics.yaml:0": ["spec.triggers.0.template.atLeastOnce"],
    "sensors/trigger-with-policy.yaml:0": ["spec.triggers.0.template.policy"],
    "sensors/url-sensor.yaml:0": ["spec.triggers.0.template.k8s.source.url.verifycert"],
    "tutorials/03-trigger-sources/sensor-cm.yaml:0": [
        "spec.triggers.0.template.k8s.source.configmap.namespace"
    ],
    "tutorials/03-trigger-sources/sensor-git.yaml:0": [
        "spec.triggers.0.template.k8s.source.git.sshKeyPath",
        "spec.triggers.0.template.k8s.source.git.namespace",
    ],
    "tutorials/06-trigger-conditions/minio-event-source.yaml:0": ["spec.type"],
    "tutorials/06-trigger-conditions/webhook-event-source.yaml:0": ["spec.type"],
    "tutorials/09-http-trigger/minio-event-source.yaml:0": ["spec.type"],
}


def _documents() -> list[Any]:
    if not testing.EVENTS_EXAMPLES.exists():
        return [pytest.param(None, id="examples-missing")]
    return [
        pytest.param(doc, id=f"{path}:{index}")
        for path, index, doc in testing.iter_yaml_documents(testing.EVENTS_EXAMPLES, testing.EVENTS_KINDS)
    ]


DOCUMENTS = _documents()


def test_the_examples_cover_every_events_kind() -> None:
    testing.require(testing.EVENTS_EXAMPLES)
    ids = {param.id for param in DOCUMENTS}
    assert {param.values[0]["kind"] for param in DOCUMENTS} == testing.EVENTS_KINDS
    assert len(DOCUMENTS) >= 125
    assert set(INVALID_EXAMPLES) | set(UNKNOWN_KEYS) <= ids


def _without(doc: dict[str, Any], dotted: str) -> None:
    *parents, last = dotted.split(".")
    node: Any = doc
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    del node[last]


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_example_round_trips_exactly(doc: dict[str, Any] | None, request: pytest.FixtureRequest) -> None:
    if doc is None:
        testing.require(testing.EVENTS_EXAMPLES)
        return
    example_id = request.node.callspec.id
    model_class = getattr(models, doc["kind"])
    if example_id in INVALID_EXAMPLES:
        assert testing.schema_errors(doc), (
            f"{example_id} is listed as invalid but the pinned schema accepts it"
        )
        with pytest.raises(ValidationError):
            model_class.model_validate(doc)
        return
    assert testing.schema_errors(doc) == []
    model = model_class.model_validate(doc)
    assert model.to_dict() == doc
    assert model.model_dump(mode="json", by_alias=True, exclude_none=True) == doc


def _extras(model: Any, prefix: str = "") -> set[str]:
    """Dotted paths (by alias, list indices as numbers) of every key a model tree kept as an unknown extra."""
    found: set[str] = set()
    if isinstance(model, list):
        for index, item in enumerate(model):
            found |= _extras(item, f"{prefix}{index}.")
        return found
    if isinstance(model, dict):
        for key, item in model.items():
            found |= _extras(item, f"{prefix}{key}.")
        return found
    if not isinstance(model, BaseModel):
        return found
    fields = type(model).model_fields
    if fields:  # models with no declared fields are free-form objects: everything in them is "extra"
        found |= {f"{prefix}{key}" for key in (model.model_extra or {})}
    for name, field in fields.items():
        found |= _extras(getattr(model, name), f"{prefix}{field.alias or name}.")
    return found


@pytest.mark.parametrize("example_id", sorted(UNKNOWN_KEYS))
def test_unknown_keys_are_kept_as_extras(example_id: str) -> None:
    testing.require(testing.EVENTS_EXAMPLES)
    doc = next(param.values[0] for param in DOCUMENTS if param.id == example_id)
    model = getattr(models, doc["kind"]).model_validate(doc)
    assert _extras(model) == set(UNKNOWN_KEYS[example_id])
