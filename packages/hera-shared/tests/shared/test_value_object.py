"""`ValueObject`: class defaults fill the fields left at their default; pre-build hooks run on `_dump()`."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.shared import global_config
from hera.shared._value_object import ValueObject, declared_default


@dataclasses.dataclass(kw_only=True)
class Dial(ValueObject):
    name: str
    level: int | None = None
    marks: list[int] = dataclasses.field(default_factory=list)

    def _build(self) -> Any:
        return {"name": self.name, "level": self.level, "marks": self.marks}


def test_class_defaults_fill_untouched_fields_only() -> None:
    global_config.set_class_defaults(Dial, level=5, marks=[1])
    assert Dial(name="a")._dump() == {"name": "a", "level": 5, "marks": [1]}
    assert Dial(name="b", level=2)._dump() == {"name": "b", "level": 2, "marks": [1]}


def test_a_given_value_wins_even_when_it_equals_the_declared_default() -> None:
    global_config.set_class_defaults(Dial, level=5)
    assert Dial(name="a", level=None)._dump()["level"] is None
    assert Dial(name="b")._dump()["level"] == 5


@dataclasses.dataclass
class Knob(ValueObject):
    name: str | None = None
    level: int | None = None

    def _build(self) -> Any:
        return {"name": self.name, "level": self.level}


def test_positional_arguments_count_as_given() -> None:
    global_config.set_class_defaults(Knob, name="default", level=5)
    assert Knob(None, None)._dump() == {"name": None, "level": None}
    assert Knob(None)._dump() == {"name": None, "level": 5}


def test_hooks_run_when_dumped_not_when_created() -> None:
    seen: list[str] = []

    @global_config.register_pre_build_hook
    def mark(dial: Dial) -> Dial:
        seen.append(dial.name)
        return dataclasses.replace(dial, level=9)

    dial = Dial(name="a")
    assert seen == []
    assert dial._dump()["level"] == 9
    assert seen == ["a"]


def test_declared_default_of_each_kind_of_field() -> None:
    name, level, marks = dataclasses.fields(Dial)
    assert declared_default(name) is dataclasses.MISSING
    assert declared_default(level) is None
    assert declared_default(marks) == []
