"""The DSL's value classes: `ValueObject` (their base, shared with hera.events, see
`hera.shared._value_object`) and `load_exact`, which turns loaded manifest data into a value object only when it
writes the data back exactly.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.shared._value_object import ValueObject, declared_default

__all__ = ["ValueObject", "load_exact"]


def load_exact(cls: type[ValueObject], data: Any, fields: dict[str, Any], **state: Any) -> Any:
    """A `cls` object loaded from manifest `data`, or `data` itself when the class cannot hold it exactly.

    `fields` are the dataclass fields (others keep their declared default) and `state` the `_order`-style
    attributes that make `_build()` write keys in the manifest's order. The object keeps the values as they
    were read (class defaults are not applied); it must pass the class's own checks, its constructor must leave
    those values as they are (a `10` that it would turn into `"10s"` does not fit), and it must build back to
    data equal to `data`. A value that fails any of these is kept as plain data.
    """
    obj = object.__new__(cls)
    declared = dataclasses.fields(cls)  # type: ignore[arg-type]
    values = {field.name: fields.get(field.name, declared_default(field)) for field in declared}
    for name, value in values.items():
        setattr(obj, name, value)
    try:
        obj.__post_init__()
    except (ValueError, TypeError):  # DSLError is a ValueError
        return data
    if any(getattr(obj, name) != value for name, value in fields.items()):
        return data
    for name, value in (*values.items(), *state.items()):
        setattr(obj, name, value)
    try:
        built = obj._build()
    except (ValueError, TypeError):
        return data
    return obj if built == data else data
