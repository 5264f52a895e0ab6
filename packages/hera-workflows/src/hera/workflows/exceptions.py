"""Errors the DSL raises when it is used in a way that cannot produce a valid manifest.

Every message names where the problem is (workflow, template, task or step, field, line) and what would
be valid. All inherit `hera.shared.exceptions.HeraError`; most are also `ValueError`s, as in hera 7.
"""

from __future__ import annotations

from typing import Any

from hera.shared.exceptions import HeraError

__all__ = [
    "DSLError",
    "InvalidDispatchType",
    "InvalidTemplateCall",
    "InvalidType",
    "ManifestLoadError",
    "NodeNameConflict",
    "TemplateNameConflict",
    "where",
]


class DSLError(HeraError, ValueError):
    """The DSL objects cannot make a valid manifest as written."""


class InvalidTemplateCall(DSLError):
    """A template (or a `@script` function) was called where it cannot become a task or step."""


class InvalidType(DSLError, TypeError):
    """A value of a type the DSL does not accept here."""


class InvalidDispatchType(InvalidType):
    """An operator (`>>`, `|`, `&`) was used with an operand it cannot combine."""


class TemplateNameConflict(DSLError):
    """Two different templates with the same name were added to one workflow."""


class NodeNameConflict(DSLError):
    """Two tasks or steps with the same name were added to one template."""


class ManifestLoadError(DSLError):
    """A manifest (dict or YAML) cannot be turned into DSL objects; names the field and, for YAML, the line.

    Attributes:
        path: the location of the problem as keys and list indexes (`("spec", "templates", 2, "name")`).
        line: the 1-based line in the YAML text, when the manifest came from YAML and the line is known.
    """

    def __init__(self, message: str, path: tuple[Any, ...] = (), line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        super().__init__(self._format())

    @property
    def location(self) -> str:
        """The path in dotted form: `spec.templates[2].name`."""
        return format_path(self.path)

    def _format(self) -> str:
        where_ = self.location or "<document>"
        at_line = f" (line {self.line})" if self.line is not None else ""
        return f"{where_}{at_line}: {self.reason}"

    def with_line(self, line: int | None) -> ManifestLoadError:
        """The same error with its YAML line set."""
        return ManifestLoadError(self.reason, self.path, line)


def format_path(path: tuple[Any, ...]) -> str:
    """`("spec", "templates", 2, "name")` -> `spec.templates[2].name`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def where(workflow: Any = None, template: Any = None, node: Any = None, kind: str = "task") -> str:
    """`workflow 'w', template 'main', task 'A'`: the names known of a place in the DSL, for messages."""
    parts = []
    if workflow is not None:
        name = getattr(workflow, "name", None) or getattr(workflow, "generate_name", None)
        parts.append(f"workflow {name!r}")
    if template is not None:
        parts.append(f"template {getattr(template, 'name', None)!r}")
    if node is not None:
        parts.append(f"{kind} {getattr(node, 'name', None)!r}")
    return ", ".join(parts) if parts else "<no workflow>"
