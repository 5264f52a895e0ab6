from __future__ import annotations

import pytest

from hera.events import CalendarSource, Dependency, EventsDSLError, EventSource


def test_dependency_builds_all_fields():
    dep = Dependency(
        "d",
        "webhook",
        "example",
        filters={"data": [{"path": "body.kind", "type": "string", "value": ["x"]}]},
        filters_logical_operator="or",
        transform={"jq": ".body"},
    )
    assert dep._dump() == {
        "name": "d",
        "eventSourceName": "webhook",
        "eventName": "example",
        "filters": {"data": [{"path": "body.kind", "type": "string", "value": ["x"]}]},
        "filtersLogicalOperator": "or",
        "transform": {"jq": ".body"},
    }


def test_dependency_on_an_event_source_builder_checks_the_event():
    source = EventSource(name="ticks", sources=[CalendarSource(name="every-minute", schedule="* * * * *")])
    assert Dependency("d", source, "every-minute")._dump()["eventSourceName"] == "ticks"
    with pytest.raises(
        EventsDSLError,
        match=r"dependency 'd': EventSource 'ticks' has no event 'hourly' \(its events: every-minute\)",
    ):
        Dependency("d", source, "hourly")._dump()


@pytest.mark.parametrize(
    ("dep", "message"),
    [
        (Dependency("", "a", "b"), r"dependency: name must be a non-empty string"),
        (Dependency("d", "", "b"), r"dependency 'd': event_source_name must not be empty"),
        (Dependency("d", "a", ""), r"dependency 'd': event_name must be a non-empty string"),
        (
            Dependency("d", "a", "b", filters_logical_operator="xor"),
            r"dependency 'd': filters_logical_operator must be 'and' or 'or'",
        ),
        (
            Dependency("d", 3, "b"),
            r"dependency 'd': event_source_name must be a string or an EventSource, got int",
        ),
    ],
)
def test_dependency_errors(dep, message):
    with pytest.raises(EventsDSLError, match=message):
        dep._dump()
