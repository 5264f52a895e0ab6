"""`ValueObject`: the base of the DSL's small value classes (environment variables, resources, volumes,
artifact locations, retry strategies, metrics, ...).

Subclasses are keyword-only dataclasses that implement `_build()`, returning the manifest data. The base adds
what every DSL class offers: defaults from `global_config.set_class_defaults(cls, ...)` fill the fields the
caller left at their declared default, and `global_config.register_pre_build_hook` hooks run when the object is
dumped (`_dump()` is what `hera.workflows._serialize.plain` calls for any DSL value).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.shared import global_config

__all__ = ["ValueObject", "load_exact"]


class ValueObject:
    """Base class for `@dataclasses.dataclass(kw_only=True)` value classes; see the module docstring."""

    def __post_init__(self) -> None:
        defaults = global_config.get_class_defaults(type(self))
        if not defaults:
            return
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            if field.name in defaults and getattr(self, field.name) == _declared_default(field):
                setattr(self, field.name, defaults[field.name])

    def _build(self) -> Any:
        """The manifest data of this value (a dict, usually)."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _build()")

    def _dump(self) -> Any:
        """Apply the pre-build hooks registered for this class, then build."""
        obj = global_config.apply_pre_build_hooks(self)
        return obj._build()


def _declared_default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return dataclasses.MISSING


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
    values = {field.name: fields.get(field.name, _declared_default(field)) for field in declared}
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
