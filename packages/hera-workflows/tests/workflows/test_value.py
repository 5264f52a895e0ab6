"""`ValueObject`: class defaults fill untouched fields; pre-build hooks run when the value is dumped."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.shared import global_config
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject


@dataclasses.dataclass(kw_only=True)
class Knob(ValueObject):
    name: str
    level: int | None = None
    tags: list[str] = dataclasses.field(default_factory=list)

    def _build(self) -> Any:
        data: dict[str, Any] = {"name": self.name}
        if self.level is not None:
            data["level"] = self.level
        if self.tags:
            data["tags"] = list(self.tags)
        return data


def test_class_defaults_fill_only_fields_left_at_their_default() -> None:
    global_config.set_class_defaults(Knob, level=3, tags=["x"])
    assert plain(Knob(name="a")) == {"name": "a", "level": 3, "tags": ["x"]}
    assert plain(Knob(name="b", level=7)) == {"name": "b", "level": 7, "tags": ["x"]}


def test_without_defaults_values_are_as_given() -> None:
    assert plain([Knob(name="a"), Knob(name="b", tags=["t"])]) == [
        {"name": "a"},
        {"name": "b", "tags": ["t"]},
    ]


def test_pre_build_hooks_run_on_dump() -> None:
    @global_config.register_pre_build_hook
    def louder(knob: Knob) -> Knob:
        return dataclasses.replace(knob, level=(knob.level or 0) + 10)

    assert plain(Knob(name="a", level=1)) == {"name": "a", "level": 11}
