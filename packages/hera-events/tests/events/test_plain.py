from __future__ import annotations

import enum

import pytest

from hera.events._plain import plain, reorder
from hera.events.exceptions import EventsDSLError
from hera.events.models import SecretKeySelector


class Color(enum.Enum):
    RED = "red"


def test_plain_converts_models_objects_enums_and_drops_none():
    class WithToDict:
        def to_dict(self):
            return {"kind": "Workflow", "skip": None}

    value = {"a": (1, Color.RED), "m": SecretKeySelector(name="s", key="k"), "o": WithToDict(), "n": None}
    assert plain(value, "here") == {
        "a": [1, "red"],
        "m": {"name": "s", "key": "k"},
        "o": {"kind": "Workflow"},
    }


def test_plain_refuses_other_objects_naming_the_place():
    with pytest.raises(EventsDSLError, match=r"here.a\[1\]: cannot put a set into a manifest"):
        plain({"a": [1, {2}]}, "here")


def test_reorder_puts_known_keys_first():
    assert list(reorder({"c": 1, "a": 2, "b": 3}, ("b", "a"))) == ["b", "a", "c"]
    assert list(reorder({"c": 1}, None)) == ["c"]
