"""Prometheus metrics a workflow or a template emits: `Counter`, `Gauge`, `Histogram`, `Metric`, `Metrics`,
`Label`.

`metrics=` of a workflow or template takes one metric, a list of them, a `Metrics`, the generated
`models.Metrics` / `models.Prometheus` (or lists of those) or a dict; a list is written as `{prometheus: [...]}`.
All forms are checked by the same rules (`metrics_problems`) when the workflow is validated: Prometheus names,
a help text, exactly one of counter/gauge/histogram, label keys, increasing histogram buckets.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, ClassVar

from hera.workflows._policy_checks import CHECKED, Problem, mapping_problem, raise_first, view
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject, load_exact
from hera.workflows.exceptions import InvalidType

__all__ = [
    "Counter",
    "Gauge",
    "Histogram",
    "Label",
    "Metric",
    "Metrics",
    "label_problems",
    "load_metric",
    "metric_problems",
    "metrics_problems",
    "metrics_value",
]

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_LABEL_KEY = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
_KINDS = ("counter", "gauge", "histogram")
_GAUGE_OPERATIONS = ("Set", "Add", "Sub")


def _text(value: Any) -> Any:
    """Numbers given for a metric's value are written as the string Argo expects."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _value_problem(body: dict[str, Any], kind: str) -> Problem | None:
    value = body.get("value")
    if not isinstance(value, str) or not value:
        return (
            (kind, "value"),
            f"must be the metric's value as a non-empty string (e.g. '1' or '{{{{duration}}}}'); got {value!r}",
        )
    return None


def _bucket_problems(buckets: Any) -> list[Problem]:
    path: tuple[str | int, ...] = ("histogram", "buckets")
    if not isinstance(buckets, list) or not buckets:
        return [(path, f"must be a non-empty list of increasing numbers (e.g. [1, 5, 10]); got {buckets!r}")]
    previous: float | None = None
    for index, bucket in enumerate(buckets):
        if bucket is CHECKED:
            continue
        if isinstance(bucket, bool) or not isinstance(bucket, (int, float)):
            return [((*path, index), f"must be a number; got {bucket!r}")]
        if previous is not None and bucket <= previous:
            return [
                (
                    (*path, index),
                    f"is {bucket!r}, not above the bucket before it ({previous!r}); list buckets in increasing order",
                )
            ]
        previous = bucket
    return []


def _label_problems(labels: Any) -> list[Problem]:
    if not isinstance(labels, list):
        return [(("labels",), f"must be a list of {{key, value}} labels; got {labels!r}")]
    problems: list[Problem] = []
    for index, label in enumerate(labels):
        if label is CHECKED:
            continue
        problems.extend(((("labels", index, *path), message) for path, message in label_problems(label)))
    return problems


def label_problems(data: Any) -> list[Problem]:
    """The problems of one metric label (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a {key, value} mapping")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    key = data.get("key")
    if not isinstance(key, str) or not _LABEL_KEY.fullmatch(key):
        problems.append(
            (
                ("key",),
                f"{key!r} is not a valid Prometheus label name; use letters, digits and '_', not starting with a digit",
            )
        )
    value = data.get("value")
    if not isinstance(value, str) or not value:
        problems.append(
            (("value",), f"must be a non-empty string (Argo rejects empty label values); got {value!r}")
        )
    return problems


def _kind_problems(data: dict[str, Any], kind: str) -> list[Problem]:
    body = data[kind]
    if body is CHECKED:
        return []
    problem = mapping_problem(body, f"a mapping (the {kind}'s value and settings)")
    if problem:
        return [((kind,), problem)]
    problems: list[Problem] = []
    value_problem = _value_problem(body, kind)
    if value_problem:
        problems.append(value_problem)
    if kind == "gauge":
        if not isinstance(body.get("realtime"), bool):
            problems.append(
                (
                    ("gauge", "realtime"),
                    f"must be true or false (Argo requires it); got {body.get('realtime')!r}",
                )
            )
        operation = body.get("operation")
        if operation is not None and operation not in _GAUGE_OPERATIONS:
            problems.append(
                (
                    ("gauge", "operation"),
                    f"{operation!r} is not a gauge operation; valid: {', '.join(_GAUGE_OPERATIONS)}",
                )
            )
    elif kind == "histogram":
        problems.extend(_bucket_problems(body.get("buckets")))
    return problems


def metric_problems(data: Any) -> list[Problem]:
    """The problems of one Prometheus metric (an entry of `metrics.prometheus`); empty when it is valid."""
    problem = mapping_problem(data, "a mapping (name, help, labels, when and one of counter/gauge/histogram)")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    name = data.get("name")
    if not isinstance(name, str) or not _METRIC_NAME.fullmatch(name):
        problems.append(
            (
                ("name",),
                f"{name!r} is not a valid Prometheus metric name; use letters, digits, '_' and ':', "
                "not starting with a digit (e.g. 'duration_seconds')",
            )
        )
    help_text = data.get("help")
    if not isinstance(help_text, str) or not help_text.strip():
        problems.append(
            (("help",), f"must describe the metric (Argo requires a help text); got {help_text!r}")
        )
    if data.get("labels") is not None:
        problems.extend(_label_problems(data["labels"]))
    when = data.get("when")
    if when is not None and not isinstance(when, str):
        problems.append(
            (("when",), f"must be a condition string such as '{{{{status}}}} == Succeeded'; got {when!r}")
        )
    kinds = [kind for kind in _KINDS if data.get(kind) is not None]
    if len(kinds) != 1:
        found = ", ".join(kinds) if kinds else "none"
        problems.append(((), f"a metric needs exactly one of counter, gauge and histogram; it has {found}"))
    for kind in kinds:
        problems.extend(_kind_problems(data, kind))
    return problems


def metrics_problems(data: Any) -> list[Problem]:
    """The problems of a `metrics` section (`{prometheus: [...]}`); empty when it is valid."""
    problem = mapping_problem(data, "a mapping {prometheus: [metrics]}")
    if problem:
        return [((), problem)]
    entries = data.get("prometheus")
    if not isinstance(entries, list):
        return [(("prometheus",), f"must be a list of metrics; got {entries!r}")]
    problems: list[Problem] = []
    for index, entry in enumerate(entries):
        if entry is not CHECKED:
            problems.extend(
                (("prometheus", index, *path), message) for path, message in metric_problems(entry)
            )
    return problems


@dataclasses.dataclass(kw_only=True)
class Label(ValueObject):
    """`Label(key="status", value="{{status}}")`: a label of a metric."""

    key: str
    value: str
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        raise_first(f"Label(key={self.key!r})", label_problems(self._build()))

    def _build(self) -> dict[str, Any]:
        return _in_order({"key": self.key, "value": self.value}, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Label holding one manifest entry of a metric's `labels` exactly, or the data itself."""
        if not isinstance(data, dict) or data.keys() != {"key", "value"}:
            return data
        return load_exact(cls, data, dict(data), _order=tuple(data))


