"""`Suspend`: a template that pauses the workflow for a duration or until it is resumed."""

from __future__ import annotations

import re
from typing import Any

from hera.workflows._io import iter_io
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase, reorder
from hera.workflows.exceptions import DSLError, InvalidType
from hera.workflows.parameter import Parameter

__all__ = ["Suspend"]

# Argo reads a bare number as seconds, anything else as a Go duration (`90s`, `2m`, `1h30m`; no days).
_DURATION = re.compile(r"\d+|(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+")


class Suspend(TemplateBase):
    """`Suspend(name="approve")` waits until the workflow is resumed; `Suspend(name="delay", duration=20)`
    resumes by itself after 20 seconds (or a Go duration such as `"2m"`).

    Values a person supplies when resuming (`argo node set ... -p x=...`): `intermediate_parameters=[
    Parameter(name="approve", enum=["YES", "NO"], default="NO")]` declares each as an input (with its
    default, enum and description) and an output with `valueFrom.supplied`, as hera 7 writes them. An
    output `Parameter` given without a value or `value_from` is such a supplied value too (its `default`,
    if any, becomes `valueFrom.default`).
    """

    _BODY_KEY = "suspend"
    _EXTRA = ("duration", "intermediate_parameters")

    def _post_init(self) -> None:
        title = f"Suspend {self.name!r}"
        duration = self.duration
        if duration is not None:
            if isinstance(duration, bool) or not isinstance(duration, (int, float, str)):
                raise InvalidType(
                    f"{title}: duration must be a number of seconds or a duration string such as '2m', "
                    f"got a {type(duration).__name__}"
                )
            if isinstance(duration, (int, float)) and duration < 0:
                raise DSLError(f"{title}: duration must not be negative, got {duration!r}")
            if isinstance(duration, str) and "{{" not in duration and not _DURATION.fullmatch(duration):
                raise DSLError(
                    f"{title}: duration {duration!r} is not valid; use seconds ('20') or a Go duration with "
                    "units ns, us, ms, s, m, h ('90s', '2m', '1h30m'; days are not accepted)"
                )
        for item in iter_io(self.intermediate_parameters):
            if not isinstance(item, Parameter):
                raise InvalidType(
                    f"{title}: intermediate_parameters must be Parameters, got a {type(item).__name__} ({item!r})"
                )

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
        outputs = self.outputs
        if self._key_order is None and outputs is not None:
            outputs = [_supplied(item) for item in iter_io(outputs)]
        if not extra:
            return outputs
        supplied = [Parameter(name=p.name, value_from={"supplied": {}}) for p in extra]
        return [*iter_io(outputs), *supplied]

    def _build_body(self) -> Any:
        body: dict[str, Any] = {}
        if self.duration is not None:
            body["duration"] = _duration_text(self.duration)
        return reorder(body, self._body_order)


def _duration_text(duration: Any) -> str:
    """Argo's text for a duration: seconds as a bare integer, a fraction of a second with the unit `s`."""
    if isinstance(duration, str):
        return duration
    value = plain(duration)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}s"
    return str(int(value)) if isinstance(value, float) else str(value)


def _supplied(item: Any) -> Any:
    """An output parameter with no value source is supplied when resuming (`valueFrom.supplied`)."""
    if not isinstance(item, Parameter) or item.value is not None or item.value_from is not None:
        return item
    value_from: dict[str, Any] = {"supplied": {}}
    if item.default is not None:
        value_from["default"] = item.default
    return Parameter(
        name=item.name, description=item.description, global_name=item.global_name, value_from=value_from
    )
