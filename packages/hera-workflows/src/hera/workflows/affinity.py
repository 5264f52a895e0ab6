"""Scheduling constraints: `Affinity` (`affinity=` of a template or workflow) with `NodeAffinity` (which nodes),
`PodAffinity` / `PodAntiAffinity` (next to, or away from, which pods), and the terms they are made of:
`NodeSelector`, `NodeSelectorTerm`, `NodeSelectorRequirement`, `PreferredSchedulingTerm`, `PodAffinityTerm`,
`WeightedPodAffinityTerm`, `LabelSelector` and `LabelSelectorRequirement`.

The field names are Kubernetes' (`required_during_scheduling_ignored_during_execution`, ...). Shorthands: a node
affinity's required selector may be given as a list of `NodeSelectorTerm`s, and `LabelSelector(match_labels=...)`
is accepted wherever a label selector is.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.workflows._k8s_value import (
    K8sValue,
    check_choice,
    check_int,
    check_items,
    check_kind,
    check_str,
    check_str_list,
    check_str_map,
)
from hera.workflows.exceptions import DSLError

if TYPE_CHECKING:
    from hera.workflows import models as _m

__all__ = [
    "Affinity",
    "LabelSelector",
    "LabelSelectorRequirement",
    "NodeAffinity",
    "NodeSelector",
    "NodeSelectorRequirement",
    "NodeSelectorTerm",
    "PodAffinity",
    "PodAffinityTerm",
    "PodAntiAffinity",
    "PreferredSchedulingTerm",
    "WeightedPodAffinityTerm",
]

_SET_OPERATORS = ("In", "NotIn", "Exists", "DoesNotExist")


def _check_requirement(obj: Any, operators: tuple[str, ...]) -> None:
    where = f"{type(obj).__name__} {obj.key!r}"
    check_str(obj.key, type(obj).__name__, "key", required=True)
    check_choice(obj.operator, where, "operator", operators)
    check_str_list(obj.values, where, "values")
    values = obj.values or []
    if obj.operator in ("In", "NotIn") and not values:
        raise DSLError(f"{where}: operator {obj.operator!r} needs values (the label values to match)")
    if obj.operator in ("Exists", "DoesNotExist") and values:
        raise DSLError(f"{where}: operator {obj.operator!r} takes no values; remove values={values!r}")
    if obj.operator in ("Gt", "Lt") and (len(values) != 1 or not values[0].lstrip("-").isdigit()):
        raise DSLError(
            f"{where}: operator {obj.operator!r} needs exactly one integer value, e.g. values=['3']"
        )


def _items_of(value: Any, where: str, field: str, cls: type) -> list[Any] | None:
    def convert(item: Any, name: str) -> Any:
        check_kind(item, where, name, cls)
        return item

    return check_items(value, where, field, convert)


def _weight(value: Any, where: str) -> None:
    check_int(value, where, "weight", minimum=1, maximum=100)


@dataclasses.dataclass(kw_only=True, repr=False)
class LabelSelectorRequirement(K8sValue):
    """`LabelSelectorRequirement(key="app", operator="In", values=["web"])`; `operator` is `"In"`, `"NotIn"`
    (both need values), `"Exists"` or `"DoesNotExist"` (no values)."""

    key: str
    operator: str
    values: list[str] | None = None

    def _check(self) -> None:
        _check_requirement(self, _SET_OPERATORS)


@dataclasses.dataclass(kw_only=True, repr=False)
class LabelSelector(K8sValue):
    """Selects objects by label: `LabelSelector(match_labels={"app": "web"})`, and/or `match_expressions` (a list
    of `LabelSelectorRequirement`); all of them must match."""

    match_expressions: (
        list[LabelSelectorRequirement | dict[str, Any] | _m.LabelSelectorRequirement] | None
    ) = None
    match_labels: dict[str, str] | None = None

    def _check(self) -> None:
        self.match_expressions = _items_of(
            self.match_expressions, "LabelSelector", "match_expressions", LabelSelectorRequirement
        )
        check_str_map(self.match_labels, "LabelSelector", "match_labels")


@dataclasses.dataclass(kw_only=True, repr=False)
class NodeSelectorRequirement(K8sValue):
    """`NodeSelectorRequirement(key="topology.kubernetes.io/zone", operator="In", values=["eu-west-1a"])`;
    `operator` is `"In"`, `"NotIn"`, `"Exists"`, `"DoesNotExist"`, `"Gt"` or `"Lt"` (these two with one
    integer value)."""

    key: str
    operator: str
    values: list[str] | None = None

    def _check(self) -> None:
        _check_requirement(self, (*_SET_OPERATORS, "Gt", "Lt"))


@dataclasses.dataclass(kw_only=True, repr=False)
class NodeSelectorTerm(K8sValue):
    """Requirements a node must all meet: on its labels (`match_expressions`) and on its fields (`match_fields`,
    e.g. `metadata.name`), each a list of `NodeSelectorRequirement`."""

    match_expressions: list[NodeSelectorRequirement | dict[str, Any] | _m.NodeSelectorRequirement] | None = (
        None
    )
    match_fields: list[NodeSelectorRequirement | dict[str, Any] | _m.NodeSelectorRequirement] | None = None

    def _check(self) -> None:
        for field in ("match_expressions", "match_fields"):
            setattr(
                self,
                field,
                _items_of(getattr(self, field), "NodeSelectorTerm", field, NodeSelectorRequirement),
            )


@dataclasses.dataclass(kw_only=True, repr=False)
class NodeSelector(K8sValue):
    """Terms of which a node must meet at least one: `NodeSelector(node_selector_terms=[NodeSelectorTerm(...)])`."""

    node_selector_terms: list[NodeSelectorTerm | dict[str, Any] | _m.NodeSelectorTerm]

    def _check(self) -> None:
        terms = _items_of(self.node_selector_terms, "NodeSelector", "node_selector_terms", NodeSelectorTerm)
        if not terms:
            raise DSLError("NodeSelector: node_selector_terms must hold at least one NodeSelectorTerm")
        self.node_selector_terms = terms


@dataclasses.dataclass(kw_only=True, repr=False)
class PreferredSchedulingTerm(K8sValue):
    """A node preference: `PreferredSchedulingTerm(weight=50, preference=NodeSelectorTerm(...))` (weight 1-100)."""

    preference: NodeSelectorTerm | dict[str, Any] | _m.NodeSelectorTerm
    weight: int

    def _check(self) -> None:
        check_kind(self.preference, "PreferredSchedulingTerm", "preference", NodeSelectorTerm)
        if self.preference is None:
            raise DSLError("PreferredSchedulingTerm: preference is required (a NodeSelectorTerm)")
        _weight(self.weight, "PreferredSchedulingTerm")


@dataclasses.dataclass(kw_only=True, repr=False)
class NodeAffinity(K8sValue):
    """Which nodes the pod may (`required_during_scheduling_ignored_during_execution`: a `NodeSelector` or a list
    of `NodeSelectorTerm`s) and prefers to (`preferred_during_scheduling_ignored_during_execution`: a list of
    `PreferredSchedulingTerm`s) run on."""

    preferred_during_scheduling_ignored_during_execution: (
        list[PreferredSchedulingTerm | dict[str, Any] | _m.PreferredSchedulingTerm] | None
    ) = None
    required_during_scheduling_ignored_during_execution: (
        NodeSelector
        | list[NodeSelectorTerm | dict[str, Any] | _m.NodeSelectorTerm]
        | dict[str, Any]
        | _m.NodeSelector
        | None
    ) = None

    def _check(self) -> None:
        self.preferred_during_scheduling_ignored_during_execution = _items_of(
            self.preferred_during_scheduling_ignored_during_execution,
            "NodeAffinity",
            "preferred_during_scheduling_ignored_during_execution",
            PreferredSchedulingTerm,
        )
        required = self.required_during_scheduling_ignored_during_execution
        if isinstance(required, (list, tuple)):
            try:
                required = NodeSelector(node_selector_terms=list(required))
            except DSLError as error:
                raise DSLError(
                    f"NodeAffinity: required_during_scheduling_ignored_during_execution: {error}"
                ) from None
        check_kind(
            required,
            "NodeAffinity",
            "required_during_scheduling_ignored_during_execution",
            NodeSelector,
            "a list of NodeSelectorTerm",
        )
        self.required_during_scheduling_ignored_during_execution = required


@dataclasses.dataclass(kw_only=True, repr=False)
class PodAffinityTerm(K8sValue):
    """Pods to be near (or away from): `PodAffinityTerm(label_selector=LabelSelector(match_labels={"app": "db"}),
    topology_key="kubernetes.io/hostname")`.

    `topology_key` (required) is the node label whose equal values count as "near". `namespaces` /
    `namespace_selector` pick the namespaces of the pods (the pod's own by default); `match_label_keys` and
    `mismatch_label_keys` add this pod's values of those labels to the selector.
    """

    label_selector: LabelSelector | dict[str, Any] | _m.LabelSelector | None = None
    match_label_keys: list[str] | None = None
    mismatch_label_keys: list[str] | None = None
    namespace_selector: LabelSelector | dict[str, Any] | _m.LabelSelector | None = None
    namespaces: list[str] | None = None
    topology_key: str

    def _check(self) -> None:
        where = "PodAffinityTerm"
        check_str(self.topology_key, where, "topology_key", required=True)
        check_kind(self.label_selector, where, "label_selector", LabelSelector)
        check_kind(self.namespace_selector, where, "namespace_selector", LabelSelector)
        for field in ("match_label_keys", "mismatch_label_keys", "namespaces"):
            check_str_list(getattr(self, field), where, field)


@dataclasses.dataclass(kw_only=True, repr=False)
class WeightedPodAffinityTerm(K8sValue):
    """A pod (anti-)affinity preference: `WeightedPodAffinityTerm(weight=100, pod_affinity_term=PodAffinityTerm(...))`
    (weight 1-100)."""

    pod_affinity_term: PodAffinityTerm | dict[str, Any] | _m.PodAffinityTerm
    weight: int

    def _check(self) -> None:
        if self.pod_affinity_term is None:
            raise DSLError("WeightedPodAffinityTerm: pod_affinity_term is required (a PodAffinityTerm)")
        check_kind(self.pod_affinity_term, "WeightedPodAffinityTerm", "pod_affinity_term", PodAffinityTerm)
        _weight(self.weight, "WeightedPodAffinityTerm")


@dataclasses.dataclass(kw_only=True, repr=False)
class PodAffinity(K8sValue):
    """Run near pods matching the terms: required (`PodAffinityTerm`s) or preferred (`WeightedPodAffinityTerm`s)."""

    preferred_during_scheduling_ignored_during_execution: (
        list[WeightedPodAffinityTerm | dict[str, Any] | _m.WeightedPodAffinityTerm] | None
    ) = None
    required_during_scheduling_ignored_during_execution: (
        list[PodAffinityTerm | dict[str, Any] | _m.PodAffinityTerm] | None
    ) = None

    def _check(self) -> None:
        where = type(self).__name__
        self.preferred_during_scheduling_ignored_during_execution = _items_of(
            self.preferred_during_scheduling_ignored_during_execution,
            where,
            "preferred_during_scheduling_ignored_during_execution",
            WeightedPodAffinityTerm,
        )
        self.required_during_scheduling_ignored_during_execution = _items_of(
            self.required_during_scheduling_ignored_during_execution,
            where,
            "required_during_scheduling_ignored_during_execution",
            PodAffinityTerm,
        )


@dataclasses.dataclass(kw_only=True, repr=False)
class PodAntiAffinity(PodAffinity):
    """Run away from pods matching the terms: required (`PodAffinityTerm`s) or preferred
    (`WeightedPodAffinityTerm`s)."""


@dataclasses.dataclass(kw_only=True, repr=False)
class Affinity(K8sValue):
    """`Affinity(node_affinity=NodeAffinity(...), pod_affinity=PodAffinity(...), pod_anti_affinity=PodAntiAffinity(...))`."""

    node_affinity: NodeAffinity | dict[str, Any] | _m.NodeAffinity | None = None
    pod_affinity: PodAffinity | dict[str, Any] | _m.PodAffinity | None = None
    pod_anti_affinity: PodAntiAffinity | dict[str, Any] | _m.PodAntiAffinity | None = None

    def _check(self) -> None:
        check_kind(self.node_affinity, "Affinity", "node_affinity", NodeAffinity)
        if isinstance(self.pod_affinity, PodAntiAffinity):
            raise DSLError("Affinity: pod_affinity holds a PodAntiAffinity; give it as pod_anti_affinity=")
        check_kind(self.pod_affinity, "Affinity", "pod_affinity", PodAffinity)
        check_kind(self.pod_anti_affinity, "Affinity", "pod_anti_affinity", PodAntiAffinity)
