"""Turn response bodies into typed results: one JSON document, or the items of a stream.

Streams come as newline-delimited JSON (one `{"result": ...}` per line) or, when the server honours
`Accept: text/event-stream`, as server-sent events (`data: {...}` blocks separated by a blank line, with
`:` comment lines as keep-alives). `ItemDecoder` accepts bytes in chunks of any size and returns complete
items; an item `{"error": {...}}` becomes an `ArgoServerError`.
"""

from __future__ import annotations

import json
from typing import Any

from hera.shared._client.errors import ResponseValidationError, error_from_stream_item
from hera.shared._client.operation import Operation

__all__ = [
    "IncompleteItem",
    "ItemDecoder",
    "MalformedItem",
    "construct",
    "decode_document",
    "is_partial",
    "stream_result",
    "to_model",
]


class MalformedItem(Exception):
    """A complete line or event of the stream is not JSON (or not UTF-8)."""


class IncompleteItem(Exception):
    """The stream ended in the middle of an item."""


class ItemDecoder:
    """Incremental parser of a streamed body into JSON items (NDJSON, or SSE when `sse`)."""

    def __init__(self, sse: bool) -> None:
        self.sse = sse
        self._buffer = b""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[Any]:
        """The items completed by `chunk` (possibly none)."""
        *lines, self._buffer = (self._buffer + chunk).split(b"\n")
        items: list[Any] = []
        for raw in lines:
            try:
                line = raw.rstrip(b"\r").decode("utf-8")
            except UnicodeDecodeError as error:
                raise MalformedItem(f"a streamed line is not UTF-8: {error}") from None
            item = self._line(line)
            if item is not None:
                items.append(item)
        return items

    def _line(self, line: str) -> Any:
        if not self.sse:
            return _parse(line, MalformedItem) if line.strip() else None
        if not line:
            if not self._data:
                return None
            data, self._data = "\n".join(self._data), []
            return _parse(data, MalformedItem)
        if line.startswith(":"):
            return None  # comment: the server's keep-alive
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)
        return None  # `event:`, `id:` and `retry:` carry nothing we use

    def close(self) -> list[Any]:
        """The items left when the body ended; IncompleteItem if it ended inside one."""
        rest = self._buffer.decode("utf-8", errors="replace")
        self._buffer = b""
        items: list[Any] = []
        if rest.strip():
            if self.sse:
                name, _, value = rest.partition(":")
                if name != "data":
                    raise IncompleteItem(f"the stream ended inside a line: {rest[:80]!r}")
                self._data.append(value[1:] if value.startswith(" ") else value)
            else:
                items.append(_parse(rest, IncompleteItem))
        if self._data:
            data, self._data = "\n".join(self._data), []
            items.append(_parse(data, IncompleteItem))
        return items


def _parse(text: str, error: type[Exception]) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise error(f"not a complete JSON item: {text[:80]!r}") from None


def to_model(op: Operation, data: Any, *, partial: bool = False) -> Any:
    """`data` validated as the operation's response model (unchanged when it declares none).

    With `partial` (the call asked for only some `fields`), an answer that lacks required fields is
    built without validation, keeping exactly what the server sent.
    """
    if op.response is None:
        return data
    from pydantic import ValidationError

    cls = op.response.load()
    try:
        return cls.model_validate(_without_nulls(cls, data))
    except ValidationError as error:
        if partial and all(e["type"] == "missing" for e in error.errors()):
            return construct(cls, data)
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(the whole body)"
        raise ResponseValidationError(
            op.operation_id,
            f"the response is not a valid {op.response.name}: {error.error_count()} error(s), "
            f"the first at {where}: {first['msg']}",
            data,
        ) from None


def _without_nulls(cls: Any, data: Any) -> Any:
    """Top-level nulls as Go writes them for empty fields: `"items": null` becomes `[]` for a required
    list, other nulls are dropped (the Argo Server sends an empty list as `{"items": null}`).
    """
    if not isinstance(data, dict) or None not in data.values():
        return data
    fields = {(info.alias or name): info for name, info in getattr(cls, "model_fields", {}).items()}
    cleaned = {}
    for key, value in data.items():
        info = fields.get(key)
        if value is not None:
            cleaned[key] = value
        elif info is not None and info.is_required() and getattr(info.annotation, "__origin__", None) is list:
            cleaned[key] = []
        elif info is not None and info.is_required():
            cleaned[key] = value  # let validation name the missing value
    return cleaned


def construct(annotation: Any, value: Any) -> Any:
    """`value` as `annotation` without validation: nested models built with `model_construct`."""
    import types
    import typing

    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        candidates = [arg for arg in args if arg is not type(None)]
        return construct(candidates[0], value) if len(candidates) == 1 else value
    if origin is list and isinstance(value, list) and args:
        return [construct(args[0], item) for item in value]
    if origin is dict and isinstance(value, dict) and len(args) == 2:
        return {key: construct(args[1], item) for key, item in value.items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(value, dict):
        annotation.model_rebuild()
        fields = {}
        for name, info in annotation.model_fields.items():
            key = info.alias or name
            if key in value and value[key] is not None:
                fields[name] = construct(info.annotation, value[key])
        return annotation.model_construct(**fields)
    return value


def is_partial(query: Any) -> bool:
    """Whether a call asked for only some fields (Argo's `fields` parameter)."""
    return bool(query and query.get("fields"))


def decode_document(op: Operation, content: bytes, *, partial: bool = False) -> Any:
    """The model of a JSON response body (an empty body counts as `{}`)."""
    text = content.decode("utf-8", errors="replace")
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError:
        raise ResponseValidationError(
            op.operation_id, f"the response is not JSON: {text[:200]!r}", text
        ) from None
    return to_model(op, data, partial=partial)


def stream_result(
    op: Operation,
    item: Any,
    method: str,
    path: str,
    secrets: tuple[str | None, ...],
    *,
    partial: bool = False,
) -> Any:
    """The typed result of one stream item; its error item raised as an `ArgoServerError`."""
    if isinstance(item, dict):
        if item.get("error"):
            raise error_from_stream_item(item["error"], method, path, secrets)
        if "result" in item:
            return to_model(op, item["result"], partial=partial)
    return to_model(op, item, partial=partial)
