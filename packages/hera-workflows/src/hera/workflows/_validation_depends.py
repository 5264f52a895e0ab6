"""Parsing a DAG task's `depends` expression (Argo's enhanced depends logic).

Grammar: operands joined by `&&` and `||`, negated by `!`, grouped by parentheses. An operand is a task
name (letters, digits, `-`, `_`), optionally followed by `.` and a result name: `A`, `A.Succeeded`,
`(A.Failed || B) && !C.Skipped`. Result names are checked by the caller against `RESULTS`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ITEM_RESULTS", "RESULTS", "Depends", "parse_depends"]

RESULTS = ("Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned", "AnySucceeded", "AllFailed")
"""Every result name `depends` accepts."""
ITEM_RESULTS = frozenset({"AnySucceeded", "AllFailed"})
"""Results that only make sense for a task with a loop (withItems, withParam or withSequence)."""

_NAME = r"[A-Za-z0-9_][-A-Za-z0-9_]*"
_OPERAND = re.compile(rf"({_NAME})(?:\.([A-Za-z0-9_]*))?")
# The common shape, operands chained by && or || without parentheses or negation, is recognised in one
# regex match; anything else goes through the token loop below.
_FLAT = re.compile(rf"\s*{_NAME}(?:\.[A-Za-z0-9_]+)?\s*(?:(?:&&|\|\|)\s*{_NAME}(?:\.[A-Za-z0-9_]+)?\s*)*")
_TOKEN = re.compile(rf"\s*(?:(&&|\|\|)|(!)|(\()|(\))|({_NAME}(?:\.[A-Za-z0-9_]*)?)|(\S))")


class Depends(NamedTuple):
    """A parsed expression.

    `tasks` are the task names of the operands in order of appearance (repeated when named twice);
    `results` the matching result names ("" for a bare task name), or None when every operand is bare.
    For a malformed expression, `error` says what is wrong and the operands are those found before it.
    """

    tasks: list[str]
    results: list[str] | None
    error: str | None = None


def _failed(operands: list[tuple[str, str]], error: str) -> Depends:
    """The result for an expression found malformed after `operands`."""
    return Depends([task for task, _ in operands], [result for _, result in operands], error)


def parse_depends(text: str) -> Depends:
    """Parse a `depends` expression; a malformed one yields the operands found so far and an error."""
    if _FLAT.fullmatch(text):
        # Splitting on the operators is several times faster than a regex that captures the operands.
        tokens = text.replace("&&", " ").replace("||", " ").split()
        if "." not in text:
            return Depends(tokens, None)
        pairs = [token.partition(".") for token in tokens]
        return Depends([task for task, _, _ in pairs], [result for _, _, result in pairs])
    operands: list[tuple[str, str]] = []
    expect_operand = True
    depth = 0
    for match in _TOKEN.finditer(text):
        binary, negation, opening, closing, operand, other = match.groups()
        where = f"at character {match.end()}"
        if other is not None:
            return _failed(
                operands, f"unexpected '{other}' {where}; use task names, '&&', '||', '!' and parentheses"
            )
        if expect_operand:
            if opening is not None:
                depth += 1
            elif operand is not None:
                name, dot, result = operand.partition(".")
                if dot and not result:
                    return _failed(operands, f"missing result name after '{name}.' {where}")
                operands.append((name, result))
                expect_operand = False
            elif negation is None:
                return _failed(
                    operands, f"expected a task name, '!' or '(' before '{binary or closing}' {where}"
                )
        elif binary is not None:
            expect_operand = True
        elif closing is not None:
            depth -= 1
            if depth < 0:
                return _failed(operands, f"unmatched ')' {where}")
        else:
            token = operand or negation or opening
            return _failed(operands, f"expected '&&', '||' or ')' before '{token}' {where}")
    if expect_operand:
        return _failed(
            operands, "the expression ends with an operator" if operands else "the expression is empty"
        )
    if depth > 0:
        return _failed(operands, f"{depth} unclosed '('")
    return Depends([task for task, _ in operands], [result for _, result in operands])
