"""`Operator`: comparison and boolean operators for `when` conditions, `next()` and selectors."""

from __future__ import annotations

from enum import Enum

__all__ = ["Operator"]


class Operator(str, Enum):
    """Operators as Argo writes them (the names are hera 7's)."""

    does_not_exist = "DoesNotExist"
    exists = "Exists"
    gt = "Gt"
    in_ = "In"
    lt = "Lt"
    not_in = "NotIn"
    equals = "=="
    greater = ">"
    less = "<"
    greater_equal = ">="
    less_equal = "<="
    not_equal = "!="
    or_ = "||"
    and_ = "&&"
    starts_with = "=~"

    def __str__(self) -> str:
        return str(self.value)
