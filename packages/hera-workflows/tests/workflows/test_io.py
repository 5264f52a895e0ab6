"""Inputs, outputs and arguments in every form hera accepts."""

from __future__ import annotations

import pytest

from hera.workflows import Artifact, Parameter
from hera.workflows import models as m
from hera.workflows._io import dump_arguments, dump_inputs, dump_outputs, iter_io
from hera.workflows.exceptions import InvalidType


def test_dict_arguments_take_values_parameters_artifacts_and_models() -> None:
    arguments = {
        "text": "hi",
        "number": 3,
        "flag": False,
        "none": None,
        "data": {"k": [1]},
        "param": Parameter(name="ignored", value="{{tasks.a.outputs.parameters.x}}"),
        "art": Artifact(name="ignored", from_="{{tasks.a.outputs.artifacts.y}}"),
        "model": m.Parameter(name="ignored", value="m"),
        "model-art": m.Artifact(name="ignored", from_="f"),
    }
    assert dump_arguments(arguments, "owner") == {
        "artifacts": [
            {"name": "art", "from": "{{tasks.a.outputs.artifacts.y}}"},
            {"name": "model-art", "from": "f"},
        ],
        "parameters": [
            {"name": "text", "value": "hi"},
            {"name": "number", "value": "3"},
            {"name": "flag", "value": "false"},
            {"name": "none", "value": "null"},
            {"name": "data", "value": '{"k": [1]}'},
            {"name": "param", "value": "{{tasks.a.outputs.parameters.x}}"},
            {"name": "model", "value": "m"},
        ],
    }


def test_lists_single_objects_and_whole_models() -> None:
    assert dump_arguments([Parameter(name="a", value="1"), {"b": 2}], "o") == {
        "parameters": [{"name": "a", "value": "1"}, {"name": "b", "value": "2"}]
    }
    assert dump_inputs(Parameter(name="p", default="d"), "o") == {
        "parameters": [{"name": "p", "default": "d"}]
    }
    assert dump_inputs({"x": "1"}, "o") == {"parameters": [{"name": "x", "value": "1"}]}
    assert dump_outputs(m.Outputs(exit_code="0"), "o") == {"exitCode": "0"}
    assert dump_inputs([], "o") is None
    assert dump_arguments(None, "o") is None


def test_unsupported_entries_name_the_owner() -> None:
    with pytest.raises(InvalidType, match=r"template 'x': inputs cannot hold a int \(3\)"):
        dump_inputs([3], "template 'x'")


def test_iter_io_flattens_dicts() -> None:
    items = iter_io([{"a": "1", "b": Parameter(value="2")}, Artifact(name="c")])
    assert [(type(i).__name__, i.name) for i in items] == [
        ("Parameter", "a"),
        ("Parameter", "b"),
        ("Artifact", "c"),
    ]