def _labels(labels: Any) -> Any:
    """Labels as a list: a `{key: value}` dict gives one label per entry; one label becomes a list of one."""
    if labels is None:
        return None
    if isinstance(labels, dict):
        return [{"key": str(key), "value": value} for key, value in labels.items()]
    if isinstance(labels, (list, tuple)):
        return list(labels)
    return [labels]


@dataclasses.dataclass(kw_only=True)
class _BaseMetric(ValueObject):
    """What every metric has: `name`, `help`, `labels` (Labels, their models, or a `{key: value}` dict) and
    `when` (a condition: the metric is emitted only when it holds)."""

    _KIND: ClassVar[str] = ""

    name: str
    help: str
    labels: Any = None
    when: str | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)
    _kind_order: tuple[str, ...] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        self.labels = _labels(self.labels)
        self._normalise()
        kind = self._KIND
        problems = [
            (path[1:] if kind and path[:1] == (kind,) else path, message)
            for path, message in metric_problems(view(self._fields()))
        ]
        raise_first(f"{type(self).__name__}(name={self.name!r})", problems)

    def _normalise(self) -> None:
        """Subclass hook: put the kind's own fields in the form they are written in."""

    def _kind_body(self) -> dict[str, Any]:
        """`{<kind>: {...}}` for this metric."""
        raise NotImplementedError

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"name": self.name, "help": self.help}
        if self.labels is not None:
            fields["labels"] = self.labels
        if self.when is not None:
            fields["when"] = self.when
        fields.update(self._kind_body())
        return fields

    def _build(self) -> dict[str, Any]:
        data = plain(self._fields())
        if self._order is None:
            return data
        kind = self._KIND
        if kind and isinstance(data.get(kind), dict):
            data[kind] = _in_order(data[kind], self._kind_order)
        return _in_order(data, self._order)


@dataclasses.dataclass(kw_only=True)
class Counter(_BaseMetric):
    """`Counter(name="result_counter", help="Runs by status", labels={"status": "{{status}}"}, value="1")`:
    adds `value` each time it is emitted."""

    _KIND: ClassVar[str] = "counter"

    value: str

    def _normalise(self) -> None:
        self.value = _text(self.value)

    def _kind_body(self) -> dict[str, Any]:
        return {"counter": {"value": self.value}}


@dataclasses.dataclass(kw_only=True)
class Gauge(_BaseMetric):
    """`Gauge(name="duration_gauge", help="Duration", realtime=True, value="{{duration}}")`.

    `realtime=True` emits it while the node runs; `operation` is `Set` (default), `Add` or `Sub`.
    """

    _KIND: ClassVar[str] = "gauge"

    realtime: bool
    value: str
    operation: str | None = None

    def _normalise(self) -> None:
        self.value = _text(self.value)

    def _kind_body(self) -> dict[str, Any]:
        gauge: dict[str, Any] = {"realtime": self.realtime, "value": self.value}
        if self.operation is not None:
            gauge["operation"] = self.operation
        return {"gauge": gauge}


