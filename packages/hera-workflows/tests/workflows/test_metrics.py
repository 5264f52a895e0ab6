"""Metrics: `Counter`, `Gauge`, `Histogram`, `Metric`, `Metrics`, `Label`; the forms `metrics=` takes at template
and workflow level, loading back, class defaults and hooks, and errors."""

from __future__ import annotations

import dataclasses

import pytest

from hera.shared import global_config
from hera.workflows import (
    Container,
    Counter,
    Gauge,
    Histogram,
    Label,
    Metric,
    Metrics,
    Steps,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError, InvalidType
from hera.workflows.metrics import metrics_problems, metrics_value
from hera.workflows.validation import InvalidWorkflowError
from tools.testing import assert_schema_valid


def _workflow(template_metrics: object = None, **workflow_fields: object) -> Workflow:
    with Workflow(generate_name="metrics-", entrypoint="main", **workflow_fields) as w:
        work = Container(name="work", image="busybox", command=["true"], metrics=template_metrics)
        with Steps(name="main"):
            work(name="run")
    return w


def _template(manifest: dict, name: str = "work") -> dict:
    return next(t for t in manifest["spec"]["templates"] if t["name"] == name)


def test_each_kind_of_metric() -> None:
    counter = Counter(name="runs", help="Runs by status", labels={"status": "{{status}}"}, value="1")
    gauge = Gauge(name="duration", help="Duration", realtime=True, value="{{duration}}", operation="Set")
    histogram = Histogram(
        name="seconds",
        help="Seconds",
        when="{{status}} == Succeeded",
        buckets=[1, 2.5, 10],
        value="{{duration}}",
    )
    assert plain(counter) == {
        "name": "runs",
        "help": "Runs by status",
        "labels": [{"key": "status", "value": "{{status}}"}],
        "counter": {"value": "1"},
    }
    assert plain(gauge) == {
        "name": "duration",
        "help": "Duration",
        "gauge": {"realtime": True, "value": "{{duration}}", "operation": "Set"},
    }
    assert plain(histogram) == {
        "name": "seconds",
        "help": "Seconds",
        "when": "{{status}} == Succeeded",
        "histogram": {"buckets": [1, 2.5, 10], "value": "{{duration}}"},
    }


def test_a_list_at_template_and_workflow_level_is_written_under_prometheus() -> None:
    w = _workflow(
        [Counter(name="runs", help="Runs", value=1)],
        metrics=[
            Gauge(name="wf_duration", help="Workflow duration", realtime=False, value="{{workflow.duration}}")
        ],
    )
    manifest = w.to_dict()
    assert _template(manifest)["metrics"] == {
        "prometheus": [{"name": "runs", "help": "Runs", "counter": {"value": "1"}}]
    }
    assert manifest["spec"]["metrics"] == {
        "prometheus": [
            {
                "name": "wf_duration",
                "help": "Workflow duration",
                "gauge": {"realtime": False, "value": "{{workflow.duration}}"},
            }
        ]
    }
    assert_schema_valid(manifest)
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_every_accepted_form_writes_the_same_section() -> None:
    expected = {"prometheus": [{"name": "runs", "help": "Runs", "counter": {"value": "1"}}]}
    counter = Counter(name="runs", help="Runs", value="1")
    model = m.Prometheus(name="runs", help="Runs", counter=m.Counter(value="1"))
    forms = [
        counter,
        [counter],
        Metrics(metrics=[counter]),
        Metric(name="runs", help="Runs", counter=Counter(name="ignored", help="ignored", value="1")),
        Metric(name="runs", help="Runs", counter={"value": "1"}),
        model,
        [model],
        m.Metrics(prometheus=[model]),
        {"prometheus": [{"name": "runs", "help": "Runs", "counter": {"value": "1"}}]},
    ]
    for form in forms:
        manifest = _workflow(form).to_dict()
        assert _template(manifest)["metrics"] == expected, form


def test_labels_take_labels_models_or_a_mapping() -> None:
    expected = [{"key": "name", "value": "work"}, {"key": "status", "value": "{{status}}"}]
    for labels in (
        {"name": "work", "status": "{{status}}"},
        [Label(key="name", value="work"), Label(key="status", value="{{status}}")],
        [m.MetricLabel(key="name", value="work"), {"key": "status", "value": "{{status}}"}],
    ):
        assert plain(Counter(name="c", help="h", labels=labels, value="1"))["labels"] == expected
    assert plain(Counter(name="c", help="h", labels=Label(key="a", value="b"), value="1"))["labels"] == [
        {"key": "a", "value": "b"}
    ]


def test_metrics_on_a_steps_template_and_loading_back_from_yaml() -> None:
    with Workflow(generate_name="metrics-", entrypoint="main") as w:
        work = Container(name="work", image="busybox")
        with Steps(
            name="main", metrics=Gauge(name="steps_duration", help="d", realtime=True, value="{{duration}}")
        ):
            work(name="run")
    manifest = w.to_dict()
    assert _template(manifest, "main")["metrics"]["prometheus"][0]["gauge"] == {
        "realtime": True,
        "value": "{{duration}}",
    }
    assert Workflow.from_yaml(w.to_yaml()).to_dict() == manifest


def test_class_defaults_and_hooks() -> None:
    global_config.set_class_defaults(Counter, labels={"team": "data"})
    assert plain(Counter(name="c", help="h", value="1"))["labels"] == [{"key": "team", "value": "data"}]

    @global_config.register_pre_build_hook
    def prefix(gauge: Gauge) -> Gauge:
        return dataclasses.replace(gauge, name=f"team_{gauge.name}")

    manifest = _workflow([Gauge(name="g", help="h", realtime=False, value="1")]).to_dict()
    assert _template(manifest)["metrics"]["prometheus"][0]["name"] == "team_g"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Counter(name="bad-name", help="h", value="1"),
            r"Counter\(name='bad-name'\): name 'bad-name' is not a valid Prometheus metric name",
        ),
        (
            lambda: Counter(name="ok", help=" ", value="1"),
            r"Counter\(name='ok'\): help must describe the metric",
        ),
        (
            lambda: Counter(name="ok", help="h", value=""),
            r"Counter\(name='ok'\): value must be the metric's value as a non-empty string",
        ),
        (
            lambda: Gauge(name="g", help="h", realtime="yes", value="1"),
            r"Gauge\(name='g'\): realtime must be true or false",
        ),
        (
            lambda: Gauge(name="g", help="h", realtime=True, value="1", operation="Mul"),
            "operation 'Mul' is not a gauge operation; valid: Set, Add, Sub",
        ),
        (
            lambda: Histogram(name="h", help="h", buckets=[], value="1"),
            r"Histogram\(name='h'\): buckets must be a non-empty list of increasing numbers",
        ),
        (
            lambda: Histogram(name="h", help="h", buckets=[5, 5], value="1"),
            r"buckets\[1\] is 5, not above the bucket before it \(5\)",
        ),
        (
            lambda: Histogram(name="h", help="h", buckets=[1, "2"], value="1"),
            r"buckets\[1\] must be a number; got '2'",
        ),
        (
            lambda: Metric(name="m", help="h"),
            "a metric needs exactly one of counter, gauge and histogram; it has none",
        ),
        (
            lambda: Metric(
                name="m", help="h", counter={"value": "1"}, gauge={"realtime": True, "value": "1"}
            ),
            "it has counter, gauge",
        ),
        (
            lambda: Label(key="1st", value="x"),
            r"Label\(key='1st'\): key '1st' is not a valid Prometheus label name",
        ),
        (lambda: Label(key="k", value=""), r"Label\(key='k'\): value must be a non-empty string"),
        (
            lambda: Counter(name="c", help="h", labels={"bad key": "v"}, value="1"),
            r"labels\[0\].key 'bad key' is not a valid",
        ),
        (lambda: Metrics(metrics=[{"name": "x"}]), r"Metrics: prometheus\[0\].help must describe the metric"),
    ],
)
def test_bad_metrics_name_the_metric_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]


