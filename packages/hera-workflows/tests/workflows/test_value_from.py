"""`ValueFrom` and `ConfigMapKeySelector`: each source, defaults, use in inputs/outputs/arguments (lists and
dicts), loading back, class defaults and hooks, and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import (
    DAG,
    ConfigMapKeySelector,
    Container,
    Parameter,
    Steps,
    Suspend,
    ValueFrom,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


@pytest.mark.parametrize(
    ("value_from", "expected"),
    [
        (ValueFrom(path="/tmp/out"), {"path": "/tmp/out"}),
        (ValueFrom(path="/tmp/out", default="none"), {"path": "/tmp/out", "default": "none"}),
        (
            ValueFrom(expression="tasks.a.outputs.result ?? 'x'"),
            {"expression": "tasks.a.outputs.result ?? 'x'"},
        ),
        (ValueFrom(parameter="{{steps.a.outputs.result}}"), {"parameter": "{{steps.a.outputs.result}}"}),
        (ValueFrom(supplied=True), {"supplied": {}}),
        (ValueFrom(supplied={}), {"supplied": {}}),
        (ValueFrom(event="payload.message"), {"event": "payload.message"}),
        (ValueFrom(json_path="{.status.phase}"), {"jsonPath": "{.status.phase}"}),
        (ValueFrom(jq_filter=".status"), {"jqFilter": ".status"}),
        (
            ValueFrom(config_map_key_ref=ConfigMapKeySelector(name="cfg", key="msg")),
            {"configMapKeyRef": {"name": "cfg", "key": "msg"}},
        ),
        (
            ValueFrom(
                config_map_key_ref=ConfigMapKeySelector(name="cfg", key="msg", optional=True), default=3
            ),
            {"configMapKeyRef": {"name": "cfg", "key": "msg", "optional": True}, "default": "3"},
        ),
        (
            ValueFrom(config_map_key_ref=m.ConfigMapKeySelector(name="cfg", key="msg")),
            {"configMapKeyRef": {"name": "cfg", "key": "msg"}},
        ),
    ],
)
def test_each_source_is_written(value_from: ValueFrom, expected: dict[str, object]) -> None:
    assert plain(value_from) == expected
    m.ValueFrom.model_validate(plain(value_from))


def test_parameter_source_takes_output_references() -> None:
    with Workflow(name="w", entrypoint="main"), Steps(name="main"):
        producer = Container(name="produce", image="busybox", outputs=[Parameter(name="out")])
        step = producer(name="produce")
    assert plain(ValueFrom(parameter=step.get_parameter("out"))) == {
        "parameter": "{{steps.produce.outputs.parameters.out}}"
    }
    assert plain(ValueFrom(parameter=step.result)) == {"parameter": "{{steps.produce.outputs.result}}"}


def test_inputs_outputs_and_workflow_arguments_use_value_from() -> None:
    config = ValueFrom(config_map_key_ref=ConfigMapKeySelector(name="simple-parameters", key="msg"))
    with Workflow(
        generate_name="value-from-",
        entrypoint="main",
        arguments=[Parameter(name="message", value_from=config)],
    ) as w:
        produce = Container(
            name="produce",
            inputs=[Parameter(name="in", value_from=config)],
            outputs=[Parameter(name="out", value_from=ValueFrom(path="/tmp/out", default="none"))],
            image="busybox",
            command=["sh", "-c", "echo {{inputs.parameters.in}} > /tmp/out"],
        )
        with DAG(
            name="main",
            outputs=[
                Parameter(name="result", value_from=ValueFrom(expression="tasks.a.outputs.parameters.out"))
            ],
        ):
            produce(name="a")
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["arguments"] == {
        "parameters": [
            {"name": "message", "valueFrom": {"configMapKeyRef": {"name": "simple-parameters", "key": "msg"}}}
        ]
    }
    templates = {t["name"]: t for t in spec["templates"]}
    assert templates["produce"]["inputs"]["parameters"][0]["valueFrom"] == {
        "configMapKeyRef": {"name": "simple-parameters", "key": "msg"}
    }
    assert templates["produce"]["outputs"]["parameters"][0]["valueFrom"] == {
        "path": "/tmp/out",
        "default": "none",
    }
    assert templates["main"]["outputs"]["parameters"][0]["valueFrom"] == {
        "expression": "tasks.a.outputs.parameters.out"
    }
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_a_value_from_in_a_dict_becomes_the_parameters_value_from() -> None:
    config = ValueFrom(config_map_key_ref=ConfigMapKeySelector(name="cfg", key="k"))
    w = Workflow(generate_name="w-", arguments={"message": config, "plain": "text"})
    assert w.to_dict(validate=False)["spec"]["arguments"]["parameters"] == [
        {"name": "message", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "k"}}},
        {"name": "plain", "value": "text"},
    ]
    model = Workflow(generate_name="w-", arguments={"message": m.ValueFrom(path="/p")})
    assert model.to_dict(validate=False)["spec"]["arguments"] == {
        "parameters": [{"name": "message", "valueFrom": {"path": "/p"}}]
    }
    template = Container(name="t", image="busybox", outputs={"out": ValueFrom(path="/tmp/out")})
    assert template._build()["outputs"] == {
        "parameters": [{"name": "out", "valueFrom": {"path": "/tmp/out"}}]
    }


def test_suspend_supplied_outputs_match_value_from_supplied() -> None:
    approval = Suspend(name="approval", intermediate_parameters=[Parameter(name="approve")])
    supplied = Container(
        name="c", image="busybox", outputs=[Parameter(name="approve", value_from=ValueFrom(supplied=True))]
    )
    assert approval._build()["outputs"] == supplied._build()["outputs"]


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(ValueFrom, default="fallback")
    global_config.set_class_defaults(ConfigMapKeySelector, optional=True)

    @global_config.register_pre_build_hook
    def relocate(value_from: ValueFrom) -> ValueFrom:
        if value_from.path is None:
            return value_from
        return dataclasses.replace(value_from, path=f"/outputs{value_from.path}")

    assert plain(ValueFrom(path="/out")) == {"path": "/outputs/out", "default": "fallback"}
    assert plain(ValueFrom(expression="x", default="given")) == {"expression": "x", "default": "given"}
    assert plain(ConfigMapKeySelector(name="cfg", key="k")) == {"name": "cfg", "key": "k", "optional": True}


def test_errors_say_what_would_be_valid() -> None:
    with pytest.raises(
        DSLError, match=r"ValueFrom: give exactly one source of config_map_key_ref, .*\(got none\)"
    ):
        ValueFrom(default="x")
    with pytest.raises(DSLError, match=r"\(got expression, path\)"):
        ValueFrom(path="/p", expression="x")
    with pytest.raises(DSLError, match="got none"):
        ValueFrom(supplied=False)
    with pytest.raises(DSLError, match="ConfigMapKeySelector: key must be a non-empty string"):
        ConfigMapKeySelector(name="cfg", key="")
    with pytest.raises(
        DSLError,
        match="Parameter 'p': a ValueFrom says where the value comes from; pass it as "
        "value_from=, not value=",
    ):
        Parameter(name="p", value=ValueFrom(path="/p"))
    with pytest.raises(DSLError, match="not default="):
        Parameter(name="p", default=m.ValueFrom(path="/p"))


def test_outputs_given_as_a_dict_of_value_froms_are_known_to_tasks() -> None:
    produce = Container(name="produce", image="busybox", outputs={"out": ValueFrom(path="/tmp/out")})
    with Workflow(name="w", entrypoint="main"), DAG(name="main"):
        task = produce(name="a")
        assert task.get_parameter("out").value == "{{tasks.a.outputs.parameters.out}}"
        with pytest.raises(
            DSLError, match="template 'produce' has no output parameter 'other'; its output parameters: 'out'"
        ):
            task.get_parameter("other")
