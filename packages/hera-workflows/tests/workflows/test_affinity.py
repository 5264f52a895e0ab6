"""`Affinity` and its terms: output, shorthands, use on templates and workflows, and the rules checked."""

from __future__ import annotations

import pytest

from hera.workflows import (
    Affinity,
    Container,
    LabelSelector,
    LabelSelectorRequirement,
    NodeAffinity,
    NodeSelector,
    NodeSelectorRequirement,
    NodeSelectorTerm,
    PodAffinity,
    PodAffinityTerm,
    PodAntiAffinity,
    PreferredSchedulingTerm,
    WeightedPodAffinityTerm,
    Workflow,
)
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid

ZONE = NodeSelectorTerm(
    match_expressions=[
        NodeSelectorRequirement(key="topology.kubernetes.io/zone", operator="In", values=["a", "b"])
    ]
)
WEB = PodAffinityTerm(
    label_selector=LabelSelector(match_labels={"app": "web"}), topology_key="kubernetes.io/hostname"
)


def _affinity() -> Affinity:
    return Affinity(
        node_affinity=NodeAffinity(
            required_during_scheduling_ignored_during_execution=[ZONE],
            preferred_during_scheduling_ignored_during_execution=[
                PreferredSchedulingTerm(
                    weight=10,
                    preference=NodeSelectorTerm(
                        match_fields=[
                            NodeSelectorRequirement(key="metadata.name", operator="NotIn", values=["n1"])
                        ]
                    ),
                )
            ],
        ),
        pod_affinity=PodAffinity(required_during_scheduling_ignored_during_execution=[WEB]),
        pod_anti_affinity=PodAntiAffinity(
            preferred_during_scheduling_ignored_during_execution=[
                WeightedPodAffinityTerm(
                    weight=100,
                    pod_affinity_term=PodAffinityTerm(
                        label_selector=LabelSelector(
                            match_expressions=[LabelSelectorRequirement(key="tier", operator="Exists")]
                        ),
                        namespaces=["batch"],
                        match_label_keys=["pod-template-hash"],
                        topology_key="topology.kubernetes.io/zone",
                    ),
                )
            ]
        ),
    )


def test_output() -> None:
    assert plain(_affinity()) == {
        "nodeAffinity": {
            "preferredDuringSchedulingIgnoredDuringExecution": [
                {
                    "preference": {
                        "matchFields": [{"key": "metadata.name", "operator": "NotIn", "values": ["n1"]}]
                    },
                    "weight": 10,
                }
            ],
            "requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [
                    {
                        "matchExpressions": [
                            {"key": "topology.kubernetes.io/zone", "operator": "In", "values": ["a", "b"]}
                        ]
                    }
                ]
            },
        },
        "podAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": [
                {"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"}
            ]
        },
        "podAntiAffinity": {
            "preferredDuringSchedulingIgnoredDuringExecution": [
                {
                    "podAffinityTerm": {
                        "labelSelector": {"matchExpressions": [{"key": "tier", "operator": "Exists"}]},
                        "matchLabelKeys": ["pod-template-hash"],
                        "namespaces": ["batch"],
                        "topologyKey": "topology.kubernetes.io/zone",
                    },
                    "weight": 100,
                }
            ]
        },
    }


def test_required_node_terms_shorthand_equals_a_node_selector() -> None:
    short = NodeAffinity(required_during_scheduling_ignored_during_execution=[ZONE])
    full = NodeAffinity(
        required_during_scheduling_ignored_during_execution=NodeSelector(node_selector_terms=[ZONE])
    )
    assert short == full and plain(short) == plain(full)
    gt = NodeSelectorRequirement(key="cpu-count", operator="Gt", values=["4"])
    assert plain(gt) == {"key": "cpu-count", "operator": "Gt", "values": ["4"]}


def test_on_templates_and_workflows_with_a_valid_manifest() -> None:
    with Workflow(generate_name="affinity-", entrypoint="main", affinity=_affinity()) as w:
        Container(
            name="main",
            image="alpine",
            affinity=Affinity(
                pod_affinity=PodAffinity(required_during_scheduling_ignored_during_execution=[WEB])
            ),
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["affinity"] == plain(_affinity())
    assert (
        manifest["spec"]["templates"][0]["affinity"]["podAffinity"][
            "requiredDuringSchedulingIgnoredDuringExecution"
        ][0]["topologyKey"]
        == "kubernetes.io/hostname"
    )
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: LabelSelectorRequirement(key="app", operator="In"),
            r"LabelSelectorRequirement 'app': operator 'In' needs values",
        ),
        (
            lambda: LabelSelectorRequirement(key="app", operator="Exists", values=["x"]),
            r"LabelSelectorRequirement 'app': operator 'Exists' takes no values",
        ),
        (
            lambda: LabelSelectorRequirement(key="app", operator="Gt", values=["1"]),
            r"LabelSelectorRequirement 'app': operator 'Gt' is not valid; use one of 'In', 'NotIn', 'Exists', "
            r"'DoesNotExist'",
        ),
        (
            lambda: NodeSelectorRequirement(key="cpus", operator="Lt", values=["a"]),
            r"NodeSelectorRequirement 'cpus': operator 'Lt' needs exactly one integer value",
        ),
        (
            lambda: NodeSelectorRequirement(key="", operator="Exists"),
            r"NodeSelectorRequirement: key must be a non-empty",
        ),
        (
            lambda: NodeSelector(node_selector_terms=[]),
            r"NodeSelector: node_selector_terms must hold at least one",
        ),
        (
            lambda: NodeAffinity(required_during_scheduling_ignored_during_execution=[]),
            r"NodeAffinity: required_during_scheduling_ignored_during_execution: NodeSelector: node_selector_terms",
        ),
        (
            lambda: NodeSelectorTerm(
                match_expressions=[LabelSelectorRequirement(key="a", operator="Exists")]
            ),
            r"NodeSelectorTerm: match_expressions\[0\] must be a NodeSelectorRequirement",
        ),
        (
            lambda: PreferredSchedulingTerm(weight=0, preference=ZONE),
            r"PreferredSchedulingTerm: weight 0 is out of range",
        ),
        (
            lambda: WeightedPodAffinityTerm(weight=101, pod_affinity_term=WEB),
            r"WeightedPodAffinityTerm: weight 101 is out of range; use a whole number from 1 to 100",
        ),
        (
            lambda: PodAffinityTerm(topology_key=""),
            r"PodAffinityTerm: topology_key must be a non-empty string",
        ),
        (
            lambda: PodAffinity(required_during_scheduling_ignored_during_execution=[ZONE]),
            r"PodAffinity: required_during_scheduling_ignored_during_execution\[0\] must be a PodAffinityTerm",
        ),
        (
            lambda: Affinity(pod_affinity=PodAntiAffinity()),
            r"Affinity: pod_affinity holds a PodAntiAffinity; give it as pod_anti_affinity=",
        ),
        (
            lambda: Affinity(pod_anti_affinity=PodAffinity()),
            r"Affinity: pod_anti_affinity must be a PodAntiAffinity",
        ),
        (
            lambda: LabelSelector(match_labels={"a": 1}),
            r"LabelSelector: match_labels\['a'\] must be a string",
        ),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
