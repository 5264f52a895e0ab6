"""`BaseModel`: the pydantic base class of every generated and hand-written model of the toolkit."""

from __future__ import annotations

from typing import Any

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel"]

_VERSION = tuple(int(part) for part in pydantic.VERSION.split(".")[:2])

# pydantic 2.11 split `populate_by_name` into `validate_by_name` / `validate_by_alias`; older 2.x releases
# do not know them, so the new ones are set only where they exist.
_BY_NAME_AND_ALIAS = (
    ConfigDict(validate_by_name=True, validate_by_alias=True) if _VERSION >= (2, 11) else ConfigDict()
)


class BaseModel(pydantic.BaseModel):
    """Fields validate by name and by alias, unknown keys are refused, enums are stored as their values,
    and building the validator waits for first use (`defer_build`) so importing many models is cheap.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        extra="forbid",
        defer_build=True,
        use_enum_values=True,
        arbitrary_types_allowed=False,
        **_BY_NAME_AND_ALIAS,
    )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-compatible dict keyed by alias (the manifest's camelCase names), without None values."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """The same content as `to_dict()`, as a JSON string."""
        return self.model_dump_json(by_alias=True, exclude_none=True, indent=indent)
