"""What Argo deletes, and when: `PodGC` (the workflow's pods), `TTLStrategy` (the workflow itself) and
`VolumeClaimGC` (the volumes of its `volume_claim_templates`), with the strategies as enums.

`pod_gc=`, `ttl_strategy=` and `volume_claim_gc=` of a workflow also take the generated models or dicts; all are
checked by the same rules (`pod_gc_problems`, ...) when the workflow is validated.
"""

from __future__ import annotations

import dataclasses
import datetime
from enum import Enum
from typing import Any

from hera.workflows._policy_checks import (
    CHECKED,
    Problem,
    count_problem,
    duration_problem,
    duration_text,
    mapping_problem,
    raise_first,
    view,
)
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject, load_exact

__all__ = [
    "PodGC",
    "PodGCStrategy",
    "TTLStrategy",
    "VolumeClaimGC",
    "VolumeClaimGCStrategy",
    "label_selector_problems",
    "pod_gc_problems",
    "ttl_strategy_problems",
    "volume_claim_gc_problems",
]


class PodGCStrategy(str, Enum):
    """When a workflow's pods are deleted."""

    on_pod_completion = "OnPodCompletion"
    on_pod_success = "OnPodSuccess"
    on_workflow_completion = "OnWorkflowCompletion"
    on_workflow_success = "OnWorkflowSuccess"

    def __str__(self) -> str:
        return str(self.value)


class VolumeClaimGCStrategy(str, Enum):
    """When the volumes made from a workflow's `volume_claim_templates` are deleted (Argo's default:
    on success)."""

    on_workflow_completion = "OnWorkflowCompletion"
    on_workflow_success = "OnWorkflowSuccess"

    def __str__(self) -> str:
        return str(self.value)


_POD_GC = tuple(strategy.value for strategy in PodGCStrategy)
_VOLUME_GC = tuple(strategy.value for strategy in VolumeClaimGCStrategy)
_TTL_FIELDS = ("secondsAfterCompletion", "secondsAfterSuccess", "secondsAfterFailure")


def _strategy_problem(value: Any, valid: tuple[str, ...]) -> str | None:
    if value is None or value in valid:
        return None
    return f"{value!r} is not a strategy; valid: {', '.join(valid)}"


def label_selector_problems(data: Any) -> list[Problem]:
    """The problems of a Kubernetes label selector (`matchLabels`, `matchExpressions`); empty when valid."""
    problem = mapping_problem(data, "a label selector {matchLabels: {...}, matchExpressions: [...]}")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    labels = data.get("matchLabels")
    if labels is not None and (
        not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values())
    ):
        problems.append((("matchLabels",), f"must map label names to string values; got {labels!r}"))
    expressions = data.get("matchExpressions")
    if expressions is not None and not isinstance(expressions, list):
        problems.append(
            (("matchExpressions",), f"must be a list of {{key, operator, values}}; got {expressions!r}")
        )
    return problems


def pod_gc_problems(data: Any) -> list[Problem]:
    """The problems of a `podGC` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping {strategy, labelSelector, deleteDelayDuration}")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    problem = _strategy_problem(data.get("strategy"), _POD_GC)
    if problem:
        problems.append((("strategy",), problem))
    delay = data.get("deleteDelayDuration")
    if delay is not None:
        problem = duration_problem(delay, seconds=False)
        if problem:
            problems.append((("deleteDelayDuration",), problem))
    selector = data.get("labelSelector")
    if selector is not None and selector is not CHECKED:
        problems.extend(
            (("labelSelector", *path), message) for path, message in label_selector_problems(selector)
        )
    return problems


def ttl_strategy_problems(data: Any) -> list[Problem]:
    """The problems of a `ttlStrategy` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, f"a mapping of {', '.join(_TTL_FIELDS)}")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    for key in _TTL_FIELDS:
        if data.get(key) is not None:
            problem = count_problem(data[key], text=False, meaning="a number of seconds")
            if problem:
                problems.append(((key,), problem))
    return problems


