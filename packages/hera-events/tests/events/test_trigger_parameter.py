from __future__ import annotations

import pytest

from hera.events import Dependency, EventsDSLError, TriggerParameter

WORKFLOW = {"spec": {"arguments": {"parameters": [{"name": "first"}, {"name": "message"}]}}}


def test_all_source_fields_and_operation():
    param = TriggerParameter(
        Dependency("dep", "a", "b"),
        "spec.x",
        data_key="body.k",
        data_template="{{ .Input.body.k }}",
        context_key="type",
        context_template="{{ .Input.type }}",
        value="default",
        use_raw_data=True,
        operation="append",
    )
    assert param._dump() == {
        "src": {
            "dependencyName": "dep",
            "dataKey": "body.k",
            "dataTemplate": "{{ .Input.body.k }}",
            "contextKey": "type",
            "contextTemplate": "{{ .Input.type }}",
            "value": "default",
            "useRawData": True,
        },
        "dest": "spec.x",
        "operation": "append",
    }


def test_parameter_name_resolves_to_the_workflow_argument_index():
    param = TriggerParameter("dep", data_key="body", parameter="message")
    assert param._dump("here", WORKFLOW)["dest"] == "spec.arguments.parameters.1.value"


@pytest.mark.parametrize(
    ("param", "resource", "message"),
    [
        (TriggerParameter("dep"), None, r"here: give dest="),
        (
            TriggerParameter("dep", "x", parameter="message"),
            WORKFLOW,
            r"here: give dest= or parameter=, not both",
        ),
        (
            TriggerParameter("dep", parameter="message"),
            None,
            r"here: parameter='message' needs the trigger's workflow",
        ),
        (
            TriggerParameter("dep", parameter="nope"),
            WORKFLOW,
            r"here: the workflow has no argument parameter 'nope' \(its arguments: first, message\)",
        ),
        (
            TriggerParameter("dep", "x", operation="replace"),
            None,
            r"here: operation must be one of append, overwrite, prepend",
        ),
        (TriggerParameter("", "x"), None, r"here: src must be a Dependency or a dependency name"),
    ],
)
def test_errors(param, resource, message):
    with pytest.raises(EventsDSLError, match=message):
        param._dump("here", resource)
