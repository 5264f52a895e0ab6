"""`Parameter`: serialization of values and which fields each use (input, output, argument) writes."""

from __future__ import annotations

import pytest

from hera.workflows import Parameter
from hera.workflows.exceptions import DSLError


def test_values_that_are_not_strings_become_json() -> None:
    p = Parameter(name="p", value={"a": [1, None]}, default=2.5, enum=[1, True, "x"])
    assert p.value == '{"a": [1, null]}'
    assert p.default == "2.5"
    assert p.enum == ["1", "true", "x"]


def test_fields_written_per_use() -> None:
    p = Parameter(name="p", value="v", default="d", enum=["v"], description="text", global_name="g")
    assert p._dump_input() == {
        "name": "p",
        "default": "d",
        "description": "text",
        "value": "v",
        "enum": ["v"],
    }
    assert p._dump_output() == {"name": "p", "description": "text", "globalName": "g", "value": "v"}
    assert p._dump_argument() == {
        "name": "p",
        "description": "text",
        "globalName": "g",
        "value": "v",
        "enum": ["v"],
    }
    assert p._dump()["default"] == "d"


def test_value_from_takes_a_model_or_a_dict() -> None:
    from hera.workflows.models import ValueFrom

    assert Parameter(name="a", value_from=ValueFrom(path="/a"))._dump_output() == {
        "name": "a",
        "valueFrom": {"path": "/a"},
    }
    assert Parameter(name="b", value_from={"jqFilter": "."})._dump_output() == {
        "name": "b",
        "valueFrom": {"jqFilter": "."},
    }


def test_value_and_value_from_are_exclusive() -> None:
    with pytest.raises(DSLError, match="Parameter 'p': give either value or value_from"):
        Parameter(name="p", value="1", value_from={"path": "/p"})


def test_a_parameter_needs_a_name_to_be_written() -> None:
    with pytest.raises(DSLError, match="a Parameter has no name"):
        Parameter(value="1")._dump_argument()


def test_with_name_copies_and_models_convert() -> None:
    p = Parameter(name="p", value="1", description="d")
    q = p.with_name("q")
    assert q.name == "q" and p.name == "p" and q.description == "d"
    assert p == Parameter(name="p", value="1", description="d")
    assert p != q
    model = p.as_argument()
    assert model.name == "p" and model.value == "1"
    assert p.as_input().description == "d"
    assert p.as_output().value == "1"
    assert "value='1'" in repr(p)


def test_loaded_parameters_are_written_back_exactly() -> None:
    data = {"value": 1, "name": "n", "default": "d"}
    loaded = Parameter._load(data)
    assert loaded._dump_output() == data
    assert list(loaded._dump_argument()) == ["value", "name", "default"]
