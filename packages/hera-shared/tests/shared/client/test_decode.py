"""Response bodies into typed results: JSON documents, NDJSON and SSE streams, error items."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hera.shared import NotFound, ServerError
from hera.shared._client import ModelRef, Operation, ResponseValidationError
from hera.shared._client.decode import (
    IncompleteItem,
    ItemDecoder,
    MalformedItem,
    construct,
    decode_document,
    is_partial,
    stream_result,
    to_model,
)
from hera.shared.base_model import BaseModel


class Meta(BaseModel):
    name: str
    labels: dict[str, str] | None = None


class Item(BaseModel):
    metadata: Meta
    spec: dict[str, Any]


class ItemList(BaseModel):
    items: list[Item]
    kind: str | None = None


LIST = Operation("X_List", "GET", "/x", response=ModelRef(__name__, "ItemList"))
ITEM = Operation("X_Watch", "GET", "/x", response=ModelRef(__name__, "Item"), kind="stream")
RAW = Operation("X_Raw", "GET", "/x")

RESULTS = [{"result": {"metadata": {"name": f"n{i}"}, "spec": {"i": i}}} for i in range(3)]


def ndjson() -> bytes:
    return b"".join(json.dumps(item).encode() + b"\n" for item in RESULTS)


def sse() -> bytes:
    parts = [b": keep-alive\n\n"]
    for item in RESULTS:
        text = json.dumps(item, indent=1).encode()  # a multi-line event: several data lines
        parts.append(b"".join(b"data: " + line + b"\n" for line in text.split(b"\n")) + b"\n")
    parts.insert(2, b"event: message\nid: 7\nretry: 100\n: another comment\r\n")
    return b"".join(parts)


@pytest.mark.parametrize(("body", "is_sse"), [(ndjson(), False), (sse(), True)], ids=["ndjson", "sse"])
@pytest.mark.parametrize("size", [1, 2, 7, 64, 100_000])
def test_items_are_found_whatever_the_chunking(body: bytes, is_sse: bool, size: int) -> None:
    decoder = ItemDecoder(sse=is_sse)
    items: list[Any] = []
    for start in range(0, len(body), size):
        items += decoder.feed(body[start : start + size])
    items += decoder.close()
    assert items == RESULTS


def test_a_last_line_without_newline_is_still_an_item() -> None:
    decoder = ItemDecoder(sse=False)
    assert decoder.feed(b'{"result": 1}\n{"result": 2}') == [{"result": 1}]
    assert decoder.close() == [{"result": 2}]
    sse_decoder = ItemDecoder(sse=True)
    assert sse_decoder.feed(b'data: {"result": 3}') == []
    assert sse_decoder.close() == [{"result": 3}]


@pytest.mark.parametrize(
    ("is_sse", "body"),
    [
        (False, b'{"result": {"a": '),
        (True, b'data: {"result": {"a": '),
        (True, b'data: {"a": 1}\ndata: {"b"'),
    ],
)
def test_a_body_ending_inside_an_item_is_incomplete(is_sse: bool, body: bytes) -> None:
    decoder = ItemDecoder(sse=is_sse)
    decoder.feed(body)
    with pytest.raises(IncompleteItem, match="not a complete JSON item"):
        decoder.close()


def test_a_garbage_line_is_malformed() -> None:
    with pytest.raises(MalformedItem):
        ItemDecoder(sse=False).feed(b"<html>\n")
    with pytest.raises(IncompleteItem, match="inside a line"):
        decoder = ItemDecoder(sse=True)
        decoder.feed(b"bogus-field")
        decoder.close()


def test_stream_results_and_error_items() -> None:
    item = stream_result(ITEM, RESULTS[0], "GET", "/x", ())
    assert isinstance(item, Item) and item.metadata.name == "n0"
    assert stream_result(RAW, {"result": [1]}, "GET", "/x", ()) == [1]
    assert stream_result(RAW, {"bare": True}, "GET", "/x", ()) == {"bare": True}
    with pytest.raises(NotFound) as caught:
        stream_result(
            ITEM, {"error": {"grpc_code": 5, "http_code": 404, "message": "gone tok"}}, "GET", "/x", ("tok",)
        )
    assert (caught.value.message, caught.value.path) == ("gone ***", "/x")
    with pytest.raises(ServerError):
        stream_result(ITEM, {"error": {"message": "no code"}}, "GET", "/x", ())


def test_documents_are_validated() -> None:
    listed = decode_document(LIST, b'{"items": [{"metadata": {"name": "a"}, "spec": {}}]}')
    assert isinstance(listed, ItemList) and listed.items[0].metadata.name == "a"
    assert decode_document(RAW, b"") == {}
    with pytest.raises(ResponseValidationError, match="X_List: the response is not JSON"):
        decode_document(LIST, b"<html>")
    with pytest.raises(ResponseValidationError) as caught:
        decode_document(LIST, b'{"items": [{"metadata": {}, "spec": {}}]}')
    assert "the first at items.0.metadata.name: Field required" in str(caught.value)
    assert caught.value.data == {"items": [{"metadata": {}, "spec": {}}]}


def test_go_nulls_are_absent_values() -> None:
    """The Argo Server writes an empty list as `"items": null` and unset fields as null."""
    listed = to_model(LIST, {"items": None, "kind": None})
    assert (listed.items, listed.kind) == ([], None)


def test_a_partial_answer_is_kept_without_validation() -> None:
    data = {"items": [{"metadata": {"name": "a", "labels": {"x": "y"}}}]}
    with pytest.raises(ResponseValidationError):
        to_model(LIST, data)
    listed = to_model(LIST, data, partial=True)
    assert isinstance(listed.items[0], Item)
    assert isinstance(listed.items[0].metadata, Meta)
    assert listed.items[0].metadata.labels == {"x": "y"}
    assert "spec" not in listed.items[0].model_fields_set
    with pytest.raises(ResponseValidationError):
        to_model(LIST, {"items": [{"metadata": {"name": 3}, "spec": {}}]}, partial=True)


def test_construct_leaves_plain_values_alone() -> None:
    assert construct(int, "x") == "x"
    assert construct(list[Meta], [{"name": "a"}])[0].name == "a"
    assert construct(dict[str, Meta], {"k": {"name": "b"}})["k"].name == "b"
    assert (
        is_partial({"fields": "items.metadata"}) and not is_partial({"fields": None}) and not is_partial(None)
    )


def test_a_line_that_is_not_utf8_is_a_malformed_item() -> None:
    decoder = ItemDecoder(sse=False)
    with pytest.raises(MalformedItem, match="not UTF-8"):
        decoder.feed(b'{"result": "\xff"}\n')


def test_many_lines_in_one_chunk_and_a_line_split_across_chunks() -> None:
    decoder = ItemDecoder(sse=False)
    lines = b"".join(b'{"result": %d}\n' % i for i in range(1000))
    assert [item["result"] for item in decoder.feed(lines + b'{"result": ')] == list(range(1000))
    assert decoder.feed(b"1000}\n") == [{"result": 1000}]
