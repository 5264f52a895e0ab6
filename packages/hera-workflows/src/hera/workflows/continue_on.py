"""`ContinueOn`: let a workflow go on after a step or task that failed or errored."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ContinueOn"]


@dataclasses.dataclass(kw_only=True)
class ContinueOn(ValueObject):
    """`Step(..., continue_on=ContinueOn(failed=True))`: the steps or tasks after this one still run when it
    `failed` (its main container exited non-zero) or ended in `error` (Argo or Kubernetes could not run it)."""

    failed: bool | None = None
    error: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        for field in ("failed", "error"):
            value = getattr(self, field)
            if value is not None and not isinstance(value, bool):
                raise DSLError(f"ContinueOn: {field} must be True or False; got {value!r}")

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.error is not None:
            data["error"] = self.error
        if self.failed is not None:
            data["failed"] = self.failed
        return data
