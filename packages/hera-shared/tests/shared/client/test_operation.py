"""`Operation`, `ModelRef` and `QueryParam`: the table entries the transports work from."""

from __future__ import annotations

from collections import OrderedDict

from hera.shared._client import Body, ModelRef, Operation, QueryParam


def test_a_model_ref_loads_its_class_on_demand() -> None:
    ref = ModelRef("collections", "OrderedDict")
    assert ref.load() is OrderedDict
    assert str(ref) == "collections:OrderedDict"


def test_a_model_ref_matches_instances_and_subclasses_only() -> None:
    ref = ModelRef("collections", "OrderedDict")

    class Sub(OrderedDict):
        pass

    assert ref.matches(OrderedDict())
    assert ref.matches(Sub())
    assert not ref.matches({})


def test_a_model_ref_does_not_import_for_unrelated_names() -> None:
    assert not ModelRef("no.such.module", "Thing").matches({"a": 1})


def test_idempotent_methods() -> None:
    def op(method: str) -> Operation:
        return Operation("X_Y", method, "/x")

    assert [m for m in ("GET", "PUT", "DELETE", "POST", "PATCH", "head") if op(m).idempotent] == [
        "GET",
        "PUT",
        "DELETE",
        "head",
    ]


def test_query_param_argument_defaults_to_the_wire_name() -> None:
    assert QueryParam("fields").argument == "fields"
    assert QueryParam("listOptions.continue", python_name="continue_").argument == "continue_"
    op = Operation("X_Y", "GET", "/x", query=(QueryParam("a"), QueryParam("b", "boolean")))
    assert list(op.query_by_name) == ["a", "b"]
    assert Body().optional is False
