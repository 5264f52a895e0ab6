"""Plain data from DSL values and models; parameter values as JSON; hera's key order in what the DSL writes."""

from __future__ import annotations

import enum

from hera.workflows import Container, Parameter, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import human_order, plain, serialize


class Colour(enum.Enum):
    red = "red"


def test_plain_converts_models_enums_tuples_and_sets() -> None:
    data = plain({"a": (1, 2), "b": m.TemplateRef(name="x", template="y"), Colour.red: Colour.red, "s": {3}})
    assert data == {"a": [1, 2], "b": {"name": "x", "template": "y"}, "red": "red", "s": [3]}
    assert plain(Parameter(name="p", value="1")) == {"name": "p", "value": "1"}


def test_serialize_writes_json_except_for_strings() -> None:
    assert serialize("text") == "text"
    assert serialize(1) == "1"
    assert serialize(True) == "true"
    assert serialize(None) == "null"
    assert serialize({"a": [1, "b"]}) == '{"a": [1, "b"]}'
    assert serialize(m.TemplateRef(name="x", template="y")) == '{"name": "x", "template": "y"}'
    assert serialize(Colour.red) == "red"


def test_human_order_puts_name_then_scalars_lists_and_mappings() -> None:
    value = {"z": {"b": 1, "a": 2}, "list": [{"y": 1, "name": "n"}], "b": 1, "name": "first", "a": "x"}
    ordered = human_order(value)
    assert list(ordered) == ["name", "a", "b", "list", "z"]
    assert list(ordered["z"]) == ["a", "b"]
    assert list(ordered["list"][0]) == ["name", "y"]
    assert list(plain(value)) == list(value)


def test_generated_models_are_written_name_first() -> None:
    dumped = plain(m.Parameter(value="1", name="p", description="d"))
    assert list(dumped) == ["name", "description", "value"]


def test_dicts_keep_the_order_they_are_given_in_and_fields_follow_argo_order() -> None:
    c = Container(
        name="c",
        image="busybox",
        args=["hi"],
        command=["echo"],
        retry_strategy={"backoff": {"factor": "2"}, "limit": "3"},
        node_selector={"zone": "a", "arch": "amd64"},
        inputs=[Parameter(name="p")],
    )
    built = c._build()
    assert list(built) == ["name", "inputs", "nodeSelector", "container", "retryStrategy"]
    assert list(built["container"]) == ["image", "command", "args"]
    assert list(built["retryStrategy"]) == ["backoff", "limit"]
    assert list(built["nodeSelector"]) == ["zone", "arch"]
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "w"},
        "spec": {
            "templates": [
                {"name": "c", "container": {"image": "x"}, "retryStrategy": {"backoff": {}, "limit": "3"}}
            ]
        },
    }
    loaded = Workflow.from_dict(manifest).to_dict(validate=False)
    assert list(loaded["spec"]["templates"][0]["retryStrategy"]) == ["backoff", "limit"]
