"""`from_dict` / `from_yaml` / `from_file`: DSL objects out of manifests, and errors that name the field and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hera.workflows import (
    DAG,
    Backoff,
    ConfigMapEnv,
    Container,
    Counter,
    CronWorkflow,
    Env,
    FieldEnv,
    Gauge,
    Histogram,
    Label,
    Memoize,
    Metrics,
    Mutex,
    Parallel,
    Parameter,
    PodGC,
    ResourceEnv,
    Resources,
    RetryAffinity,
    RetryStrategy,
    Script,
    SecretEnv,
    Semaphore,
    Step,
    Steps,
    Suspend,
    Synchronization,
    Task,
    TTLStrategy,
    VolumeClaimGC,
    Workflow,
)
from hera.workflows.exceptions import ManifestLoadError
from hera.workflows.garbage_collection import PodGCStrategy, VolumeClaimGCStrategy
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid

MANIFEST = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: loaded-
  labels:
    a: b
spec:
  entrypoint: main
  arguments:
    parameters:
    - name: who
      value: world
  templates:
  - name: main
    failFast: true
    dag:
      failFast: false
      tasks:
      - name: a
        template: hello
        arguments:
          parameters:
          - name: who
            value: "{{workflow.parameters.who}}"
      - name: b
        depends: a
        inline:
          suspend:
            duration: "5"
  - name: hello
    inputs:
      parameters:
      - name: who
    script:
      image: python:3.12
      source: |
        print("hello {{inputs.parameters.who}}")
  - name: steps
    steps:
    - - name: one
        template: hello
    - - name: two
        template: hello
      - name: three
        template: hello
"""


def test_manifest_becomes_dsl_objects() -> None:
    w = Workflow.from_yaml(MANIFEST)
    assert_schema_valid(w.to_dict())
    main, hello, steps = w.templates
    assert isinstance(main, DAG) and isinstance(hello, Script) and isinstance(steps, Steps)
    assert main.template_fail_fast is True and main.dag_fail_fast is False
    assert [type(t) for t in main.tasks] == [Task, Task]
    assert isinstance(main.tasks[1].inline, Suspend)
    assert isinstance(w.arguments[0], Parameter) and w.arguments[0].value == "world"
    assert isinstance(hello.inputs[0], Parameter)
    assert isinstance(steps.steps[0], Step) and isinstance(steps.steps[1], Parallel)
    assert w.labels == {"a": "b"}
    assert w.to_yaml() == MANIFEST.replace(
        '"{{workflow.parameters.who}}"', "'{{workflow.parameters.who}}'"
    ).replace('duration: "5"', "duration: '5'")


