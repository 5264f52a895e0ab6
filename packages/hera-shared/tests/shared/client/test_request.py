"""`build_request` and `encode_body`: one request, built the same way for both transports."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hera.shared import Secret
from hera.shared._client import Body, ModelRef, Operation, QueryParam, build_request
from hera.shared._client.request import encode_body
from hera.shared._client.settings import Resolved
from hera.shared.base_model import BaseModel

SETTINGS = Resolved(
    base_url="https://argo:2746/base",
    namespace="default-ns",
    verify_ssl=True,
    client_certs=None,
    timeout=(1.0, 2.0),
    authorization=Secret("Bearer tok"),
)


class Thing(BaseModel):
    kind: str = "Thing"
    metadata: dict[str, Any] | None = None
    spec: dict[str, Any] | None = None


class ThingRequest(BaseModel):
    namespace: str | None = None
    name: str | None = None
    thing: Thing | None = None
    dry_run: bool | None = None


class Dsl:
    def to_dict(self) -> dict[str, Any]:
        return {"kind": "Thing", "metadata": {"name": "from-dsl"}}


HERE = __name__
WRAPPER = Body(
    model=ModelRef(HERE, "ThingRequest"),
    fields=("dryRun", "name", "namespace", "thing"),
    object_field="thing",
    object_model=ModelRef(HERE, "Thing"),
)
CREATE = Operation("Things_Create", "POST", "/api/v1/things/{namespace}", ("namespace",), body=WRAPPER)
UPDATE = Operation(
    "Things_Update", "PUT", "/api/v1/things/{namespace}/{name}", ("namespace", "name"), body=WRAPPER
)
ACTION = Operation(
    "Things_Stop",
    "PUT",
    "/api/v1/things/{namespace}/{name}/stop",
    ("namespace", "name"),
    body=Body(model=ModelRef(HERE, "ThingRequest"), fields=("name", "namespace"), optional=True),
)
LIST = Operation(
    "Things_List",
    "GET",
    "/api/v1/things/{namespace}",
    ("namespace",),
    query=(
        QueryParam("listOptions.limit", "integer", python_name="limit"),
        QueryParam("listOptions.watch", "boolean", python_name="watch"),
        QueryParam("deleteOptions.dryRun", "array", python_name="dry_run"),
        QueryParam("type", "string", ("A", "B")),
        QueryParam("fields"),
    ),
    kind="stream",
)


def sent(op: Operation, body: Any, path: dict[str, Any] | None = None) -> Any:
    request = build_request(op, SETTINGS, path or {"namespace": None}, None, body)
    return json.loads(request.content or b"null")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"kind": "Thing", "metadata": {"name": "from-dsl"}}, id="manifest"),
        pytest.param(Thing(metadata={"name": "from-dsl"}), id="model"),
        pytest.param(Dsl(), id="dsl"),
        pytest.param(ThingRequest(thing=Thing(metadata={"name": "from-dsl"})), id="wrapper-model"),
        pytest.param({"thing": {"kind": "Thing", "metadata": {"name": "from-dsl"}}}, id="wrapper-dict"),
    ],
)
def test_a_resource_is_wrapped_and_a_wrapper_is_sent_as_is(body: Any) -> None:
    assert sent(CREATE, body) == {
        "thing": {"kind": "Thing", "metadata": {"name": "from-dsl"}},
        "namespace": "default-ns",
    }


def test_the_namespace_comes_from_the_argument_then_the_body_then_the_settings() -> None:
    def path(body: Any, namespace: str | None = None) -> str:
        return build_request(CREATE, SETTINGS, {"namespace": namespace}, None, body).path

    assert path({"kind": "Thing"}, "given") == "/base/api/v1/things/given"
    assert path({"kind": "Thing", "metadata": {"namespace": "meta"}}) == "/base/api/v1/things/meta"
    assert path({"thing": {"kind": "Thing"}, "namespace": "wrapper"}) == "/base/api/v1/things/wrapper"
    assert path({"kind": "Thing"}) == "/base/api/v1/things/default-ns"


def test_path_parameters_fill_the_wrapper_and_must_agree_with_it() -> None:
    assert sent(UPDATE, {"kind": "Thing"}, {"namespace": "n", "name": "a"}) == {
        "thing": {"kind": "Thing"},
        "namespace": "n",
        "name": "a",
    }
    with pytest.raises(ValueError, match="Things_Update: the body's 'name' is 'b' but the call is for 'a'"):
        sent(UPDATE, {"thing": {}, "name": "b"}, {"namespace": "n", "name": "a"})


def test_an_optional_body_may_be_left_out() -> None:
    assert sent(ACTION, None, {"namespace": "n", "name": "a"}) == {"namespace": "n", "name": "a"}
    with pytest.raises(TypeError, match="Things_Create needs a request body or a Thing"):
        sent(CREATE, None)


def test_bodies_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(TypeError, match="Things_Create: the body must be a ThingRequest"):
        encode_body(CREATE, ["not", "a", "dict"])
    with pytest.raises(TypeError, match="Things_List takes no request body"):
        build_request(LIST, SETTINGS, {"namespace": "n"}, None, {"x": 1})
    with pytest.raises(TypeError, match="not JSON-serialisable"):
        sent(CREATE, {"kind": "Thing", "spec": {"when": object()}})


def test_any_json_body() -> None:
    receive = Operation("E_Receive", "POST", "/api/v1/events/{namespace}", ("namespace",), body=Body())
    assert sent(receive, [1, "two", {"three": 3}]) == [1, "two", {"three": 3}]


def test_query_values_are_encoded_by_kind() -> None:
    request = build_request(
        LIST,
        SETTINGS,
        {"namespace": "n"},
        {
            "listOptions.limit": 10,
            "listOptions.watch": True,
            "deleteOptions.dryRun": ["All", "X"],
            "type": "B",
            "fields": None,
        },
    )
    assert request.params == (
        ("listOptions.limit", "10"),
        ("listOptions.watch", "true"),
        ("deleteOptions.dryRun", "All"),
        ("deleteOptions.dryRun", "X"),
        ("type", "B"),
    )


@pytest.mark.parametrize(
    ("query", "error", "message"),
    [
        ({"listOptions.limit": 1.5}, TypeError, "Things_List: limit must be an int"),
        ({"listOptions.limit": "--5"}, TypeError, "Things_List: limit must be an int"),
        ({"listOptions.limit": "²"}, TypeError, "Things_List: limit must be an int"),
        ({"listOptions.watch": 1}, TypeError, "Things_List: watch must be True or False"),
        ({"deleteOptions.dryRun": "All"}, TypeError, "Things_List: dry_run must be a list of str"),
        ({"type": "C"}, ValueError, "Things_List: type='C' is not one of A, B"),
        ({"nope": 1}, TypeError, "Things_List has no query parameter 'nope'"),
    ],
)
def test_bad_query_values_name_the_operation_and_argument(
    query: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        build_request(LIST, SETTINGS, {"namespace": "n"}, query)


def test_headers_url_and_repr() -> None:
    request = build_request(LIST, SETTINGS, {"namespace": "a b/c"})
    assert request.url == "https://argo:2746/base/api/v1/things/a%20b%2Fc"
    assert request.path == "/base/api/v1/things/a%20b%2Fc"
    assert request.accept == "text/event-stream"
    headers = request.headers()
    assert headers["Authorization"] == "Bearer tok"
    assert headers["User-Agent"].startswith("hera/")
    assert "Content-Type" not in headers
    assert "tok" not in repr(request)
    create = build_request(CREATE, SETTINGS, {"namespace": "n"}, None, {"kind": "Thing"})
    assert create.headers()["Content-Type"] == "application/json"
    assert (create.idempotent, request.idempotent) == (False, True)


def test_a_missing_path_parameter() -> None:
    with pytest.raises(ValueError, match="Things_Update: the path parameter 'name' is required"):
        build_request(UPDATE, SETTINGS, {"namespace": "n", "name": None}, None, {"kind": "Thing"})
    with pytest.raises(TypeError, match="the path parameter 'name' must be a str"):
        build_request(UPDATE, SETTINGS, {"namespace": "n", "name": 3}, None, {"kind": "Thing"})
