"""`plain`: turn what users pass to the builders (builders, generated models, objects with `to_dict()`, dicts,
lists) into JSON-compatible manifest data, without importing pydantic or any other distribution.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from hera.events.exceptions import EventsDSLError

__all__ = ["plain", "reorder"]

_SCALARS = (str, int, float, bool)


def plain(value: Any, where: str) -> Any:
    """Manifest data for `value`; `None` entries of mappings are dropped (a manifest never holds null).

    Builder parts (anything with `_dump()`) are dumped; generated models and other objects with a `to_dict()`
    method (a `hera.workflows.Workflow`, duck-typed) are converted with it. `where` names the place for errors.
    """
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value, where)
    if isinstance(value, Mapping):
        return {str(key): plain(item, f"{where}.{key}") for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [plain(item, f"{where}[{index}]") for index, item in enumerate(value)]
    dump = getattr(value, "_dump", None)
    if callable(dump):
        return plain(dump(), where)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict(), where)
    raise EventsDSLError(
        f"{where}: cannot put a {type(value).__name__} into a manifest; give a dict, a list, a scalar, "
        "a hera.events.models object or an object with a to_dict() method"
    )


def reorder(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    """`data` with the keys listed in `order` first, in that order (the order a loaded manifest had)."""
    if not order:
        return data
    ordered = {key: data[key] for key in order if key in data}
    ordered.update((key, value) for key, value in data.items() if key not in ordered)
    return ordered
