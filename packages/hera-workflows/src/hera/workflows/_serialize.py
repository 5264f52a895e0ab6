"""Turning DSL values, generated models and plain Python values into JSON-compatible manifest data."""

from __future__ import annotations

import enum
import json
from typing import Any

__all__ = ["human_order", "plain", "serialize"]

_SCALARS = (str, bool, int, float)


def plain(value: Any) -> Any:
    """A JSON-compatible copy of `value`: DSL objects and pydantic models are dumped by alias, without None.

    Plain scalars are returned as they are; dicts and lists are rebuilt only as deep as needed.
    """
    if value is None or isinstance(value, _SCALARS):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    if isinstance(value, dict):
        return {str(k.value if isinstance(k, enum.Enum) else k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    dump = getattr(value, "_dump", None)
    if dump is not None:
        return dump()
    if hasattr(value, "model_dump"):
        return human_order(value.model_dump(mode="json", by_alias=True, exclude_none=True))
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (set, frozenset)):
        return [plain(v) for v in value]
    return value


def _rank(item: tuple[str, Any]) -> tuple[int, str]:
    key, value = item
    if key == "name":
        return (0, key)
    if isinstance(value, dict):
        return (3, key)
    return (2 if isinstance(value, list) else 1, key)


def human_order(value: Any) -> Any:
    """`value` with the keys of every mapping in hera 7's YAML order: `name`, then scalars, lists and
    mappings, each group alphabetical. Applied to dumped models, so their YAML reads as hera's does."""
    if isinstance(value, dict):
        return dict(sorted(((k, human_order(v)) for k, v in value.items()), key=_rank))
    if isinstance(value, list):
        return [human_order(v) for v in value]
    return value


def serialize(value: Any) -> str:
    """A parameter value as Argo wants it: strings as they are, anything else as JSON (`1` -> `"1"`)."""
    if isinstance(value, str):
        return value
    data = plain(value)
    if isinstance(data, str) and not isinstance(value, (dict, list, tuple)):
        return data
    try:
        return json.dumps(data)
    except (TypeError, ValueError):
        return str(value)
