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

__all__ = ["ValueObject"]


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