def test_a_metric_kind_of_the_wrong_class_is_a_type_error() -> None:
    with pytest.raises(InvalidType, match=r"Metric\(name='m'\): counter= takes a Counter .* got a Gauge"):
        Metric(name="m", help="h", counter=Gauge(name="g", help="h", realtime=True, value="1"))


def test_metrics_of_another_type_name_the_template() -> None:
    w = _workflow(42)
    with pytest.raises(InvalidType, match=r"template 'work': metrics= cannot hold a value of type int"):
        w.to_dict()
    with pytest.raises(InvalidType, match="workflow 'x-': metrics="):
        metrics_value(object(), "workflow 'x-'")


def test_a_bad_dict_is_reported_by_validation_with_template_and_path() -> None:
    w = _workflow(
        {"prometheus": [{"name": "x-y", "help": "h", "histogram": {"value": "1", "buckets": [2, 1]}}]}
    )
    with pytest.raises(InvalidWorkflowError) as caught:
        w.to_dict()
    text = str(caught.value)
    assert (
        "template 'work' (spec.templates[0].metrics.prometheus[0].name): metrics.prometheus[0].name 'x-y'"
        in text
    )
    assert "(spec.templates[0].metrics.prometheus[0].histogram.buckets[1]):" in text
    workflow_level = _workflow(
        None, metrics={"prometheus": [{"name": "ok", "help": "h", "gauge": {"value": "1"}}]}
    )
    with pytest.raises(
        InvalidWorkflowError,
        match=r"\(spec.metrics.prometheus\[0\].gauge.realtime\): metrics.prometheus\[0\].gauge.realtime must be true or false",
    ):
        workflow_level.to_dict()


def test_problems_of_manifest_data() -> None:
    assert metrics_problems({"prometheus": [{"name": "a", "help": "h", "counter": {"value": "1"}}]}) == []
    assert metrics_problems({"prometheus": "x"}) == [(("prometheus",), "must be a list of metrics; got 'x'")]
