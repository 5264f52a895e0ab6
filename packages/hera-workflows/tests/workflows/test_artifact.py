"""`Artifact`: every Argo artifact field as a keyword argument."""

from __future__ import annotations

import pytest

from hera.workflows import Artifact
from hera.workflows import models as m
from hera.workflows.exceptions import DSLError


def test_fields_in_order() -> None:
    a = Artifact(
        name="a",
        path="/a",
        from_="{{tasks.x.outputs.artifacts.a}}",
        mode=0o755,
        optional=True,
        archive=m.ArchiveStrategy(none=m.NoneStrategy()),
        s3={"key": "k"},
        sub_path="sub",
        global_name="g",
    )
    assert a._dump() == {
        "name": "a",
        "from": "{{tasks.x.outputs.artifacts.a}}",
        "globalName": "g",
        "mode": 493,
        "optional": True,
        "path": "/a",
        "subPath": "sub",
        "archive": {"none": {}},
        "s3": {"key": "k"},
    }


def test_unknown_argument_lists_the_valid_ones() -> None:
    with pytest.raises(TypeError, match=r"Artifact 'a': unknown argument 'from'; valid: .*from_"):
        Artifact(name="a", **{"from": "x"})


def test_a_name_is_required_and_copies_keep_the_fields() -> None:
    with pytest.raises(DSLError, match="an Artifact has no name"):
        Artifact(path="/x")._dump()
    b = Artifact(path="/x").with_name("b")
    assert b._dump() == {"name": "b", "path": "/x"}
    assert b == Artifact(name="b", path="/x")
    assert b.as_input().path == "/x"
    assert "path='/x'" in repr(b)
