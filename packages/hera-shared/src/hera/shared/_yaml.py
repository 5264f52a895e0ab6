"""Fast and exact YAML for manifests: dump, load, and finding the line of a node.

Dumping uses libyaml (`yaml.CSafeDumper`) when PyYAML was built with it, else the pure-Python `SafeDumper`;
loading likewise uses `yaml.CSafeLoader`. The output style is fixed:

- keys keep the insertion order of each dict (the DSL inserts them in Argo's conventional order);
- a string with a line break is written as a literal block scalar (`|`, `|-`, `|+`, with an indentation
  indicator when it starts with a space); when a block scalar cannot hold the string exactly (a space
  before a line break, a tab, a control character), the emitter falls back to a double-quoted scalar, so
  `load(dump(x)) == x` always holds;
- lines are never wrapped, so a `{{ ... }}` expression is never split;
- unicode is written as is; block style only, never flow style; no anchors or aliases, even when the
  same object appears twice;
- a list inside a mapping is not indented (`tasks:` then `- name: a` at the same column), the layout of
  PyYAML's default and of `kubectl get -o yaml` / `argo get -o yaml` (both emit via Go's yaml package),
  and the only one libyaml can produce.

PyYAML is imported on first use, so importing this module costs nothing. It is not a dependency of
hera-shared: the distributions that read and write YAML (hera-workflows, hera-events) depend on it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

__all__ = ["YAMLSyntaxError", "dump", "dump_all", "load", "load_all", "locate"]

_STR_TAG = "tag:yaml.org,2002:str"
# Large enough to mean "never wrap"; libyaml takes it as a C int.
_NO_WRAP = 2**31 - 1
# Line breaks other than "\n": PyYAML's pure emitter mangles them in plain, single-quoted and block
# scalars (it writes them raw and its reader turns "\x85" into "\n"), so such strings are double-quoted.
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


class YAMLSyntaxError(ValueError):
    """The text is not valid YAML.

    Attributes:
        line: 1-based line of the problem, or None when unknown.
        column: 1-based column of the problem, or None when unknown.
        problem: what the parser found wrong.
        source: the name of the document (a file name), if one was given.
    """

    def __init__(self, problem: str, line: int | None, column: int | None, source: str | None = None) -> None:
        self.problem = problem
        self.line = line
        self.column = column
        self.source = source
        where = source or "YAML"
        if line is not None:
            where += f", line {line}" + (f", column {column}" if column is not None else "")
        super().__init__(f"invalid YAML ({where}): {problem}")


# YAML 1.1 reads these as booleans (Go's yaml.v2, used by kubectl and Argo, does), but PyYAML's resolver does not,
# so it would write them plain; quote them so they stay strings.
_YAML11_BOOLEANS = frozenset({"y", "Y", "n", "N"})


@functools.cache
def _dumper(libyaml: bool) -> type:
    """The dumper class, on libyaml's emitter or on PyYAML's pure one, with the style described above."""
    import yaml

    base = yaml.CSafeDumper if libyaml else yaml.SafeDumper

    def represent_str(dumper: Any, data: str) -> Any:
        # libyaml escapes every line break other than "\n" by itself; the pure emitter garbles them in a
        # block, so there such strings are double-quoted.
        if not libyaml and _OTHER_BREAKS.search(data):
            return dumper.represent_scalar(_STR_TAG, data, style='"')
        if "\n" in data:
            return dumper.represent_scalar(_STR_TAG, data, style="|")
        if data in _YAML11_BOOLEANS:
            return dumper.represent_scalar(_STR_TAG, data, style="'")
        return dumper.represent_scalar(_STR_TAG, data)

    def ignore_aliases(self: Any, data: Any) -> bool:
        return True

    dumper: Any = type("ManifestDumper", (base,), {"ignore_aliases": ignore_aliases})
    dumper.add_representer(str, represent_str)
    return dumper


@functools.cache
def _has_libyaml() -> bool:
    import yaml

    return hasattr(yaml, "CSafeDumper")


def _dump(data: Any, *, many: bool = False, libyaml: bool | None = None) -> str:
    """`dump` / `dump_all`; `libyaml` forces (True) or avoids (False) the C emitter."""
    import yaml

    options: dict[str, Any] = {
        "Dumper": _dumper(_has_libyaml() if libyaml is None else libyaml),
        "sort_keys": False,
        "allow_unicode": True,
        "default_flow_style": False,
        "width": _NO_WRAP,
    }
    text: str = yaml.dump_all(data, **options) if many else yaml.dump(data, **options)
    return text


def dump(data: Any) -> str:
    """Serialize one document to YAML text in the manifest style described in the module docstring."""
    return _dump(data)


def dump_all(docs: Iterable[Any]) -> str:
    """Serialize several documents, separated by `---` lines."""
    return _dump(docs, many=True)


@functools.cache
def _loader() -> type:
    import yaml

    loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


def _source_name(stream: Any) -> str | None:
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else None


def _syntax_error(exc: Exception, text: Any, source: str | None) -> YAMLSyntaxError:
    """Translate a PyYAML error into one with 1-based line and column."""
    import yaml

    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        parts = [part for part in (exc.context, exc.problem) if part]
        problem = ", ".join(parts) or str(exc)
        if mark is None:
            return YAMLSyntaxError(problem, None, None, source)
        return YAMLSyntaxError(problem, mark.line + 1, mark.column + 1, source)
    if isinstance(exc, yaml.reader.ReaderError):
        line = column = None
        if isinstance(text, str) and 0 <= exc.position <= len(text):
            before = text[: exc.position]
            line = before.count("\n") + 1
            column = exc.position - (before.rfind("\n") + 1) + 1
        # PyYAML gives the offending character as a code point (or, for bytes, a byte value).
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        problem = f"{exc.reason}: {chr(code)!r} (U+{code:04X})"
        return YAMLSyntaxError(problem, line, column, source)
    return YAMLSyntaxError(str(exc), None, None, source)


def load(text: str | bytes | IO[str] | IO[bytes], *, source: str | None = None) -> Any:
    """Parse one YAML document (plain Python objects only).

    Raises:
        YAMLSyntaxError: the text is not valid YAML, with the 1-based line and column of the problem.
            `source` (or the file's name) names the document in the message.
    """
    import yaml

    source = source or _source_name(text)
    try:
        return yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, source) from exc


def load_all(text: str | bytes | IO[str] | IO[bytes], *, source: str | None = None) -> list[Any]:
    """Parse every document of a YAML stream (see `load`)."""
    import yaml

    source = source or _source_name(text)
    try:
        return list(yaml.load_all(text, Loader=_loader()))
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, source) from exc


def locate(text: str, path: Sequence[str | int], *, document: int = 0) -> int | None:
    """The 1-based line of the node at a JSON-like path, or None when the path is not in the text.

    `path` is a list of keys and list indexes (`["spec", "templates", 2, "name"]`; a validation issue's
    string path converts with `hera.workflows._validation_path.parse_path`). For a mapping entry the line is
    that of its key; for a list item, that of the item. `document` selects a document of a multi-document
    stream. Composes the node tree, so it is slower than `load`: meant for error messages.
    """
    import yaml

    segments = list(path)
    try:
        nodes = yaml.compose_all(text, Loader=_loader())
        node = next((n for i, n in enumerate(nodes) if i == document), None)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    line = node.start_mark.line
    for segment in segments:
        if isinstance(node, yaml.MappingNode) and isinstance(segment, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == segment:
                    line, node = key.start_mark.line, value
                    break
            else:
                return None
        elif isinstance(node, yaml.SequenceNode) and isinstance(segment, int):
            if not -len(node.value) <= segment < len(node.value):
                return None
            node = node.value[segment]
            line = node.start_mark.line
        else:
            return None
    return line + 1