def volume_claim_gc_problems(data: Any) -> list[Problem]:
    """The problems of a `volumeClaimGC` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping {strategy}")
    if problem:
        return [((), problem)]
    problem = _strategy_problem(data.get("strategy"), _VOLUME_GC)
    return [(("strategy",), problem)] if problem else []


@dataclasses.dataclass(kw_only=True)
class PodGC(ValueObject):
    """`PodGC(strategy=PodGCStrategy.on_pod_success, delete_delay_duration="30s", match_labels={"gc": "true"})`.

    Only pods matching `label_selector` (a selector model or dict) or `match_labels` (shorthand for
    `{matchLabels: ...}`) are deleted when one is given. `delete_delay_duration` waits before deleting (a
    duration such as `"30s"`; a number or `timedelta` is written in seconds).
    """

    strategy: PodGCStrategy | str | None = None
    label_selector: Any = None
    match_labels: dict[str, str] | None = None
    delete_delay_duration: Any = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.delete_delay_duration = duration_text(self.delete_delay_duration, seconds=False)
        if self.match_labels is not None and self.label_selector is not None:
            raise_first("PodGC", [(("match_labels",), "and label_selector exclude each other; give one")])
        raise_first("PodGC", pod_gc_problems(view(self._fields())))

    def _fields(self) -> dict[str, Any]:
        fields = {
            "strategy": self.strategy,
            "deleteDelayDuration": self.delete_delay_duration,
            "labelSelector": self.label_selector
            if self.match_labels is None
            else {"matchLabels": dict(self.match_labels)},
        }
        return {key: value for key, value in fields.items() if value is not None}

    def _build(self) -> dict[str, Any]:
        return _in_order(plain(self._fields()), self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A PodGC holding a manifest's `podGC` exactly (a selector of only `matchLabels` as `match_labels`,
        a known strategy as a `PodGCStrategy`), or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= _POD_GC_FIELDS.keys():
            return data
        fields = {_POD_GC_FIELDS[key]: value for key, value in data.items()}
        if fields.get("strategy") in _POD_GC:
            fields["strategy"] = PodGCStrategy(fields["strategy"])
        selector = fields.get("label_selector")
        if isinstance(selector, dict) and selector.keys() == {"matchLabels"}:
            fields["match_labels"] = fields.pop("label_selector")["matchLabels"]
        return load_exact(cls, data, fields, _order=tuple(data))


def _seconds(value: Any) -> Any:
    if isinstance(value, datetime.timedelta):
        seconds = value.total_seconds()
        return int(seconds) if seconds.is_integer() else seconds
    return value


@dataclasses.dataclass(kw_only=True)
class TTLStrategy(ValueObject):
    """`TTLStrategy(seconds_after_completion=3600, seconds_after_success=600)`: how long a finished workflow is
    kept before Argo deletes it (ints or `datetime.timedelta`s of whole seconds)."""

    seconds_after_completion: Any = None
    seconds_after_success: Any = None
    seconds_after_failure: Any = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.seconds_after_completion = _seconds(self.seconds_after_completion)
        self.seconds_after_success = _seconds(self.seconds_after_success)
        self.seconds_after_failure = _seconds(self.seconds_after_failure)
        raise_first("TTLStrategy", ttl_strategy_problems(self._build()))

    def _build(self) -> dict[str, Any]:
        fields = {
            "secondsAfterCompletion": self.seconds_after_completion,
            "secondsAfterSuccess": self.seconds_after_success,
            "secondsAfterFailure": self.seconds_after_failure,
        }
        return _in_order({key: value for key, value in fields.items() if value is not None}, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A TTLStrategy holding a manifest's `ttlStrategy` exactly, or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= _TTL_ATTRS.keys():
            return data
        fields = {_TTL_ATTRS[key]: value for key, value in data.items()}
        return load_exact(cls, data, fields, _order=tuple(data))


@dataclasses.dataclass(kw_only=True)
class VolumeClaimGC(ValueObject):
    """`VolumeClaimGC(strategy=VolumeClaimGCStrategy.on_workflow_completion)`."""

    strategy: VolumeClaimGCStrategy | str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        raise_first("VolumeClaimGC", volume_claim_gc_problems(self._build()))

    def _build(self) -> dict[str, Any]:
        return {} if self.strategy is None else {"strategy": plain(self.strategy)}

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A VolumeClaimGC holding a manifest's `volumeClaimGC` exactly (a known strategy as a
        `VolumeClaimGCStrategy`), or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= {"strategy"}:
            return data
        strategy = data.get("strategy")
        fields = {"strategy": VolumeClaimGCStrategy(strategy) if strategy in _VOLUME_GC else strategy}
        return load_exact(cls, data, fields)


_POD_GC_FIELDS = {
    "strategy": "strategy",
    "labelSelector": "label_selector",
    "deleteDelayDuration": "delete_delay_duration",
}
_TTL_ATTRS = {
    "secondsAfterCompletion": "seconds_after_completion",
    "secondsAfterSuccess": "seconds_after_success",
    "secondsAfterFailure": "seconds_after_failure",
}


def _in_order(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    from hera.workflows._template import reorder

    return reorder(data, order)
