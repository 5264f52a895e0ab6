"""The description of one REST operation: the table that drives request building for every client."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Body", "ModelRef", "Operation", "QueryParam", "ResponseKind"]

ResponseKind = Literal["json", "stream", "binary"]
"""How a response is read: one JSON document, a stream of JSON items, or raw bytes."""

QueryKind = Literal["string", "boolean", "integer", "array"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})


@dataclass(frozen=True)
class ModelRef:
    """A model class named by module and class, imported only when first needed."""

    module: str
    name: str

    def load(self) -> Any:
        """The class itself (imports its module on first use)."""
        return getattr(importlib.import_module(self.module), self.name)

    def matches(self, value: object) -> bool:
        """Whether `value` is an instance of this class (imported only when a class of that name is seen)."""
        if not any(c.__name__ == self.name for c in type(value).__mro__):
            return False
        return isinstance(value, self.load())

    def __str__(self) -> str:
        return f"{self.module}:{self.name}"


@dataclass(frozen=True)
class QueryParam:
    """One query parameter, by its wire name (`listOptions.labelSelector`) and how its value is encoded.

    `integer` values travel as decimal strings (protobuf int64), `boolean` as `true`/`false`, `array`
    values as one repeated parameter per item; `enum`, when given, lists the accepted strings.
    """

    name: str
    kind: QueryKind = "string"
    enum: tuple[str, ...] = ()
    python_name: str = ""

    @property
    def argument(self) -> str:
        """The keyword argument the generated methods use for this parameter."""
        return self.python_name or self.name


@dataclass(frozen=True)
class Body:
    """The request body of an operation.

    Attributes:
        model: the wrapper request model (e.g. `WorkflowCreateRequest`), or None when any JSON value is sent.
        fields: the wrapper's JSON property names; path parameters with the same name are copied into it.
        object_field: the wrapper property holding the resource (`workflow`, `template`, ...), if any; a
            resource given in place of the wrapper is wrapped under it.
        object_model: the resource's model.
        optional: whether the body may be omitted (then an empty wrapper is sent).
    """

    model: ModelRef | None = None
    fields: tuple[str, ...] = ()
    object_field: str | None = None
    object_model: ModelRef | None = None
    optional: bool = False


@dataclass(frozen=True)
class Operation:
    """One operation of the Argo Server API, as the pinned swagger describes it."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query: tuple[QueryParam, ...] = ()
    body: Body | None = None
    response: ModelRef | None = None
    kind: ResponseKind = "json"

    @property
    def idempotent(self) -> bool:
        """Whether repeating the request cannot do more than doing it once (GET, HEAD, PUT, DELETE)."""
        return self.method.upper() in IDEMPOTENT_METHODS

    @property
    def query_by_name(self) -> dict[str, QueryParam]:
        """The query parameters keyed by wire name."""
        return {param.name: param for param in self.query}
