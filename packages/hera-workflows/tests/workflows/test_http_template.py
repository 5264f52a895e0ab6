"""`HTTP` templates and their headers: literal and from secrets, bodies, conditions, and errors."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import HTTP, HTTPHeader, HTTPSecretHeader, Parameter, Steps, Workflow
from hera.workflows import models as m
from hera.workflows.exceptions import DSLError, InvalidType

SchemaCheck = Callable[[dict[str, Any]], None]


def test_every_field_and_both_header_kinds(assert_schema_valid: SchemaCheck) -> None:
    with Workflow(generate_name="http-", entrypoint="main") as w:
        post = HTTP(
            name="post",
            inputs=[Parameter(name="url")],
            url="{{inputs.parameters.url}}",
            method="POST",
            headers=[
                HTTPHeader(name="Content-Type", value="application/json"),
                HTTPSecretHeader(name="Authorization", secret_name="api", secret_key="token", optional=False),
                m.HTTPHeader(name="X-Model", value="1"),
            ],
            body={"text": "hi", "n": 1},
            success_condition="response.statusCode == 201",
            timeout_seconds=30,
            insecure_skip_verify=True,
            timeout="1m",
        )
        with Steps(name="main"):
            post(name="post", arguments={"url": "https://example.com/api"})
    assert post._build()["http"] == {
        "body": '{"text": "hi", "n": 1}',
        "insecureSkipVerify": True,
        "method": "POST",
        "successCondition": "response.statusCode == 201",
        "timeoutSeconds": 30,
        "url": "{{inputs.parameters.url}}",
        "headers": [
            {"name": "Content-Type", "value": "application/json"},
            {
                "name": "Authorization",
                "valueFrom": {"secretKeyRef": {"key": "token", "name": "api", "optional": False}},
            },
            {"name": "X-Model", "value": "1"},
        ],
    }
    assert post._build()["timeout"] == "1m"
    assert_schema_valid(w.to_dict())


def test_headers_as_a_dict_and_bytes_body(assert_schema_valid: SchemaCheck) -> None:
    h = HTTP(
        name="h",
        url="https://example.com",
        headers={
            "Accept": "text/plain",
            "Authorization": HTTPSecretHeader(name="Authorization", secret_name="s", secret_key="k"),
        },
        body_from=b"\x00raw",
    )
    body = h._build()["http"]
    assert body["headers"] == [
        {"name": "Accept", "value": "text/plain"},
        {"name": "Authorization", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}},
    ]
    assert base64.b64decode(body["bodyFrom"]["bytes"]) == b"\x00raw"
    assert json.loads(HTTP(name="j", url="http://x", body=[1, 2])._build()["http"]["body"]) == [1, 2]
    with Workflow(name="w", entrypoint="h", templates=[h]) as w:
        pass
    assert_schema_valid(w.to_dict())


def test_repr_hides_credential_header_values() -> None:
    secret = "Bearer abc123"
    assert secret not in repr(HTTPHeader(name="Authorization", value=secret))
    assert "'***'" in repr(HTTPHeader(name="X-Api-Key", value=secret))
    assert (
        repr(HTTPHeader(name="Accept", value="text/plain")) == "HTTPHeader(name='Accept', value='text/plain')"
    )


def test_class_defaults_apply_to_headers_and_templates() -> None:
    global_config.set_class_defaults(HTTP, method="GET", timeout_seconds=10)
    assert HTTP(name="h", url="https://example.com")._build()["http"] == {
        "method": "GET",
        "timeoutSeconds": 10,
        "url": "https://example.com",
    }


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({}, DSLError, r"HTTP 'h': url is required \(an http:// or https:// URL"),
        ({"url": "ftp://x"}, DSLError, "url 'ftp://x' must start with http:// or https://"),
        ({"url": 1}, InvalidType, "HTTP 'h': url must be a string"),
        (
            {"url": "http://x", "method": "get"},
            DSLError,
            r"method 'get' is not valid \(did you mean 'GET'\?\)",
        ),
        (
            {"url": "http://x", "method": "FETCH"},
            DSLError,
            "method 'FETCH' is not valid; use one of GET, HEAD",
        ),
        ({"url": "http://x", "timeout_seconds": 0}, DSLError, "timeout_seconds must be a positive int"),
        ({"url": "http://x", "body": "a", "body_from": b"b"}, DSLError, "either body or body_from"),
        ({"url": "http://x", "body": 3}, InvalidType, "body must be text, or a dict/list sent as JSON"),
        (
            {"url": "http://x", "insecure_skip_verify": "no"},
            InvalidType,
            "insecure_skip_verify must be True or False",
        ),
        ({"url": "http://x", "headers": "Accept: x"}, InvalidType, r"headers must be a \{name: value\} dict"),
        ({"url": "http://x", "headers": {"A": 1}}, InvalidType, "header 'A' must have a string value"),
        (
            {"url": "http://x", "headers": {"Bad Name": "x"}},
            DSLError,
            "HTTP header name 'Bad Name' is not valid",
        ),
    ],
)
def test_errors_name_the_template_and_field(kwargs: dict[str, Any], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        HTTP(name="h", **kwargs)


def test_header_errors_do_not_leak_values() -> None:
    with pytest.raises(InvalidType, match="HTTPHeader 'Authorization': value must be a string") as info:
        HTTPHeader(name="Authorization", value=12345)  # type: ignore[arg-type]
    assert "12345" not in str(info.value)
    with pytest.raises(DSLError, match="HTTPSecretHeader 'A': secret_key must be a non-empty string"):
        HTTPSecretHeader(name="A", secret_name="s", secret_key="")


def test_loading_round_trips() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "h"},
        "spec": {
            "entrypoint": "h",
            "templates": [
                {"name": "h", "http": {"url": "https://x", "successCondition": "response.statusCode == 201"}}
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    assert isinstance(w.templates[0], HTTP)
    assert w.templates[0].success_condition == "response.statusCode == 201"
    assert w.to_dict() == manifest
