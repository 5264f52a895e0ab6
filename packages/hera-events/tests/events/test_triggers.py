from __future__ import annotations

import pytest

from hera.events import (
    ArgoWorkflowTrigger,
    EventsDSLError,
    HTTPTrigger,
    K8sTrigger,
    Trigger,
    TriggerParameter,
)
from hera.events.models import SlackTrigger

WORKFLOW = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Workflow",
    "metadata": {"generateName": "w-"},
    "spec": {},
}


class FakeWorkflow:
    """Stands for a hera.workflows object: only `to_dict()` matters."""

    def to_dict(self):
        return WORKFLOW


def test_argo_workflow_trigger_takes_any_object_with_to_dict_and_common_fields():
    trigger = ArgoWorkflowTrigger(
        "run",
        FakeWorkflow(),
        operation="submit",
        conditions="a",
        rate_limit={"unit": "Second", "requestsPerUnit": 1},
        at_least_once=True,
        policy={"status": {"allow": [200]}},
    )
    assert trigger._dump() == {
        "template": {
            "name": "run",
            "conditions": "a",
            "argoWorkflow": {"operation": "submit", "source": {"resource": WORKFLOW}},
        },
        "policy": {"status": {"allow": [200]}},
        "rateLimit": {"unit": "Second", "requestsPerUnit": 1},
        "atLeastOnce": True,
    }


def test_argo_workflow_trigger_from_an_artifact_location_and_other_operations():
    trigger = ArgoWorkflowTrigger(
        "resub", operation="resubmit", source={"configmap": {"name": "wf", "key": "w.yaml"}}
    )
    assert trigger._dump()["template"]["argoWorkflow"] == {
        "operation": "resubmit",
        "source": {"configmap": {"name": "wf", "key": "w.yaml"}},
    }
    template = {**WORKFLOW, "kind": "WorkflowTemplate"}
    assert (
        ArgoWorkflowTrigger("from", template, operation="submit-from")._dump()["template"]["argoWorkflow"][
            "operation"
        ]
        == "submit-from"
    )


def test_k8s_and_generic_triggers():
    body = K8sTrigger(
        "k",
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}},
        operation="patch",
        patch_strategy="application/merge-patch+json",
        live_object=True,
    )._dump()
    assert body["template"]["k8s"]["patchStrategy"] == "application/merge-patch+json"
    assert body["template"]["k8s"]["liveObject"] is True
    slack = Trigger("notify", kind="slack", spec=SlackTrigger(channel="general", message="hi"))._dump()
    assert slack == {"template": {"name": "notify", "slack": {"channel": "general", "message": "hi"}}}


def test_http_trigger_parameters_and_headers():
    trigger = HTTPTrigger(
        "h",
        "http://x",
        method="put",
        parameters=[TriggerParameter("d", "http.url", data_key="body.url")],
        headers={"Content-Type": "application/json"},
        secure_headers=[
            {"name": "Authorization", "valueFrom": {"secretKeyRef": {"name": "tok", "key": "t"}}}
        ],
        timeout=10,
    )
    body = trigger._dump()["template"]["http"]
    assert body["method"] == "PUT"
    assert body["parameters"] == [{"src": {"dependencyName": "d", "dataKey": "body.url"}, "dest": "http.url"}]
    assert body["secureHeaders"][0]["valueFrom"]["secretKeyRef"] == {"name": "tok", "key": "t"}
    assert body["timeout"] == 10


@pytest.mark.parametrize(
    ("trigger", "message"),
    [
        (
            ArgoWorkflowTrigger("r", WORKFLOW, operation="launch"),
            r"trigger 'r': operation 'launch' is not an Argo Workflow trigger operation",
        ),
        (ArgoWorkflowTrigger("r"), r"trigger 'r': give either workflow= .* or source="),
        (ArgoWorkflowTrigger("r", WORKFLOW, source={"inline": "x"}), r"trigger 'r': give either workflow="),
        (
            ArgoWorkflowTrigger("r", {"kind": "Workflow"}),
            r"trigger 'r': the workflow manifest has no apiVersion",
        ),
        (
            ArgoWorkflowTrigger("r", {**WORKFLOW, "kind": "WorkflowTemplate"}),
            r"trigger 'r': operation 'submit' needs a Workflow, got a WorkflowTemplate",
        ),
        (ArgoWorkflowTrigger("r", WORKFLOW, args="--x"), r"trigger 'r': args must be a list of strings"),
        (
            ArgoWorkflowTrigger("r", WORKFLOW, parameters=[TriggerParameter("d", parameter="missing")]),
            r"trigger 'r': parameters\[0\]: the workflow has no argument parameter 'missing'",
        ),
        (
            ArgoWorkflowTrigger("r", WORKFLOW, parameters={"src": {}}),
            r"trigger 'r': parameters must be a list of TriggerParameter",
        ),
        (
            ArgoWorkflowTrigger("r", [1]),
            r"trigger 'r': workflow must give a manifest \(a mapping\), got list",
        ),
        (
            K8sTrigger("k", WORKFLOW, operation="apply"),
            r"trigger 'k': operation 'apply' is not a Kubernetes trigger operation",
        ),
        (HTTPTrigger("h"), r"trigger 'h': url must be given"),
        (HTTPTrigger("h", "http://x", method="SEND"), r"trigger 'h': method 'SEND' is not an HTTP method"),
        (
            Trigger("t", kind="openwhisk"),
            r"trigger 't': 'openwhisk' is not a kind of trigger; use one of .*openWhisk",
        ),
        (Trigger("", kind="log"), r"trigger: name must be a non-empty string"),
    ],
)
def test_trigger_errors_name_the_trigger_and_field(trigger, message):
    with pytest.raises(EventsDSLError, match=message):
        trigger._dump()
