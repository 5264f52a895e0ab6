"""Hypothesis helpers for the models' fuzz tests: one random change anywhere in a manifest.

Separate from `tools/testing.py` because it imports hypothesis at module level (only tests install it).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
"""Values of every JSON shape (and NaN), to put where the schema expects something else."""


def containers(node: Any, found: list[Any] | None = None) -> list[Any]:
    """Every dict and list in a document, the document included."""
    found = [] if found is None else found
    if isinstance(node, (dict, list)):
        found.append(node)
        for child in node.values() if isinstance(node, dict) else node:
            containers(child, found)
    return found


def mutate(doc: dict[str, Any], data: st.DataObject) -> None:
    """One random change anywhere in `doc`, in place: drop a key or item, retype a value, or insert junk."""
    target = data.draw(st.sampled_from(containers(doc)))
    keys = list(target) if isinstance(target, dict) else list(range(len(target)))
    operation = data.draw(st.sampled_from(["drop", "retype", "insert"] if keys else ["insert"]))
    if operation == "insert":
        if isinstance(target, dict):
            target[data.draw(st.text(min_size=1, max_size=6))] = data.draw(JUNK)
        else:
            target.append(data.draw(JUNK))
        return
    key = data.draw(st.sampled_from(keys))
    if operation == "drop":
        del target[key]
    else:
        target[key] = data.draw(JUNK)