@dataclasses.dataclass(kw_only=True)
class Histogram(_BaseMetric):
    """`Histogram(name="step_seconds", help="Step time", buckets=[1, 5, 10], value="{{duration}}")`.

    `buckets` are the upper bounds, in increasing order.
    """

    _KIND: ClassVar[str] = "histogram"

    buckets: list[Any]
    value: str

    def _normalise(self) -> None:
        self.value = _text(self.value)
        self.buckets = plain(list(self.buckets)) if isinstance(self.buckets, (list, tuple)) else self.buckets

    def _kind_body(self) -> dict[str, Any]:
        return {"histogram": {"buckets": self.buckets, "value": self.value}}


def _kind_value(value: Any, kind: str, label: str) -> Any:
    """The body of a `Metric`'s counter/gauge/histogram: a DSL metric gives its own body (its name, help and
    labels are not used), a model or dict is written as it is."""
    if isinstance(value, _BaseMetric):
        if kind != value._KIND:
            raise InvalidType(
                f"{label}: {kind}= takes a {kind.capitalize()} (or its model or a dict), got a {type(value).__name__}"
            )
        return value._kind_body()[kind]
    return value


@dataclasses.dataclass(kw_only=True)
class Metric(_BaseMetric):
    """A metric whose kind is given by one of `counter`, `gauge` or `histogram`, each a DSL metric (only its
    value and settings are used), a generated model or a dict."""

    counter: Any = None
    gauge: Any = None
    histogram: Any = None

    def _normalise(self) -> None:
        for kind in _KINDS:
            value = getattr(self, kind)
            if value is not None:
                setattr(self, kind, _kind_value(value, kind, f"Metric(name={self.name!r})"))

    def _kind_body(self) -> dict[str, Any]:
        return {kind: getattr(self, kind) for kind in _KINDS if getattr(self, kind) is not None}


@dataclasses.dataclass(kw_only=True)
class Metrics(ValueObject):
    """`Metrics(metrics=[...])`: the metrics of a workflow or template, written as `{prometheus: [...]}`.

    A plain list given to `metrics=` means the same.
    """

    metrics: list[Any] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.metrics = list(self.metrics) if isinstance(self.metrics, (list, tuple)) else [self.metrics]
        raise_first("Metrics", metrics_problems({"prometheus": view(self.metrics)}))

    def _build(self) -> dict[str, Any]:
        return {"prometheus": plain(self.metrics)}

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Metrics holding a manifest's `metrics` exactly, each entry a `Counter`, `Gauge` or `Histogram`
        where it fits (the others stay plain data), or the data itself when it does not fit."""
        if (
            not isinstance(data, dict)
            or data.keys() != {"prometheus"}
            or not isinstance(data["prometheus"], list)
        ):
            return data
        return load_exact(cls, data, {"metrics": [load_metric(entry) for entry in data["prometheus"]]})


# metric kind -> (class, {key of its body: field})
_KIND_FIELDS: dict[str, tuple[type[_BaseMetric], dict[str, str]]] = {
    "counter": (Counter, {"value": "value"}),
    "gauge": (Gauge, {"realtime": "realtime", "value": "value", "operation": "operation"}),
    "histogram": (Histogram, {"buckets": "buckets", "value": "value"}),
}
_COMMON_FIELDS = ("name", "help", "labels", "when")


def load_metric(data: Any) -> Any:
    """One manifest entry of `metrics.prometheus` as the `Counter`, `Gauge` or `Histogram` that writes it back
    exactly (its labels `Label`s where they fit), or the entry itself when none fits."""
    if not isinstance(data, dict):
        return data
    kinds = [key for key in data if key not in _COMMON_FIELDS]
    if len(kinds) != 1 or kinds[0] not in _KIND_FIELDS:
        return data
    kind = kinds[0]
    cls, attrs = _KIND_FIELDS[kind]
    body = data[kind]
    if not isinstance(body, dict) or not body.keys() <= attrs.keys():
        return data
    fields = {attrs[key]: value for key, value in body.items()}
    fields.update((key, data[key]) for key in _COMMON_FIELDS if key in data)
    if isinstance(fields.get("labels"), list):
        fields["labels"] = [Label._load(label) for label in fields["labels"]]
    return load_exact(cls, data, fields, _order=tuple(data), _kind_order=tuple(body))


def _in_order(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    from hera.workflows._template import reorder

    return reorder(data, order)


def metrics_value(value: Any, owner: str) -> Any:
    """What `metrics=` holds, in the manifest's form: lists and single metrics become `{prometheus: [...]}`.

    `owner` names the template or workflow for the error raised for a value of another type.
    """
    if value is None or isinstance(value, (Metrics, dict)):
        return value
    if isinstance(value, (list, tuple)):
        return {"prometheus": list(value)}
    model = type(value).__name__ if hasattr(value, "model_dump") else None
    if model == "Metrics":
        return value
    if isinstance(value, _BaseMetric) or model == "Prometheus":
        return {"prometheus": [value]}
    raise InvalidType(
        f"{owner}: metrics= cannot hold a value of type {type(value).__name__}; use a Counter, Gauge, Histogram or Metric, "
        "a list of them, Metrics(...), the generated models.Metrics / models.Prometheus, or a dict"
    )
