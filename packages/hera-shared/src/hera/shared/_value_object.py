"""`ValueObject`: the base of the small value classes the hera DSLs are made of (environment variables,
resources, volumes, artifact locations, retry strategies, event sources, triggers, ...).

Subclasses are keyword-only dataclasses that implement `_build()`, returning the manifest data. The base adds
what every DSL class offers: defaults from `global_config.set_class_defaults(cls, ...)` fill the fields the
caller left at their declared default, and `global_config.register_pre_build_hook` hooks run when the object is
dumped (`_dump()`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.shared.config import global_config

__all__ = ["ValueObject", "declared_default"]


class ValueObject:
    """Base class for `@dataclasses.dataclass(kw_only=True)` value classes; see the module docstring."""

    _given: frozenset[str]
    """The fields the caller passed (set in `__new__`; not a dataclass field)."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        obj = super().__new__(cls)
        # Remember which fields the caller gave, so a class default never replaces one of them, even when
        # the given value equals the field's declared default.
        positional = [field.name for field in dataclasses.fields(cls)[: len(args)]] if args else []  # type: ignore[arg-type]
        obj._given = frozenset(kwargs).union(positional)
        return obj

    def __post_init__(self) -> None:
        defaults = global_config.get_class_defaults(type(self))
        if not defaults:
            return
        given = getattr(self, "_given", None)
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            if field.name not in defaults:
                continue
            left_out = (
                field.name not in given
                if given is not None
                else (getattr(self, field.name) == declared_default(field))
            )
            if left_out:
                setattr(self, field.name, defaults[field.name])

    def _build(self, *context: Any) -> Any:
        """The manifest data of this value (a dict, usually); `context` is what `_dump` was given."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _build()")

    def _dump(self, *context: Any) -> Any:
        """Apply the pre-build hooks registered for this class, then build (passing `context` through, for
        values whose output depends on where they are used)."""
        obj = global_config.apply_pre_build_hooks(self)
        return obj._build(*context)


def declared_default(field: dataclasses.Field[Any]) -> Any:
    """The value a dataclass field takes when the caller leaves it out (`MISSING` when it has none)."""
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return dataclasses.MISSING
