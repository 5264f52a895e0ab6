"""`PodDisruptionBudget`: how many of a workflow's pods voluntary evictions (node drains) may take at once.

`pod_disruption_budget=` of a workflow also takes the generated `models.PodDisruptionBudgetSpec` or a dict; all
are checked by the same rules (`pod_disruption_budget_problems`) when the workflow is validated.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hera.workflows._policy_checks import CHECKED, Problem, mapping_problem, raise_first, view
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.garbage_collection import label_selector_problems

__all__ = ["PodDisruptionBudget", "pod_disruption_budget_problems"]

_PERCENT = re.compile(r"\d+%")
_EVICTION_POLICIES = ("IfHealthyBudget", "AlwaysAllow")


def _amount_problem(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return f"must be a number of pods or a percentage such as '50%'; got {value!r}"
    if isinstance(value, int):
        return None if value >= 0 else f"must be 0 or more; got {value!r}"
    return (
        None
        if _PERCENT.fullmatch(value) or value.isdigit()
        else f"must be a number or a percentage such as '50%'; got {value!r}"
    )


def pod_disruption_budget_problems(data: Any) -> list[Problem]:
    """The problems of a `podDisruptionBudget` section (manifest data); empty when it is valid."""
    problem = mapping_problem(
        data, "a mapping {minAvailable | maxUnavailable, selector, unhealthyPodEvictionPolicy}"
    )
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    given = [key for key in ("minAvailable", "maxUnavailable") if data.get(key) is not None]
    if len(given) > 1:
        problems.append(((given[1],), "and minAvailable exclude each other; give one"))
    for key in given:
        problem = _amount_problem(data[key])
        if problem:
            problems.append(((key,), problem))
    policy = data.get("unhealthyPodEvictionPolicy")
    if policy is not None and policy not in _EVICTION_POLICIES:
        problems.append(
            (
                ("unhealthyPodEvictionPolicy",),
                f"{policy!r} is not a policy; valid: {', '.join(_EVICTION_POLICIES)}",
            )
        )
    selector = data.get("selector")
    if selector is not None and selector is not CHECKED:
        problems.extend((("selector", *path), message) for path, message in label_selector_problems(selector))
    return problems


@dataclasses.dataclass(kw_only=True)
class PodDisruptionBudget(ValueObject):
    """`PodDisruptionBudget(min_available=2)` or `PodDisruptionBudget(max_unavailable="25%")`.

    Argo selects the workflow's pods itself; `selector` (a selector model or dict) or `match_labels` narrow it.
    `unhealthy_pod_eviction_policy` is `IfHealthyBudget` or `AlwaysAllow`.
    """

    min_available: int | str | None = None
    max_unavailable: int | str | None = None
    selector: Any = None
    match_labels: dict[str, str] | None = None
    unhealthy_pod_eviction_policy: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.min_available is not None and self.max_unavailable is not None:
            raise_first(
                "PodDisruptionBudget",
                [(("min_available",), "and max_unavailable exclude each other; give one")],
            )
        if self.match_labels is not None and self.selector is not None:
            raise_first(
                "PodDisruptionBudget", [(("match_labels",), "and selector exclude each other; give one")]
            )
        raise_first("PodDisruptionBudget", pod_disruption_budget_problems(view(self._fields())))

    def _fields(self) -> dict[str, Any]:
        selector = self.selector
        if self.match_labels is not None:
            selector = {"matchLabels": dict(self.match_labels)}
        fields = {
            "minAvailable": self.min_available,
            "maxUnavailable": self.max_unavailable,
            "unhealthyPodEvictionPolicy": self.unhealthy_pod_eviction_policy,
            "selector": selector,
        }
        return {key: value for key, value in fields.items() if value is not None}

    def _build(self) -> dict[str, Any]:
        return plain(self._fields())
