"""`Suspend`: durations and intermediate parameters."""

from __future__ import annotations

from hera.workflows import Parameter, Suspend


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