def test_loaded_objects_can_be_changed_and_extended() -> None:
    w = Workflow.from_yaml(MANIFEST)
    main = w.templates[0]
    with w, main:
        Task(name="c", template="hello", depends="b")
    main.tasks[0].arguments = {"who": "you"}
    tasks = w.to_dict()["spec"]["templates"][0]["dag"]["tasks"]
    assert tasks[0]["arguments"] == {"parameters": [{"name": "who", "value": "you"}]}
    assert tasks[2] == {"name": "c", "depends": "b", "template": "hello"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "kind: Workflow\nspec:\n  entrypont: x\n",
            r"spec.entrypont \(line 3\): unknown field 'entrypont'; did you mean 'entrypoint'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: x\n    containr: {}\n",
            r"spec.templates\[0\] \(line 4\): a template needs exactly one of",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: x\n    container: {}\n    retries: 3\n",
            r"spec.templates\[0\].retries \(line 6\): unknown field 'retries'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: d\n    dag:\n      tasks:\n      - name: a\n        dependson: [b]\n",
            r"spec.templates\[0\].dag.tasks\[0\].dependson \(line 8\): unknown field 'dependson'",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: c\n    container:\n      image: x\n      cmd: [a]\n",
            r"spec.templates\[0\].container.cmd \(line 7\): unknown field 'cmd'",
        ),
        (
            "kind: Workflow\nspec:\n  arguments:\n    parameters:\n    - value: x\n",
            r"spec.arguments.parameters\[0\] \(line 5\): missing required field 'name'",
        ),
        ("kind: Workflow\nspec:\n  templates: {}\n", r"spec.templates \(line 3\): expected a list, got dict"),
        (
            "kind: Workflow\nmetadata:\n  nam: x\n",
            r"metadata.nam \(line 3\): unknown field 'nam'; did you mean 'name'",
        ),
        (
            "kind: CronWorkflow\n",
            r"kind \(line 1\): the manifest is a 'CronWorkflow'; load it with CronWorkflow.from_dict",
        ),
        ("kind: Workflow\nstatus: {}\nextra: 1\n", r"extra \(line 3\): unknown field 'extra'"),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: d\n    dag:\n      tasks: []\n      parallel: true\n",
            r"spec.templates\[0\].dag.parallel \(line 7\): unknown field 'parallel'; valid fields: failFast, target, tasks",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend:\n      seconds: 3\n",
            r"spec.templates\[0\].suspend.seconds \(line 6\): unknown field 'seconds'; valid fields: duration",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend: {}\n    inputs:\n      params: []\n",
            r"spec.templates\[0\].inputs.params \(line 7\): unknown field 'params'; valid fields: artifacts, parameters",
        ),
        (
            "kind: Workflow\nspec:\n  templates:\n  - name: s\n    suspend: {}\n    metadata:\n      label: {}\n",
            r"spec.templates\[0\].metadata.label \(line 7\): unknown field 'label'",
        ),
    ],
)
def test_load_errors_name_the_field_and_line(text: str, message: str) -> None:
    with pytest.raises(ManifestLoadError, match=message):
        Workflow.from_yaml(text)


def test_dict_errors_have_a_path_and_no_line() -> None:
    with pytest.raises(ManifestLoadError) as info:
        Workflow.from_dict(
            {"kind": "Workflow", "spec": {"templates": [{"name": "x", "container": {"imag": "a"}}]}}
        )
    assert info.value.path == ("spec", "templates", 0, "container", "imag")
    assert info.value.line is None
    assert info.value.location == "spec.templates[0].container.imag"
    with pytest.raises(ManifestLoadError, match=r"<document>: expected a mapping, got list"):
        Workflow.from_dict([])  # type: ignore[arg-type]


def test_from_file_names_the_file_in_yaml_syntax_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("kind: Workflow\nspec: [\n")
    with pytest.raises(ValueError, match=r"broken\.yaml"):
        Workflow.from_file(path)


def test_cron_workflow_spec_and_workflow_spec_are_split() -> None:
    cw = CronWorkflow.from_dict(
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "CronWorkflow",
            "metadata": {"name": "c"},
            "spec": {
                "schedules": ["* * * * *"],
                "suspend": True,
                "workflowSpec": {
                    "entrypoint": "t",
                    "suspend": False,
                    "templates": [{"name": "t", "container": {"image": "x"}}],
                },
            },
        }
    )
    assert cw.cron_suspend is True and cw.suspend is False and cw.schedules == ["* * * * *"]
    assert isinstance(cw.templates[0], Container)
    assert cw.to_dict()["spec"]["workflowSpec"]["suspend"] is False


def test_outputs_with_result_are_kept_as_data() -> None:
    w = Workflow.from_dict(
        {
            "kind": "Workflow",
            "spec": {
                "templates": [
                    {"name": "c", "container": {"image": "x"}, "outputs": {"result": "r", "parameters": []}}
                ]
            },
        }
    )
    assert w.to_dict(validate=False)["spec"]["templates"][0]["outputs"] == {"result": "r", "parameters": []}


def _one_container(container: dict[str, Any], **template: Any) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "typed-"},
        "spec": {"entrypoint": "main", "templates": [{"name": "main", **template, "container": container}]},
    }


def _exactly(a: Any, b: Any) -> bool:
    """Equal including the key order of every mapping."""
    return json.dumps(a) == json.dumps(b)


