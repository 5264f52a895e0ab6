"""YAML for very large manifests, written in pieces so that the emitter never holds the whole document.

PyYAML represents a whole document as a node tree before emitting it, which for a DAG of 10,000 tasks
costs about 40 MiB. Here each long list of tasks, steps or templates is replaced by a placeholder, the
rest is dumped, and the placeholder line is replaced by the list dumped a few hundred items at a time and
indented to its place. The text is the same as `_yaml.dump` of the whole manifest (a test checks it):
indenting every non-empty line of a block-style YAML fragment by the same amount keeps its meaning, and
`_yaml` never writes whitespace-only lines (such strings are double-quoted).
"""

from __future__ import annotations

import uuid
from typing import Any

__all__ = ["dump_manifest"]

THRESHOLD = 2000
"""Lists at least this long are written in pieces."""
CHUNK = 500
"""Items per piece."""


def _long_lists(manifest: dict[str, Any]) -> list[tuple[Any, Any]]:
    """`(container, key)` of each long `templates`, `dag.tasks` and `steps` list of the manifest."""
    found: list[tuple[Any, Any]] = []
    spec = manifest.get("spec")
    if not isinstance(spec, dict):
        return found
    if isinstance(spec.get("workflowSpec"), dict):
        spec = spec["workflowSpec"]
    templates = spec.get("templates")
    if not isinstance(templates, list):
        return found
    for template in templates:
        if not isinstance(template, dict):
            continue
        dag = template.get("dag")
        if isinstance(dag, dict) and isinstance(dag.get("tasks"), list) and len(dag["tasks"]) >= THRESHOLD:
            found.append((dag, "tasks"))
        steps = template.get("steps")
        if isinstance(steps, list) and len(steps) >= THRESHOLD:
            found.append((template, "steps"))
    if len(templates) >= THRESHOLD:
        found.append((spec, "templates"))
    return found


def dump_manifest(manifest: dict[str, Any]) -> str:
    """The YAML text of `manifest`, exactly as `_yaml.dump(manifest)`, with bounded memory."""
    from hera.shared._yaml import dump

    long_lists = _long_lists(manifest)
    if not long_lists:
        return dump(manifest)
    token = f"hera-stream-{uuid.uuid4().hex}-"
    saved = []
    # The placeholders stay until every piece is written: a piece of a long templates list holds the
    # placeholders of its long task lists, which are expanded in turn.
    for index, (holder, key) in enumerate(long_lists):
        saved.append(holder[key])
        holder[key] = [f"{token}{index}"]
    try:
        return "".join(_expand(dump(manifest), token, saved, dump))
    finally:
        for (holder, key), items in zip(long_lists, saved, strict=True):
            holder[key] = items


def _expand(text: str, token: str, saved: list[list[Any]], dump: Any) -> list[str]:
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip(" ")
        if not stripped.startswith(f"- {token}"):
            out.append(line)
            continue
        indent = line[: len(line) - len(stripped)]
        items = saved[int(stripped[2 + len(token) :].strip())]
        for start in range(0, len(items), CHUNK):
            piece = dump(items[start : start + CHUNK])
            nested = _expand(piece, token, saved, dump) if token in piece else piece.splitlines(keepends=True)
            out.extend(indent + part if part != "\n" else part for part in nested)
    return out
