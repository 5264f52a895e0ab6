"""The YAML side of the builders: layout of `to_yaml()`, and `from_yaml()` errors with their line."""

from __future__ import annotations

import pytest

from hera.events import EventSource, Sensor, WebhookSource
from hera.events.exceptions import EventsDSLError


def test_to_yaml_keeps_the_manifest_layout_and_round_trips() -> None:
    source = EventSource(
        name="webhook",
        labels={"flag": "y"},
        sources=[WebhookSource(name="example", port=12000, endpoint="/example")],
    )
    text = source.to_yaml()
    assert text.splitlines()[:3] == ["apiVersion: argoproj.io/v1alpha1", "kind: EventSource", "metadata:"]
    assert "flag: 'y'\n" in text  # YAML 1.1 readers would take a plain y for true
    assert EventSource.from_yaml(text).to_dict() == source.to_dict()


def test_from_yaml_error_names_the_kind_line_and_column() -> None:
    with pytest.raises(
        EventsDSLError,
        match=r"invalid YAML \(Sensor YAML, line 2, column 6\): mapping values are not allowed",
    ):
        Sensor.from_yaml("a: 1\n  - b: c\n")
