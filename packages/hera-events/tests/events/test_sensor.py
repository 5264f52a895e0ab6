from __future__ import annotations

import pytest

from hera.events import (
    ArgoWorkflowTrigger,
    Dependency,
    EventsDSLError,
    HTTPTrigger,
    K8sTrigger,
    Sensor,
    Trigger,
    TriggerParameter,
)
from hera.events.models import EventDependency, LogTrigger
from tools import testing
from tools.testing import assert_schema_valid

WORKFLOW = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Workflow",
    "metadata": {"name": "special-trigger"},
    "spec": {
        "entrypoint": "print-message",
        "arguments": {"parameters": [{"name": "message", "value": "hello world"}]},
        "templates": [
            {
                "name": "print-message",
                "inputs": {"parameters": [{"name": "message"}]},
                "container": {
                    "image": "busybox",
                    "command": ["echo"],
                    "args": ["{{inputs.parameters.message}}"],
                },
            }
        ],
    },
}

# Argo Events examples whose documents this toolkit refuses on purpose (each is broken upstream):
# trigger-openwhisk.yaml spells the trigger key `openwhisk` (the v1.9.11 field is `openWhisk`), so its trigger
# has no action Argo Events knows.
REFUSED = {
    "sensors/trigger-openwhisk.yaml": r"trigger 'openwhisk-trigger': .*found none \(unknown keys: openwhisk\)"
}
# Loadable and dumped back unchanged, but not valid for the v1.9.11 model: the HTTP trigger uses the old
# `serverURL` instead of `url`.
NOT_MODEL_VALID = {"tutorials/09-http-trigger/sensor-01.yaml", "tutorials/09-http-trigger/sensor-02.yaml"}


def test_argo_workflow_trigger_with_event_parameter_matches_upstream_example(upstream):
    dep = Dependency("test-dep", event_source_name="webhook", event_name="example")
    sensor = Sensor(
        name="special-workflow-trigger",
        service_account_name="operate-workflow-sa",
        dependencies=[dep],
        triggers=[
            ArgoWorkflowTrigger(
                "argo-workflow-trigger",
                workflow=WORKFLOW,
                args=["--node-field-selector", "phase=abc"],
                parameters=[
                    TriggerParameter(src=dep, data_key="body", dest="spec.arguments.parameters.0.value")
                ],
            )
        ],
    )
    manifest = sensor.to_dict()
    assert manifest == upstream("sensors/special-workflow-trigger.yaml")
    assert list(manifest["spec"]) == ["template", "dependencies", "triggers"]
    assert_schema_valid(manifest)
    model = sensor.build()
    assert model.spec.triggers[0].template.argo_workflow.parameters[0].src.dependency_name == "test-dep"


def test_hera_workflows_object_goes_into_the_trigger_directly(upstream):
    workflows = pytest.importorskip("hera.workflows")
    with workflows.Workflow(
        name="special-trigger",
        entrypoint="print-message",
        arguments=[workflows.Parameter(name="message", value="hello world")],
    ) as workflow:
        workflows.Container(
            name="print-message",
            inputs=[workflows.Parameter(name="message")],
            image="busybox",
            command=["echo"],
            args=["{{inputs.parameters.message}}"],
        )
    sensor = Sensor(
        name="special-workflow-trigger",
        template={"serviceAccountName": "operate-workflow-sa"},
        dependencies=[Dependency("test-dep", "webhook", "example")],
        triggers=[
            ArgoWorkflowTrigger(
                "argo-workflow-trigger",
                workflow,
                args=["--node-field-selector", "phase=abc"],
                parameters=[TriggerParameter("test-dep", data_key="body", parameter="message")],
            )
        ],
    )
    manifest = sensor.to_dict()
    assert manifest == upstream("sensors/special-workflow-trigger.yaml")
    assert_schema_valid(manifest)
    assert_schema_valid(manifest["spec"]["triggers"][0]["template"]["argoWorkflow"]["source"]["resource"])


def test_k8s_trigger_matches_upstream_webhook_sensor(upstream):
    pod = upstream("sensors/trigger-standard-k8s-resource.yaml")["spec"]["triggers"][0]["template"]["k8s"][
        "source"
    ]["resource"]
    dep = Dependency("test-dep", "webhook", "example")
    sensor = Sensor(
        name="trigger-standard-k8s-resource",
        service_account_name="operate-workflow-sa",
        dependencies=[dep],
        triggers=[
            K8sTrigger(
                "webhook-pod-trigger",
                pod,
                parameters=[TriggerParameter(dep, "spec.containers.0.args.0", data_key="body")],
            )
        ],
    )
    manifest = sensor.to_dict()
    assert manifest == upstream("sensors/trigger-standard-k8s-resource.yaml")
    assert_schema_valid(manifest)


def test_http_trigger_matches_upstream_example(upstream):
    dep = Dependency("test-dep", "minio", "example")
    sensor = Sensor(
        name="http-trigger",
        dependencies=[dep],
        triggers=[
            HTTPTrigger(
                "http-trigger",
                "http://http-server.argo-events.svc:8090/hello",
                method="POST",
                payload=[
                    TriggerParameter(dep, "bucket", data_key="notification.0.s3.bucket.name"),
                    TriggerParameter(dep, "type", context_key="type"),
                ],
                retry_strategy={"steps": 3, "duration": "3s"},
            )
        ],
    )
    manifest = sensor.to_dict()
    assert manifest == upstream("sensors/http-trigger.yaml")
    assert_schema_valid(manifest)
    sensor.build()


