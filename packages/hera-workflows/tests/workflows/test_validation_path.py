"""Tests of the JSON-like paths that validation issues carry."""

from __future__ import annotations

import pytest

from hera.workflows._validation_path import format_path, parse_path


@pytest.mark.parametrize(
    ("segments", "text"),
    [
        ([], ""),
        (["spec"], "spec"),
        (["spec", "templates", 2, "dag", "tasks", 0, "depends"], "spec.templates[2].dag.tasks[0].depends"),
        (["spec", "templates", 0, "steps", 1, 0, "name"], "spec.templates[0].steps[1][0].name"),
        (
            ["metadata", "annotations", "workflows.argoproj.io/x"],
            'metadata.annotations["workflows.argoproj.io/x"]',
        ),
        (["a", 'quote " and \\ backslash', "b"], 'a["quote \\" and \\\\ backslash"].b'),
        (["a", "", "é"], 'a[""]["é"]'),
        ([0, "x"], "[0].x"),
    ],
)
def test_paths_format_and_parse_back(segments: list[str | int], text: str) -> None:
    assert format_path(segments) == text
    assert parse_path(text) == segments


@pytest.mark.parametrize("text", ["a..b", "a[x]", "a[0]b", "a b", 'a["unterminated]'])
def test_malformed_paths(text: str) -> None:
    with pytest.raises(ValueError, match="not a manifest path"):
        parse_path(text)