def test_retry_strategy_env_and_resources_become_dsl_values_written_back_exactly() -> None:
    retry = {
        "retryPolicy": "Always",
        "limit": "10",
        "backoff": {"maxDuration": "1m", "duration": "1", "factor": 2},
        "affinity": {"nodeAntiAffinity": {}},
    }
    env = [
        {"value": "debug", "name": "LEVEL"},
        {"name": "EMPTY"},
        {"name": "PW", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password", "optional": True}}},
        {"name": "MODE", "valueFrom": {"configMapKeyRef": {"key": "mode", "name": "settings"}}},
        {"name": "POD", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
        {"valueFrom": {"resourceFieldRef": {"divisor": "1Mi", "resource": "limits.memory"}}, "name": "MEM"},
    ]
    resources = {
        "requests": {"memory": "64Mi", "cpu": "100m", "nvidia.com/gpu": "1"},
        "limits": {"cpu": "{{inputs.parameters.cpu}}", "memory": "128Mi"},
        "claims": [{"name": "gpu"}],
    }
    sidecar = {"name": "side", "image": "nginx", "env": [{"name": "A", "value": "1"}], "resources": resources}
    manifest = _one_container(
        {"image": "alpine", "env": env, "resources": resources},
        inputs={"parameters": [{"name": "cpu"}]},
        retryStrategy=retry,
        sidecars=[sidecar],
    )
    w = Workflow.from_dict(manifest)
    main = w.templates[0]
    assert main.retry_strategy == RetryStrategy(
        limit="10",
        retry_policy="Always",
        backoff=Backoff(duration="1", factor=2, max_duration="1m"),
        affinity=RetryAffinity(),
    )
    assert isinstance(main.retry_strategy.backoff, Backoff)
    assert main.env == [
        Env(name="LEVEL", value="debug"),
        Env(name="EMPTY"),
        SecretEnv(name="PW", secret_name="db", secret_key="password", optional=True),
        ConfigMapEnv(name="MODE", config_map_name="settings", config_map_key="mode"),
        FieldEnv(name="POD", field_path="metadata.name", api_version="v1"),
        ResourceEnv(name="MEM", resource="limits.memory", divisor="1Mi"),
    ]
    assert [type(e) for e in main.env] == [Env, Env, SecretEnv, ConfigMapEnv, FieldEnv, ResourceEnv]
    assert main.resources == Resources(
        cpu_request="100m",
        memory_request="64Mi",
        cpu_limit="{{inputs.parameters.cpu}}",
        memory_limit="128Mi",
        custom_resources={"requests": {"nvidia.com/gpu": "1"}},
        claims=["gpu"],
    )
    side = main.sidecars[0]
    assert side.env == [Env(name="A", value="1")] and isinstance(side.resources, Resources)
    out = w.to_dict()
    assert_schema_valid(out)
    assert _exactly(out, manifest)


def test_claims_that_are_not_only_names_are_custom_resources() -> None:
    claims = [{"name": "gpu", "request": "r"}]
    manifest = _one_container({"image": "alpine", "resources": {"claims": claims}})
    w = Workflow.from_dict(manifest)
    assert w.templates[0].resources == Resources(custom_resources={"claims": claims})
    assert _exactly(w.to_dict(), manifest)


def test_workflow_retry_strategy_and_container_set_containers_are_loaded() -> None:
    manifest = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"name": "cs"},
        "spec": {
            "entrypoint": "main",
            "retryStrategy": {"limit": 2},
            "templates": [
                {
                    "name": "main",
                    "containerSet": {
                        "containers": [
                            {"name": "a", "image": "alpine", "env": [{"name": "X", "value": "y"}]},
                        ]
                    },
                }
            ],
        },
    }
    w = Workflow.from_dict(manifest)
    assert w.retry_strategy == RetryStrategy(limit=2)
    assert w.templates[0].containers[0].env == [Env(name="X", value="y")]
    assert _exactly(w.to_dict(), manifest)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("retryStrategy", {"limit": 1, "unknownKey": True}),  # a key the class has no field for
        ("retryStrategy", {"retryPolicy": "Sometimes"}),  # a value the class rejects
        ("retryStrategy", {"backoff": {"duration": "1", "jitter": "x"}}),  # only the backoff does not fit
        ("env", [{"name": "N", "value": 1}]),  # written as "1" by Env
        ("env", [{"name": "N", "value": "v", "valueFrom": {"fieldRef": {"fieldPath": "x"}}}]),
        ("env", [{"name": "N", "valueFrom": {"secretKeyRef": {"name": "s"}}}]),  # no key
        ("env", [{"name": "N", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": 1}}}]),
        ("env", [{"name": "a=b", "value": "v"}]),
        ("resources", {"requests": {"cpu": 1}}),  # an int quantity would be written "1"
        ("resources", {"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}),  # request above its limit
        ("resources", {"requests": {}}),
        ("resources", {"claims": "gpu"}),  # claims that are not a list
    ],
)
def test_values_a_class_cannot_hold_exactly_stay_plain_data(field: str, value: Any) -> None:
    template = {"retryStrategy": value} if field == "retryStrategy" else {}
    container = {"image": "alpine", **({field: value} if field != "retryStrategy" else {})}
    manifest = _one_container(container, **template)
    w = Workflow.from_dict(manifest)
    main = w.templates[0]
    loaded = getattr(main, {"retryStrategy": "retry_strategy"}.get(field, field))
    if field == "env":
        assert type(loaded[0]) is dict
    elif field == "retryStrategy" and "backoff" in value:
        assert isinstance(loaded, RetryStrategy) and type(loaded.backoff) is dict
    else:
        assert type(loaded) is dict
    assert _exactly(w.to_dict(validate=False), manifest)


def test_loaded_values_keep_their_order_after_a_change() -> None:
    manifest = _one_container({"image": "alpine", "resources": {"limits": {"memory": "1Gi", "cpu": "1"}}})
    w = Workflow.from_dict(manifest)
    w.templates[0].resources.cpu_limit = "2"
    assert _exactly(
        w.to_dict()["spec"]["templates"][0]["container"]["resources"],
        {"limits": {"memory": "1Gi", "cpu": "2"}},
    )


def _workflow(spec: dict[str, Any], **template: Any) -> dict[str, Any]:
    manifest = _one_container({"image": "alpine"}, **template)
    manifest["spec"].update(spec)
    return manifest


def test_workflow_gc_ttl_synchronization_and_metrics_become_dsl_values_written_back_exactly() -> None:
    spec = {
        "arguments": {"parameters": [{"name": "env", "value": "dev"}]},
        "podGC": {
            "labelSelector": {"matchLabels": {"gc": "true", "team": "a"}},
            "strategy": "OnPodSuccess",
            "deleteDelayDuration": "30s",
        },
        "ttlStrategy": {"secondsAfterFailure": 60, "secondsAfterCompletion": 10},
        "volumeClaimGC": {"strategy": "OnWorkflowCompletion"},
        "synchronization": {
            "semaphores": [{"namespace": "ops", "database": {"key": "workflow"}}],
            "mutexes": [{"name": "deploy-{{workflow.parameters.env}}"}],
        },
        "metrics": {
            "prometheus": [
                {
                    "name": "duration_gauge",
                    "labels": [{"value": "workflow", "key": "name"}],
                    "help": "Duration gauge by name",
                    "gauge": {"value": "{{workflow.duration}}", "realtime": True},
                }
            ]
        },
    }
    manifest = _workflow(spec)
    w = Workflow.from_dict(manifest)
    assert w.pod_gc == PodGC(
        strategy=PodGCStrategy.on_pod_success,
        delete_delay_duration="30s",
        match_labels={"gc": "true", "team": "a"},
    )
    assert isinstance(w.pod_gc.strategy, PodGCStrategy)
    assert w.ttl_strategy == TTLStrategy(seconds_after_completion=10, seconds_after_failure=60)
    assert w.volume_claim_gc == VolumeClaimGC(strategy=VolumeClaimGCStrategy.on_workflow_completion)
    assert isinstance(w.volume_claim_gc.strategy, VolumeClaimGCStrategy)
    assert w.synchronization == Synchronization(
        mutexes=[Mutex(name="deploy-{{workflow.parameters.env}}")],
        semaphores=[Semaphore(key="workflow", database=True, namespace="ops")],
    )
    assert [type(m) for m in (*w.synchronization.mutexes, *w.synchronization.semaphores)] == [
        Mutex,
        Semaphore,
    ]
    assert w.metrics == Metrics(
        metrics=[
            Gauge(
                name="duration_gauge",
                help="Duration gauge by name",
                labels=[Label(key="name", value="workflow")],
                realtime=True,
                value="{{workflow.duration}}",
            )
        ]
    )
    assert type(w.metrics.metrics[0].labels[0]) is Label
    out = w.to_dict()
    assert_schema_valid(out)
    assert _exactly(out, manifest)


def test_template_memoize_synchronization_and_metrics_become_dsl_values_written_back_exactly() -> None:
    template = {
        "memoize": {
            "maxAge": "24h",
            "key": "{{inputs.parameters.day}}",
            "cache": {"configMap": {"name": "c"}},
        },
        "synchronization": {
            "mutexes": [
                {"database": True, "name": "client-{{workflow.uid}}"},
                {"name": "m", "namespace": "ops"},
            ],
            "semaphores": [{"configMapKeyRef": {"key": "template", "optional": True, "name": "my-config"}}],
        },
        "metrics": {
            "prometheus": [
                {
                    "name": "random_int_step_histogram",
                    "help": "Value of the int emitted by random-int",
                    "when": "{{status}} == Succeeded",
                    "histogram": {"value": "{{outputs.parameters.n}}", "buckets": [2.01, 4.01, 10]},
                },
                {
                    "help": "Count by status",
                    "name": "result_counter",
                    "labels": [{"key": "status", "value": "{{status}}"}],
                    "counter": {"value": "1"},
                },
                {
                    "name": "in_flight",
                    "help": "Running nodes",
                    "gauge": {"operation": "Add", "realtime": False, "value": "1"},
                },
            ]
        },
        "inputs": {"parameters": [{"name": "day"}]},
        "outputs": {"parameters": [{"name": "n", "valueFrom": {"path": "/tmp/n"}}]},
    }
    manifest = _one_container({"image": "alpine"}, **template)
    w = Workflow.from_dict(manifest)
    main = w.templates[0]
    assert main.memoize == Memoize(key="{{inputs.parameters.day}}", max_age="24h", config_map="c")
    assert main.synchronization == Synchronization(
        mutexes=[Mutex(name="client-{{workflow.uid}}", database=True), Mutex(name="m", namespace="ops")],
        semaphores=[Semaphore(key="template", config_map="my-config", optional=True)],
    )
    assert main.metrics == Metrics(
        metrics=[
            Histogram(
                name="random_int_step_histogram",
                help="Value of the int emitted by random-int",
                when="{{status}} == Succeeded",
                buckets=[2.01, 4.01, 10],
                value="{{outputs.parameters.n}}",
            ),
            Counter(
                name="result_counter",
                help="Count by status",
                labels=[Label(key="status", value="{{status}}")],
                value="1",
            ),
            Gauge(name="in_flight", help="Running nodes", realtime=False, value="1", operation="Add"),
        ]
    )
    assert [type(m) for m in main.metrics.metrics] == [Histogram, Counter, Gauge]
    out = w.to_dict()
    assert_schema_valid(out)
    assert _exactly(out, manifest)


def test_a_loaded_memoize_keeps_its_order_after_a_change() -> None:
    manifest = _one_container(
        {"image": "alpine"}, memoize={"maxAge": "1h", "key": "k", "cache": {"configMap": {"name": "c"}}}
    )
    w = Workflow.from_dict(manifest)
    w.templates[0].memoize.max_age = "2h"
    assert _exactly(
        w.to_dict()["spec"]["templates"][0]["memoize"],
        {"maxAge": "2h", "key": "k", "cache": {"configMap": {"name": "c"}}},
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("podGC", {"strategy": "OnPodSuccess", "deleteAfter": "1m"}),  # a key the class has no field for
        ("podGC", {"strategy": "Sometimes"}),  # a value the class rejects
        ("podGC", {"deleteDelayDuration": 30}),  # PodGC writes a number as "30s"
        ("podGC", {"labelSelector": {"matchLabels": {"a": "b"}}, "matchLabels": {"a": "b"}}),
        ("ttlStrategy", {"secondsAfterCompletion": "10"}),  # seconds as text
        ("ttlStrategy", {"secondsAfterSuccess": 5, "after": 1}),
        ("volumeClaimGC", {"strategy": "Never"}),
        ("volumeClaimGC", "OnWorkflowCompletion"),  # not a mapping
        ("synchronization", {"mutexes": []}),  # Synchronization leaves an empty list out
        ("synchronization", {"mutex": {"name": "m"}}),  # the single form of Argo before v3.6
        ("synchronization", {"mutexes": {"name": "m"}}),  # not a list
        ("synchronization", {"semaphores": [{"configMapKeyRef": {"name": "c"}}]}),  # no key
        ("metrics", {"prometheus": [{"name": "m", "help": "h", "counter": {"value": 1}}]}),  # written as "1"
        ("metrics", {"prometheus": [{"name": "m", "help": "h", "counter": {"value": "1"}, "gauge": {}}]}),
        ("metrics", {"prometheus": [{"name": "m", "help": "h", "counter": {"value": "1"}}], "extra": []}),
        ("metrics", {"prometheus": {"name": "m"}}),  # not a list
    ],
)
def test_workflow_values_a_class_cannot_hold_exactly_stay_plain_data(field: str, value: Any) -> None:
    manifest = _workflow({field: value})
    w = Workflow.from_dict(manifest)
    attr = {"podGC": "pod_gc", "ttlStrategy": "ttl_strategy", "volumeClaimGC": "volume_claim_gc"}.get(
        field, field
    )
    assert type(getattr(w, attr)) is type(value)
    assert _exactly(w.to_dict(validate=False), manifest)


@pytest.mark.parametrize(
    "memoize",
    [
        {
            "key": "k",
            "maxAge": "1h",
            "cache": {"configMap": {"name": "c", "key": "entries"}},
        },  # a key selector
        {"key": "k", "cache": {"configMap": {"name": "c"}}},  # no maxAge
        {"key": "k", "maxAge": 10, "cache": {"configMap": {"name": "c"}}},  # Memoize writes 10 as "10s"
        {"key": "", "maxAge": "1h", "cache": {"configMap": {"name": "c"}}},
        {"key": "k", "maxAge": "1h", "cache": {"configMap": "c"}},
    ],
)
def test_memoize_a_class_cannot_hold_exactly_stays_plain_data(memoize: dict[str, Any]) -> None:
    manifest = _one_container({"image": "alpine"}, memoize=memoize)
    w = Workflow.from_dict(manifest)
    assert type(w.templates[0].memoize) is dict
    assert _exactly(w.to_dict(validate=False), manifest)


def test_entries_that_do_not_fit_stay_plain_data_inside_a_loaded_section() -> None:
    mutex = {"name": "m", "database": False}  # Mutex leaves database: false out
    label = {"key": "status", "value": "{{status}}", "note": "x"}
    metric = {"name": "m", "help": "h", "labels": [label], "counter": {"value": "1"}}
    manifest = _one_container(
        {"image": "alpine"},
        synchronization={"mutexes": [mutex, {"name": "n"}]},
        metrics={"prometheus": [metric]},
    )
    w = Workflow.from_dict(manifest)
    main = w.templates[0]
    assert isinstance(main.synchronization, Synchronization)
    assert main.synchronization.mutexes == [mutex, Mutex(name="n")]
    assert type(main.synchronization.mutexes[0]) is dict
    assert isinstance(main.metrics.metrics[0], Counter) and main.metrics.metrics[0].labels == [label]
    assert _exactly(w.to_dict(validate=False), manifest)


def test_a_value_left_as_data_is_still_reported_by_validation() -> None:
    manifest = _one_container(
        {"image": "alpine"}, memoize={"key": "k", "maxAge": 10, "cache": {"configMap": {"name": "c"}}}
    )
    w = Workflow.from_dict(manifest)
    with pytest.raises(InvalidWorkflowError, match=r"memoize\.maxAge must be a string"):
        w.to_dict()
