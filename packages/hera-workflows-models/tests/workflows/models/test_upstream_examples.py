"""Every upstream Argo Workflows v4.1.2 example of a workflow kind loads into its model and dumps back unchanged."""

from __future__ import annotations

from typing import Any

import pytest

import hera.workflows.models as models
from tools import testing

# Documents allowed not to round-trip: only ones invalid against the pinned schema, each with its reason.
INVALID_EXAMPLES: dict[str, str] = {}


def _documents() -> list[Any]:
    if not testing.WORKFLOWS_EXAMPLES.exists():
        return [pytest.param(None, id="examples-missing")]
    return [
        pytest.param(doc, id=f"{path}:{index}")
        for path, index, doc in testing.iter_yaml_documents(
            testing.WORKFLOWS_EXAMPLES, testing.WORKFLOW_KINDS
        )
    ]


DOCUMENTS = _documents()


def test_the_examples_cover_every_workflow_kind() -> None:
    testing.require(testing.WORKFLOWS_EXAMPLES)
    kinds = {param.values[0]["kind"] for param in DOCUMENTS}
    assert kinds == testing.WORKFLOW_KINDS
    assert len(DOCUMENTS) >= 220


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_example_round_trips_exactly(doc: dict[str, Any] | None, request: pytest.FixtureRequest) -> None:
    if doc is None:
        testing.require(testing.WORKFLOWS_EXAMPLES)
        return
    example_id = request.node.callspec.id
    if example_id in INVALID_EXAMPLES:
        assert testing.schema_errors(doc), (
            f"{example_id} is listed as invalid but the pinned schema accepts it"
        )
        return
    assert testing.schema_errors(doc) == []
    model = getattr(models, doc["kind"]).model_validate(doc)
    assert model.to_dict() == doc
    assert model.model_dump(mode="json", by_alias=True, exclude_none=True) == doc
