"""`Parameter`: an input, output or argument parameter of a template, task, step or workflow."""

from __future__ import annotations

from typing import Any

from hera.workflows._serialize import plain, serialize
from hera.workflows.exceptions import DSLError

__all__ = ["Parameter"]

_INPUT = ("name", "default", "description", "value", "enum", "valueFrom")
_OUTPUT = ("name", "description", "globalName", "value", "valueFrom")
_ARGUMENT = ("name", "description", "globalName", "value", "enum", "valueFrom")
_ALL = ("name", "default", "description", "globalName", "value", "enum", "valueFrom")


def _misplaced_value_from(name: str | None, field: str) -> DSLError:
    return DSLError(
        f"Parameter {name!r}: a ValueFrom says where the value comes from; pass it as value_from=, not {field}="
    )


class Parameter:
    """A named string value: `Parameter(name="message", default="hi", enum=["hi", "bye"])`.

    Non-string `value`, `default` and `enum` entries are written as JSON (`1` -> `"1"`, `{"a": 1}` ->
    `'{"a": 1}'`), as hera does. Which fields are written depends on where the parameter is used:
    inputs drop `global_name`, outputs drop `default`/`enum`, arguments drop `default`.
    `value_from` takes a `ValueFrom` (`ValueFrom(path="/tmp/out")`, `ValueFrom(expression=...)`, ...), a
    `models.ValueFrom` or a dict. `output` (hera's flag for
    the outputs of runner-style script functions) is kept on the object and not written.
    """

    __slots__ = (
        "_keep",
        "default",
        "description",
        "enum",
        "global_name",
        "name",
        "output",
        "value",
        "value_from",
    )

    def __init__(
        self,
        name: str | None = None,
        value: Any = None,
        default: Any = None,
        enum: list[Any] | None = None,
        description: str | None = None,
        global_name: str | None = None,
        value_from: Any = None,
        output: bool = False,
    ) -> None:
        if value is not None and value_from is not None:
            raise DSLError(f"Parameter {name!r}: give either value or value_from, not both")
        if value is not None and type(value).__name__ == "ValueFrom":
            raise _misplaced_value_from(name, "value")
        if default is not None and type(default).__name__ == "ValueFrom":
            raise _misplaced_value_from(name, "default")
        self.name = name
        self.value = value if value is None else serialize(value)
        self.default = default if default is None else serialize(default)
        self.enum = enum if enum is None else [serialize(v) for v in enum]
        self.description = description
        self.global_name = global_name
        self.value_from = value_from
        self.output = output
        self._keep: tuple[str, ...] | None = None

    @classmethod
    def _load(cls, data: dict[str, Any]) -> Parameter:
        """A parameter holding a manifest's fields exactly (written back unchanged wherever it is used)."""
        obj = cls.__new__(cls)
        obj.name = data.get("name")
        obj.value = data.get("value")
        obj.default = data.get("default")
        obj.enum = data.get("enum")
        obj.description = data.get("description")
        obj.global_name = data.get("globalName")
        obj.value_from = data.get("valueFrom")
        obj.output = False
        obj._keep = tuple(data)
        return obj

    def _field(self, key: str) -> Any:
        keep = self._keep is not None
        if key == "name":
            return self.name
        if key == "value":
            return self.value if keep or self.value is None else serialize(self.value)
        if key == "default":
            return self.default if keep or self.default is None else serialize(self.default)
        if key == "enum":
            if self.enum is None or keep:
                return self.enum
            return [serialize(v) for v in self.enum]
        if key == "description":
            return self.description
        if key == "globalName":
            return self.global_name
        return plain(self.value_from)

    def _dump_keys(self, keys: tuple[str, ...]) -> dict[str, Any]:
        if self.name is None:
            raise DSLError(f"a Parameter has no name (value={self.value!r}); every parameter needs name=")
        if self._keep is not None:
            keys = self._keep
        out = {}
        for key in keys:
            value = self._field(key)
            if value is not None:
                out[key] = value
        return out

    def _dump(self) -> dict[str, Any]:
        return self._dump_keys(_ALL)

    def _dump_input(self) -> dict[str, Any]:
        return self._dump_keys(_INPUT)

    def _dump_output(self) -> dict[str, Any]:
        return self._dump_keys(_OUTPUT)

    def _dump_argument(self) -> dict[str, Any]:
        return self._dump_keys(_ARGUMENT)

    def with_name(self, name: str) -> Parameter:
        """A copy of this parameter under another name."""
        obj = self._copy()
        obj.name = name
        return obj

    def _copy(self) -> Parameter:
        obj = Parameter.__new__(type(self))
        for slot in Parameter.__slots__:
            setattr(obj, slot, getattr(self, slot))
        return obj

    def _model(self, data: dict[str, Any]) -> Any:
        from hera.workflows.models import Parameter as ModelParameter

        return ModelParameter.model_validate(data)

    def as_input(self) -> Any:
        """This parameter as a `models.Parameter` for a template's inputs."""
        return self._model(self._dump_input())

    def as_argument(self) -> Any:
        """This parameter as a `models.Parameter` for arguments."""
        return self._model(self._dump_argument())

    def as_output(self) -> Any:
        """This parameter as a `models.Parameter` for a template's outputs."""
        return self._model(self._dump_output())

    def __str__(self) -> str:
        """The value (so an output reference can be used inside an f-string), else a reference to the input."""
        if self.value is not None:
            return serialize(self.value)
        return f"{{{{inputs.parameters.{self.name}}}}}"

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{slot}={getattr(self, slot)!r}"
            for slot in ("name", "value", "default", "enum", "description", "global_name", "value_from")
            if getattr(self, slot) is not None
        )
        return f"Parameter({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Parameter):
            return NotImplemented
        return self._dump() == other._dump() and self.output == other.output

    __hash__ = None  # type: ignore[assignment]
