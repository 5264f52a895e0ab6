"""JSON-like paths into a manifest, as written in validation issues: `spec.templates[2].dag.tasks[0].depends`.

A key made of letters, digits, `_` and `-` is written after a dot; any other key (one holding a dot or a
slash, such as an annotation name) is written as a JSON string in brackets: `metadata.annotations["a.b/c"]`.
A list index is written in brackets: `[2]`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

__all__ = ["format_path", "parse_path"]

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SEGMENT = re.compile(r'\.?([A-Za-z0-9_-]+)|\[(-?\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def format_path(segments: Iterable[str | int]) -> str:
    """Write a list of keys and indexes as a path string."""
    parts: list[str] = []
    for segment in segments:
        if isinstance(segment, int):
            parts.append(f"[{segment}]")
        elif _PLAIN_KEY.fullmatch(segment):
            parts.append(f".{segment}" if parts else segment)
        else:
            parts.append(f"[{json.dumps(segment, ensure_ascii=False)}]")
    return "".join(parts)


def parse_path(path: str) -> list[str | int]:
    """Read a path string written by `format_path` back into keys and indexes.

    Raises:
        ValueError: the string is not a path in that form (the message shows where it stops parsing).
    """
    segments: list[str | int] = []
    position = 0
    while position < len(path):
        match = _SEGMENT.match(path, position)
        if match is None or (match.group(1) is not None and position > 0 and path[position] != "."):
            raise ValueError(f"not a manifest path: {path!r} (cannot read from character {position + 1})")
        key, index, quoted = match.groups()
        if key is not None:
            segments.append(key)
        elif index is not None:
            segments.append(int(index))
        else:
            segments.append(json.loads(quoted))
        position = match.end()
    return segments
