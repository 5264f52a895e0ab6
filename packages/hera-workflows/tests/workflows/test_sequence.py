"""`Sequence`: the numbers of `with_sequence`, in tasks and steps, loaded back, defaults, hooks and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import DAG, Container, Parameter, Sequence, Steps, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_bounds_are_written_as_given() -> None:
    assert plain(Sequence(count="5")) == {"count": "5"}
    assert plain(Sequence(count=5)) == {"count": 5}
    assert plain(Sequence(start="100", end="105")) == {"start": "100", "end": "105"}
    assert plain(Sequence(count="5", format="user%02X")) == {"count": "5", "format": "user%02X"}
    assert plain(Sequence(start=5)) == {"start": 5}
    m.Sequence.model_validate(plain(Sequence(start="1", end="{{steps.a.outputs.result}}")))


def test_sequences_in_steps_and_tasks_read_output_references() -> None:
    echo = Container(
        name="echo", image="busybox", inputs=[Parameter(name="n")], outputs=[Parameter(name="k")]
    )
    with Workflow(generate_name="seq-", entrypoint="steps") as w:
        with Steps(name="steps"):
            first = echo(name="first", arguments={"n": "1"})
            echo(
                name="again", arguments={"n": "{{item}}"}, with_sequence=Sequence(start="1", end=first.result)
            )
        with DAG(name="dag"):
            a = echo(name="a", arguments={"n": "1"})
            b = echo(
                name="b", arguments={"n": "{{item}}"}, with_sequence=Sequence(count=a.get_parameter("k"))
            )
            a >> b
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    steps, dag = (t for t in manifest["spec"]["templates"] if t["name"] in ("steps", "dag"))
    assert steps["steps"][1][0]["withSequence"] == {"start": "1", "end": "{{steps.first.outputs.result}}"}
    assert dag["dag"]["tasks"][1]["withSequence"] == {"count": "{{tasks.a.outputs.parameters.k}}"}
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(Sequence, format="item-%d")

    @global_config.register_pre_build_hook
    def from_one(sequence: Sequence) -> Sequence:
        return sequence if sequence.start is not None else dataclasses.replace(sequence, start="1")

    assert plain(Sequence(count="3")) == {"count": "3", "start": "1", "format": "item-%d"}
    assert plain(Sequence(count="3", start="0", format="%x")) == {"count": "3", "start": "0", "format": "%x"}


def test_errors_say_what_would_be_valid() -> None:
    with pytest.raises(DSLError, match=r"Sequence: give count or end, not both \(count='3', end='9'\)"):
        Sequence(count="3", end="9")
    with pytest.raises(DSLError, match=r"Sequence: start must be an int or a string .*got 1\.5"):
        Sequence(start=1.5, count=2)  # type: ignore[arg-type]
    with pytest.raises(DSLError, match="Sequence: count must be an int or a string"):
        Sequence(count=True)
