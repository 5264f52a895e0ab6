"""`Artifact`: a file or directory passed into or out of a template, task, step or workflow."""

from __future__ import annotations

from typing import Any

from hera.workflows._fields import ARTIFACT, field_map
from hera.workflows._serialize import as_data
from hera.workflows.exceptions import DSLError

__all__ = ["Artifact"]

_FIELDS = field_map(ARTIFACT, rename={"from": "from_"})
_ATTRS = tuple(attr for attr, _ in _FIELDS)


class Artifact:
    """A named artifact: `Artifact(name="result", path="/tmp/result.txt")`.

    Every field of Argo's Artifact is a keyword argument in snake_case (`from_` for `from`, `sub_path`,
    `global_name`, `archive`, `recurse_mode`, ...). Storage locations (`s3`, `gcs`, `git`, `http`, `raw`,
    `artifactory`, `azure`, `hdfs`, `oss`, `plugin`) take the generated models or dicts. `output` (hera's flag
    for the outputs of runner-style script functions) is kept on the object and not written.
    """

    __slots__ = (*_ATTRS, "_order", "output")

    def __init__(self, name: str | None = None, *, output: bool = False, **kwargs: Any) -> None:
        self.name = name
        self.output = output
        self._order: tuple[str, ...] | None = None
        for attr in _ATTRS[1:]:
            setattr(self, attr, None)
        for key, value in kwargs.items():
            if key not in _ATTRS or key == "name":
                raise TypeError(
                    f"Artifact {name!r}: unknown argument {key!r}; valid: {', '.join(_ATTRS[1:])}, output"
                )
            setattr(self, key, value)

    @classmethod
    def _load(cls, data: dict[str, Any]) -> Artifact:
        obj = cls.__new__(cls)
        obj.output = False
        obj._order = tuple(data)
        for attr, key in _FIELDS:
            setattr(obj, attr, data.get(key))
        return obj

    def _dump(self) -> dict[str, Any]:
        if self.name is None:
            raise DSLError("an Artifact has no name; every artifact needs name=")
        out: dict[str, Any] = {}
        for attr, key in _FIELDS:
            value = getattr(self, attr)
            if value is not None:
                out[key] = as_data(value, self._order is not None)
        if self._order:
            from hera.workflows._template import reorder

            return reorder(out, self._order)
        return out

    def with_name(self, name: str) -> Artifact:
        """A copy of this artifact under another name."""
        obj = Artifact.__new__(type(self))
        for slot in Artifact.__slots__:
            setattr(obj, slot, getattr(self, slot))
        obj.name = name
        return obj

    def _as_model(self) -> Any:
        from hera.workflows.models import Artifact as ModelArtifact

        return ModelArtifact.model_validate(self._dump())

    def as_input(self) -> Any:
        """This artifact as a `models.Artifact`."""
        return self._as_model()

    as_argument = as_input
    as_output = as_input

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{attr}={getattr(self, attr)!r}" for attr in _ATTRS if getattr(self, attr) is not None
        )
        return f"Artifact({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Artifact):
            return NotImplemented
        return self._dump() == other._dump()

    __hash__ = None  # type: ignore[assignment]
