"""Finding `{{...}}` references in a manifest and reading what they refer to.

Only simple tags are read. Expression tags (`{{=...}}`) are skipped, as Argo's own validation skips them.
For a nested tag such as `{{workflow.parameters.{{inputs.parameters.k}}}}` the innermost tag is read.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

__all__ = ["Reference", "find_tag", "parse_reference", "tags_in"]

_TAG = re.compile(r"\{\{([^{}]*)\}\}")
# The same, but skipping expression tags (`{{=...}}`, `{{ =...}}`).
_SIMPLE_TAG = re.compile(r"\{\{(?!\s*=)([^{}]*)\}\}")


def tags_in(value: Any, out: list[str]) -> None:
    """Append the text of every simple tag found in the strings and keys of `value` (recursively)."""
    kind = type(value)
    if kind is str:
        if "{{" in value:
            out.extend(_SIMPLE_TAG.findall(value))
    elif kind is dict:
        # Strings are handled inline: most leaves are strings, and this walk is on the hot path.
        for key, item in value.items():
            if type(key) is str and "{{" in key:
                tags_in(key, out)
            if type(item) is str:
                if "{{" in item:
                    tags_in(item, out)
            else:
                tags_in(item, out)
    elif kind is list:
        for item in value:
            if type(item) is str:
                if "{{" in item:
                    tags_in(item, out)
            else:
                tags_in(item, out)


def find_tag(value: Any, tag: str) -> tuple[str | int, ...]:
    """The path (below `value`) of the first string or key holding `{{tag}}`; `()` when not found.

    Meant for the error path only: it walks again what `tags_in` walked.
    """
    return _find(value, tag, ()) or ()


def _find(value: Any, tag: str, path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    if isinstance(value, str):
        return path if tag in _TAG.findall(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and tag in _TAG.findall(key):
                return (*path, key)
            found = _find(item, tag, (*path, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _find(item, tag, (*path, index))
            if found is not None:
                return found
    return None


class Reference(NamedTuple):
    """What a tag refers to: `kind` is one of `inputs.parameters`, `inputs.artifacts`,
    `workflow.parameters`, `tasks`, `steps`; `name` is the parameter, artifact, task or step name."""

    kind: str
    name: str
    text: str


def parse_reference(tag: str) -> Reference | None:
    """Read a tag that refers to something that must exist, or None for any other tag.

    `{{tasks.name}}`, `{{steps.name}}` (the name of the calling task or step), `{{inputs.parameters}}`,
    `{{workflow.parameters}}` and `{{workflow.parameters.json}}` refer to nothing that must exist.
    """
    text = tag.strip()
    parts = text.split(".", 3)
    if len(parts) < 3:
        return None
    head = parts[0]
    if head == "inputs" and parts[1] in ("parameters", "artifacts"):
        return Reference(f"inputs.{parts[1]}", parts[2], text)
    if head == "workflow" and parts[1] == "parameters" and not (len(parts) == 3 and parts[2] == "json"):
        return Reference("workflow.parameters", parts[2], text)
    if head in ("tasks", "steps"):
        return Reference(head, parts[1], text)
    return None
