"""Tests of hera.shared._yaml: exact round trips, the output style, error positions, locate()."""

from __future__ import annotations

import io
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hera.shared import _yaml
from hera.shared._yaml import YAMLSyntaxError, dump, dump_all, load, load_all, locate
from tools.testing import WORKFLOW_KINDS, WORKFLOWS_EXAMPLES, iter_yaml_documents, require

# Both emitters are tested: libyaml (the default when PyYAML has it) and PyYAML's pure-Python one.
EMITTERS = [pytest.param(True, id="libyaml"), pytest.param(False, id="pure")]
if not hasattr(yaml, "CSafeDumper"):
    EMITTERS = [pytest.param(False, id="pure")]

AWKWARD = [
    "",
    " ",
    "plain",
    "trailing newline\n",
    "two trailing newlines\n\n",
    "no trailing newline\nsecond line",
    "\nleading newline",
    "\n",
    "\n\n",
    "  leading spaces\nsecond",
    "  indented\n    more\n",
    "line with trailing space \nnext\n",
    "tab\tinside",
    "tab\tinside\nmulti-line\n",
    "\ttab first\n",
    "# not a comment",
    "a # b",
    "key: value",
    "- not a list",
    "? not a key",
    "quote ' and \" both",
    "back\\slash",
    "unicode: é, 日本語, ελληνικά, emoji 😀",
    "unicode block:\nč\n日本\n",
    "yes",
    "no",
    "on",
    "off",
    "true",
    "False",
    "null",
    "~",
    "0",
    "007",
    "1.5",
    "1e3",
    "0x1F",
    ".inf",
    "2024-01-01",
    "12:30:00",
    "{{inputs.parameters.x}}",
    "{{ inputs.parameters.x }} and {{workflow.name}}",
    "[a, b]",
    "{a: b}",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`backtick",
    "---",
    "...",
    "---\nafter a document marker\n...\n",
    "windows\r\nline endings\r\n",
    "carriage\rreturn",
    "next line\x85char",
    "line\u2028separator\nand newline",
    "control \x07 bell",
    "nul \x00 char",
    "bom \ufeff inside",
    "no-break\xa0space",
    "ends with spaces   ",
    "multi\nends with spaces   ",
    "multi\n  \n  blank line with spaces\n",
]


def _round_trip(data: object, libyaml: bool) -> str:
    text = _yaml._dump(data, libyaml=libyaml)
    assert load(text) == data
    assert yaml.load(text, Loader=yaml.SafeLoader) == data  # the pure loader agrees
    return text


@pytest.mark.parametrize("libyaml", EMITTERS)
@pytest.mark.parametrize("value", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_strings_round_trip_exactly(value: str, libyaml: bool) -> None:
    for data in (
        value,
        {"key": value},
        [value],
        {"spec": {"templates": [{"source": value, "args": [value]}]}},
    ):
        _round_trip(data, libyaml)


@pytest.mark.parametrize("libyaml", EMITTERS)
@settings(max_examples=300, deadline=None)
@given(value=st.text())
def test_any_string_round_trips(libyaml: bool, value: str) -> None:
    _round_trip({"a": [value, {"b": value}]}, libyaml)


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_strings_that_look_like_other_types_stay_strings(libyaml: bool) -> None:
    values = ["yes", "no", "null", "true", "1", "1.0", "0o17", "2024-01-01", "~", ""]
    loaded = load(_yaml._dump({"values": values}, libyaml=libyaml))
    assert loaded == {"values": values}
    assert all(isinstance(value, str) for value in loaded["values"])


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_yaml_1_1_single_letter_booleans_are_quoted(libyaml: bool) -> None:
    # Go's yaml.v2 (kubectl, Argo) reads a plain y/Y/n/N as a boolean; PyYAML would write them plain.
    text = _yaml._dump({"name": "y", "items": ["Y", "n", "N", "yy"]}, libyaml=libyaml)
    assert text == "name: 'y'\nitems:\n- 'Y'\n- 'n'\n- 'N'\n- yy\n"
    assert load(text) == {"name": "y", "items": ["Y", "n", "N", "yy"]}


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_multi_line_strings_use_literal_block_style(libyaml: bool) -> None:
    text = _yaml._dump({"a": "x\ny\n", "b": "x\ny", "c": "x\ny\n\n", "d": "  x\ny\n"}, libyaml=libyaml)
    assert text == "a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n  y\n\nd: |2\n    x\n  y\n"


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_script_source_is_readable_block(libyaml: bool) -> None:
    source = 'import json\nprint(json.dumps({"a": "{{inputs.parameters.x}}"}))\n'
    text = _yaml._dump({"script": {"image": "python:3.12", "source": source}}, libyaml=libyaml)
    assert text == (
        "script:\n"
        "  image: python:3.12\n"
        "  source: |\n"
        "    import json\n"
        '    print(json.dumps({"a": "{{inputs.parameters.x}}"}))\n'
    )


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_block_scalar_falls_back_to_double_quotes_when_it_cannot_be_exact(libyaml: bool) -> None:
    value = "trailing space \nnext"
    text = _round_trip({"a": value}, libyaml)
    assert text == 'a: "trailing space \\nnext"\n'


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_long_lines_are_never_wrapped(libyaml: bool) -> None:
    words = " ".join(f"word{i}" for i in range(200))
    value = f"{words} {{{{ inputs.parameters.some-long-parameter-name }}}} {words}"
    text = _round_trip(
        {"args": [value], "quoted": value + ": x", "block": value + "\n" + value + "\n"}, libyaml
    )
    # Each occurrence of the expression sits whole on one line.
    assert text.count("{{ inputs.parameters.some-long-parameter-name }}") == 4
    assert len(text.splitlines()) == 6


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_keys_keep_insertion_order_and_lists_are_not_indented(libyaml: bool) -> None:
    data = {"z": 1, "a": {"name": "t", "dag": {"tasks": [{"name": "b"}, {"name": "a"}]}}, "m": None}
    text = _yaml._dump(data, libyaml=libyaml)
    assert text == "z: 1\na:\n  name: t\n  dag:\n    tasks:\n    - name: b\n    - name: a\nm: null\n"
    assert list(load(text)) == ["z", "a", "m"]


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_unicode_is_written_as_is(libyaml: bool) -> None:
    text = _round_trip({"msg": "héllo 日本"}, libyaml)
    assert "héllo 日本" in text


@pytest.mark.parametrize("libyaml", EMITTERS)
def test_shared_objects_are_repeated_not_aliased(libyaml: bool) -> None:
    env = [{"name": "A", "value": "1"}]
    text = _round_trip({"first": {"env": env}, "second": {"env": env}}, libyaml)
    assert "&" not in text and "*" not in text
    assert text.count("name: A") == 2


def test_dump_all_and_load_all() -> None:
    docs = [
        {"kind": "Workflow", "metadata": {"name": "a"}},
        {"kind": "WorkflowTemplate", "metadata": {"name": "b"}},
    ]
    text = dump_all(docs)
    assert text == "kind: Workflow\nmetadata:\n  name: a\n---\nkind: WorkflowTemplate\nmetadata:\n  name: b\n"
    assert load_all(text) == docs
    assert load_all(io.StringIO(text)) == docs


def test_load_accepts_bytes_and_streams() -> None:
    assert load(b"a: [1, 2]\n") == {"a": [1, 2]}
    assert load(io.BytesIO("b: é\n".encode())) == {"b": "é"}
    assert load(io.StringIO("c: {d: e}\n")) == {"c": {"d": "e"}}


def test_upstream_examples_round_trip_exactly() -> None:
    root = require(WORKFLOWS_EXAMPLES)
    count = 0
    for name, index, doc in iter_yaml_documents(root, WORKFLOW_KINDS):
        assert load(dump(doc)) == doc, f"{name} document {index} changed in the round trip"
        count += 1
    assert count > 200


@pytest.mark.parametrize(
    ("text", "line", "column", "problem"),
    [
        # The messages of libyaml and of PyYAML's pure parser differ in wording; both are accepted.
        ("a: b\n  c: d\n", 2, 4, "mapping values are not allowed"),
        ("spec:\n  templates:\n  - name: a\n    steps: [[\n", 5, 1, "parsing a flow node, .*node content"),
        ('metadata:\n  name: "unterminated\n', 3, 1, "quoted scalar, found unexpected end of stream"),
        ("a: 1\na: [\n", 3, 1, "parsing a flow node, .*node content"),
        ("key: value\n\tindented: tab\n", 2, 1, "(tab|'\\\\t')"),
    ],
)
def test_syntax_errors_carry_one_based_line_and_column(
    text: str, line: int, column: int, problem: str
) -> None:
    with pytest.raises(YAMLSyntaxError) as info:
        load(text, source="workflow.yaml")
    error = info.value
    assert (error.line, error.column) == (line, column)
    assert re.search(problem, error.problem), error.problem
    assert str(error).startswith(f"invalid YAML (workflow.yaml, line {line}, column {column}): ")
    assert isinstance(error, ValueError)
    assert isinstance(error.__cause__, yaml.YAMLError)


def test_syntax_error_of_load_all_and_file_name_from_stream() -> None:
    stream = io.StringIO("a: 1\n---\nb: [\n")
    stream.name = "many.yaml"
    with pytest.raises(YAMLSyntaxError, match=r"^invalid YAML \(many\.yaml, line 4, column 1\)"):
        load_all(stream)


def test_invalid_character_error_has_a_position() -> None:
    with pytest.raises(YAMLSyntaxError) as info:
        load("a: 1\nb: x\x01y\n")
    assert (info.value.line, info.value.column) == (2, 5)
    assert re.search(r"characters are not allowed: '\\x01' \(U\+0001\)$", info.value.problem), (
        info.value.problem
    )


MANIFEST = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: dag-
  annotations:
    workflows.argoproj.io/description: |
      several
      lines
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - name: a
        template: leaf
      - name: b
        depends: a
        template: leaf
  - name: leaf
    container:
      image: alpine
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ([], 1),
        (["kind"], 2),
        (["metadata", "annotations", "workflows.argoproj.io/description"], 6),
        (["spec"], 9),
        (["spec", "templates", 0], 12),
        (["spec", "templates", 0, "dag", "tasks", 1, "depends"], 18),
        (["spec", "templates", -1, "container", "image"], 22),
        (["spec", "templates", 1], 20),
        (["spec", "templates", 2], None),
        (["spec", "missing"], None),
        (["kind", "deeper"], None),
        (["spec", "templates", "name"], None),
    ],
)
def test_locate_returns_the_line_of_a_path(path: list[str | int], line: int | None) -> None:
    assert locate(MANIFEST, path) == line


def test_locate_in_a_later_document_and_in_broken_text() -> None:
    text = "a: 1\n---\nb:\n  c: 2\n"
    assert locate(text, ["b", "c"], document=1) == 4
    assert locate(text, ["b"], document=0) is None
    assert locate(text, ["a"], document=5) is None
    assert locate("a: [\n", ["a"]) is None
