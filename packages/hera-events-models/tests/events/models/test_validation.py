"""Mutated upstream Argo Events documents fail only with pydantic ValidationError, never anything else."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import hera.events.models as models
from tools import testing
from tools.fuzzing import mutate


def _examples() -> list[dict[str, Any]]:
    if not testing.EVENTS_EXAMPLES.exists():
        return []
    return [doc for _, _, doc in testing.iter_yaml_documents(testing.EVENTS_EXAMPLES, testing.EVENTS_KINDS)]


EXAMPLES = _examples()


@pytest.mark.skipif(not EXAMPLES, reason=f"reference material not found: {testing.EVENTS_EXAMPLES}")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_examples_fail_only_with_validation_errors(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(EXAMPLES))
    doc = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        mutate(doc, data)
    model_class = getattr(models, original["kind"])
    try:
        model = model_class.model_validate(doc)
    except ValidationError as error:
        assert all(isinstance(e["loc"], tuple) for e in error.errors())
        return
    # what a model dumps reads back to the same dump (explicit nulls in free-form objects are not kept)
    dumped = model.to_dict()
    assert model_class.model_validate(dumped).to_dict() == dumped
