"""`Sequence`: the numbers a task or step loops over with `with_sequence=`."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError
from hera.workflows.parameter import Parameter

__all__ = ["Sequence"]


@dataclasses.dataclass(kw_only=True)
class Sequence(ValueObject):
    """`Sequence(count="5")`, `Sequence(start="100", end="105")`, `Sequence(count="3", format="user%02d")`.

    `count` and `end` exclude each other; `start` and `end` default to 0 in Argo. Each bound is a number or a
    string (a number as text, or a reference such as `step.result`), written as given; a `Parameter` made by
    `get_parameter(...)` stands for its value.
    """

    count: int | str | None = None
    start: int | str | None = None
    end: int | str | None = None
    format: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.count is not None and self.end is not None:
            raise DSLError(
                f"Sequence: give count or end, not both (count={self.count!r}, end={self.end!r}); "
                "count is the number of items, end the last number"
            )
        for field in ("count", "start", "end"):
            value = getattr(self, field)
            if isinstance(value, Parameter):
                value = str(value)
                setattr(self, field, value)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, str))):
                raise DSLError(
                    f"Sequence: {field} must be an int or a string (a number or an expression), got {value!r}"
                )

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for field in ("count", "start", "end", "format"):
            value = getattr(self, field)
            if value is not None:
                data[field] = value
        return data
