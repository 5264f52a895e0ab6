"""`Suspend`: durations, intermediate parameters, supplied outputs, errors and loading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hera.workflows import Container, Parameter, Steps, Suspend, ValueFrom, Workflow
from hera.workflows.exceptions import DSLError, InvalidType


def test_duration_is_written_as_a_string() -> None:
    assert Suspend(name="s", duration=20)._build() == {"name": "s", "suspend": {"duration": "20"}}
    assert Suspend(name="s", duration="2m")._build() == {"name": "s", "suspend": {"duration": "2m"}}
    assert Suspend(name="s")._build() == {"name": "s", "suspend": {}}


def test_intermediate_parameters_are_inputs_and_supplied_outputs() -> None:
    s = Suspend(
        name="approve", intermediate_parameters=[Parameter(name="ok", enum=["yes", "no"], default="no")]
    )
    assert s._build() == {
        "name": "approve",
        "inputs": {"parameters": [{"name": "ok", "default": "no", "enum": ["yes", "no"]}]},
        "outputs": {"parameters": [{"name": "ok", "valueFrom": {"supplied": {}}}]},
        "suspend": {},
    }


def test_output_parameters_without_a_source_are_supplied(
    assert_schema_valid: Callable[[dict[str, Any]], None],
) -> None:
    with Workflow(generate_name="s-", entrypoint="main") as w:
        approve = Suspend(
            name="approve",
            outputs=[
                Parameter(name="message"),
                Parameter(name="choice", default="NO", description="YES or NO"),
                Parameter(name="fixed", value_from=ValueFrom(supplied=True, default="x")),
                Parameter(name="constant", value="c"),
            ],
        )
        echo = Container(
            name="echo", inputs=[Parameter(name="m")], image="busybox", args=["{{inputs.parameters.m}}"]
        )
        with Steps(name="main"):
            step = approve(name="approve")
            echo(name="echo", arguments={"m": step.get_parameter("message")})
    assert approve._build()["outputs"] == {
        "parameters": [
            {"name": "message", "valueFrom": {"supplied": {}}},
            {"name": "choice", "description": "YES or NO", "valueFrom": {"default": "NO", "supplied": {}}},
            {"name": "fixed", "valueFrom": {"supplied": {}, "default": "x"}},
            {"name": "constant", "value": "c"},
        ]
    }
    assert_schema_valid(w.to_dict())


def test_fractional_durations_carry_a_unit() -> None:
    assert Suspend(name="s", duration=1.5)._build()["suspend"] == {"duration": "1.5s"}
    assert Suspend(name="s", duration=30.0)._build()["suspend"] == {"duration": "30"}
    assert Suspend(name="s", duration="1h30m")._build()["suspend"] == {"duration": "1h30m"}
    assert Suspend(name="s", duration="{{inputs.parameters.wait}}")._build()["suspend"]["duration"] == (
        "{{inputs.parameters.wait}}"
    )


def test_errors_name_the_template_and_field() -> None:
    with pytest.raises(
        DSLError, match=r"Suspend 's': duration '1d' is not valid; use seconds \('20'\) or a Go"
    ):
        Suspend(name="s", duration="1d")
    with pytest.raises(DSLError, match="Suspend 's': duration must not be negative"):
        Suspend(name="s", duration=-1)
    with pytest.raises(InvalidType, match="Suspend 's': duration must be a number of seconds"):
        Suspend(name="s", duration=[1])
    with pytest.raises(
        InvalidType, match="Suspend 's': intermediate_parameters must be Parameters, got a int"
    ):
        Suspend(name="s", intermediate_parameters=[1])


def test_loaded_outputs_are_written_back_unchanged() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "s"},
        "spec": {
            "entrypoint": "approve",
            "templates": [
                {
                    "name": "approve",
                    "suspend": {},
                    "outputs": {"parameters": [{"name": "m", "valueFrom": {"supplied": {}}}]},
                }
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    assert isinstance(w.templates[0], Suspend)
    assert w.to_dict() == manifest