def test_models_dicts_and_generic_triggers_mix():
    sensor = Sensor(
        name="mixed",
        dependencies=[
            EventDependency(name="a", event_source_name="webhook", event_name="example"),
            {"name": "b", "eventSourceName": "calendar", "eventName": "tick"},
        ],
        triggers=[
            Trigger("log-a", kind="log", spec=LogTrigger(interval_seconds=10), conditions="a || (b && !a)"),
            {"template": {"name": "log-b", "log": {}}},
        ],
        event_bus_name="bus",
        logging_fields={"team": "x"},
    )
    manifest = sensor.to_dict()
    assert manifest["spec"]["dependencies"][0] == {
        "name": "a",
        "eventSourceName": "webhook",
        "eventName": "example",
    }
    assert manifest["spec"]["triggers"][0] == {
        "template": {"name": "log-a", "conditions": "a || (b && !a)", "log": {"intervalSeconds": 10}}
    }
    assert manifest["spec"]["eventBusName"] == "bus"
    assert_schema_valid(manifest)
    sensor.build()


def _sensor(dependencies=None, triggers=None, **kwargs):
    if dependencies is None:
        dependencies = [Dependency("dep", "webhook", "example")]
    if triggers is None:
        triggers = [Trigger("t", kind="log")]
    return Sensor(name="s", dependencies=dependencies, triggers=triggers, **kwargs)


@pytest.mark.parametrize(
    ("sensor", "message"),
    [
        (lambda: _sensor(dependencies=[]), r"Sensor 's' has no dependencies; add at least one"),
        (lambda: _sensor(triggers=[]), r"Sensor 's' has no triggers"),
        (
            lambda: _sensor(dependencies=[Dependency("dep", "a", "b"), Dependency("dep", "c", "d")]),
            r"Sensor 's': two dependencies are named 'dep'",
        ),
        (
            lambda: _sensor(dependencies=[{"name": "d", "eventName": "e"}]),
            r"Sensor 's', dependency 'd': eventSourceName is missing",
        ),
        (
            lambda: _sensor(triggers=[Trigger("t", kind="log"), Trigger("t", kind="log")]),
            r"Sensor 's': two triggers are named 't'",
        ),
        (
            lambda: _sensor(
                triggers=[
                    ArgoWorkflowTrigger(
                        "run", WORKFLOW, parameters=[TriggerParameter("nope", "spec.x", data_key="body")]
                    )
                ]
            ),
            r"Sensor 's', trigger 'run': argoWorkflow.parameters\[0\].src.dependencyName 'nope' is not a dependency "
            r"of the sensor \(dependencies: dep\)",
        ),
        (
            lambda: _sensor(
                triggers=[
                    HTTPTrigger(
                        "h", "http://x", payload=[TriggerParameter(Dependency("other", "a", "b"), "k")]
                    )
                ]
            ),
            r"trigger 'h': http.payload\[0\].src.dependencyName 'other' is not a dependency",
        ),
        (
            lambda: _sensor(
                triggers=[Trigger("t", kind="log", template_parameters=[TriggerParameter("x", "log")])]
            ),
            r"trigger 't': parameters\[0\].src.dependencyName 'x' is not a dependency",
        ),
        (
            lambda: _sensor(triggers=[Trigger("t", kind="log", conditions="dep && missing")]),
            r"trigger 't': conditions 'dep && missing' name 'missing', which is not a dependency",
        ),
        (
            lambda: _sensor(triggers=[{"template": {"log": {}}}]),
            r"Sensor 's': triggers\[0\] has no template.name",
        ),
        (
            lambda: _sensor(triggers=[{"template": {"name": "t", "log": {}, "http": {"url": "x"}}}]),
            r"trigger 't': a trigger template has exactly one action .* found both log and http",
        ),
        (
            lambda: _sensor(service_account_name="a", template={"serviceAccountName": "b"}),
            r"Sensor 's': service_account_name='a' differs from template.serviceAccountName='b'",
        ),
    ],
)
def test_errors_name_the_sensor_part_and_field(sensor, message):
    with pytest.raises(EventsDSLError, match=message):
        sensor().to_dict()


def test_template_level_parameters_may_rewrite_trigger_parameters(upstream):
    doc = upstream("tutorials/02-parameterization/sensor-05.yaml")
    assert Sensor.from_dict(doc).to_dict() == doc
    broken = Sensor.from_dict(doc)
    broken.triggers[0]["parameters"] = []
    with pytest.raises(EventsDSLError, match=r"'THIS_WILL_BE_REPLACED' is not a dependency"):
        broken.to_dict()


def test_add_methods_and_from_yaml():
    sensor = Sensor(name="s")
    dep = sensor.add_dependency(Dependency("dep", "webhook", "example"))
    sensor.add_trigger(
        ArgoWorkflowTrigger(
            "run", WORKFLOW, parameters=[TriggerParameter(dep, data_key="body", parameter="message")]
        )
    )
    text = sensor.to_yaml()
    again = Sensor.from_yaml(text)
    assert isinstance(again.dependencies[0], Dependency)
    assert again.to_dict() == sensor.to_dict()
    assert again.to_yaml() == text


def test_every_upstream_sensor_loads_and_dumps_back_unchanged():
    count = 0
    for relative, index, doc in testing.iter_yaml_documents(
        testing.require(testing.EVENTS_EXAMPLES), {"Sensor"}
    ):
        sensor = Sensor.from_dict(doc)
        if relative in REFUSED:
            with pytest.raises(EventsDSLError, match=REFUSED[relative]):
                sensor.to_dict()
            continue
        manifest = sensor.to_dict()
        assert manifest == doc, f"{relative}#{index}"
        assert Sensor.from_yaml(sensor.to_yaml()).to_dict() == doc, f"{relative}#{index}"
        if relative in NOT_MODEL_VALID:
            with pytest.raises(EventsDSLError, match=r"http\.url: Field required"):
                sensor.build()
        else:
            sensor.build()
        count += 1
    assert count >= 90
