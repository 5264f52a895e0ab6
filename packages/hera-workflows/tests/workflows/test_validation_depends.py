"""Tests of the `depends` expression parser used by offline validation."""

from __future__ import annotations

import pytest

from hera.workflows._validation_depends import parse_depends


@pytest.mark.parametrize(
    ("text", "tasks", "results"),
    [
        ("a", ["a"], None),
        ("a && b-c || d_e", ["a", "b-c", "d_e"], None),
        ("a.Succeeded&&b", ["a", "b"], ["Succeeded", ""]),
        ("(a.Failed || b) && !c.Skipped", ["a", "b", "c"], ["Failed", "", "Skipped"]),
        ("!(!a)", ["a"], [""]),
        ("a || a.Failed", ["a", "a"], ["", "Failed"]),
        ("  x-1.AnySucceeded  ", ["x-1"], ["AnySucceeded"]),
    ],
)
def test_well_formed_expressions(text: str, tasks: list[str], results: list[str] | None) -> None:
    parsed = parse_depends(text)
    assert parsed.error is None
    assert parsed.tasks == tasks
    assert parsed.results == results


@pytest.mark.parametrize(
    ("text", "tasks", "error"),
    [
        ("", [], "the expression is empty"),
        ("   ", [], "the expression is empty"),
        ("a ||", ["a"], "the expression ends with an operator"),
        ("(a || (b)", ["a", "b"], "1 unclosed '('"),
        ("a) && b", ["a"], "unmatched ')' at character 2"),
        ("a !b", ["a"], "expected '&&', '||' or ')' before '!' at character 3"),
        ("a (b)", ["a"], "expected '&&', '||' or ')' before '(' at character 3"),
        ("a || || b", ["a"], "expected a task name, '!' or '(' before '||' at character 7"),
        ("a | b", ["a"], "unexpected '|' at character 3; use task names, '&&', '||', '!' and parentheses"),
        (
            "a.Failed.x",
            ["a"],
            "unexpected '.' at character 9; use task names, '&&', '||', '!' and parentheses",
        ),
        ("b && a.", ["b"], "missing result name after 'a.' at character 7"),
    ],
)
def test_malformed_expressions(text: str, tasks: list[str], error: str) -> None:
    parsed = parse_depends(text)
    assert parsed.error == error
    assert parsed.tasks == tasks
