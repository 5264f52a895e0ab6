"""`Suspend`: a template that pauses the workflow for a duration or until it is resumed."""

from __future__ import annotations

from typing import Any

from hera.workflows._io import iter_io
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase, reorder
from hera.workflows.parameter import Parameter

__all__ = ["Suspend"]


class Suspend(TemplateBase):
    """`Suspend(name="approve", duration=20)` (seconds, or a string such as `"2m"`).

    `intermediate_parameters=[Parameter(name="approved")]` declares values a person supplies when
    resuming: each becomes an input and an output with `valueFrom.supplied`, as hera 7 writes them.
    """

    _BODY_KEY = "suspend"
    _EXTRA = ("duration", "intermediate_parameters")

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import expect_dict
        from hera.workflows.exceptions import ManifestLoadError

        body = expect_dict(data, path)
        for key, value in body.items():
            if key != "duration":
                raise ManifestLoadError(f"unknown field {key!r}; valid fields: duration", (*path, key))
            self.duration = value
        self._body_order = tuple(body)

    def _intermediate(self) -> list[Parameter]:
        return [p for p in iter_io(self.intermediate_parameters) if isinstance(p, Parameter)]

    def _inputs_value(self) -> Any:
        extra = self._intermediate()
        if not extra:
            return self.inputs
        return [*iter_io(self.inputs), *extra]

    def _outputs_value(self) -> Any:
        extra = self._intermediate()
        if not extra:
            return self.outputs
        supplied = [Parameter(name=p.name, value_from={"supplied": {}}) for p in extra]
        return [*iter_io(self.outputs), *supplied]

    def _build_body(self) -> Any:
        body: dict[str, Any] = {}
        if self.duration is not None:
            body["duration"] = self.duration if isinstance(self.duration, str) else str(plain(self.duration))
        return reorder(body, self._body_order)
