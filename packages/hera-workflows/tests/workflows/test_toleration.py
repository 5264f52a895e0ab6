"""`Toleration`: output, use on templates and workflows, and the Kubernetes rules it checks."""

from __future__ import annotations

import pytest

from hera.workflows import Container, Toleration, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_output() -> None:
    assert plain(Toleration(key="nvidia.com/gpu", operator="Exists", effect="NoSchedule")) == {
        "effect": "NoSchedule",
        "key": "nvidia.com/gpu",
        "operator": "Exists",
    }
    assert plain(Toleration(key="spot", value="true")) == {"key": "spot", "value": "true"}
    assert plain(Toleration(operator="Exists")) == {"operator": "Exists"}
    assert plain(
        Toleration(
            key="node.kubernetes.io/unreachable", operator="Exists", effect="NoExecute", toleration_seconds=60
        )
    ) == {
        "effect": "NoExecute",
        "key": "node.kubernetes.io/unreachable",
        "operator": "Exists",
        "tolerationSeconds": 60,
    }


def test_on_templates_and_workflows_next_to_models_and_dicts() -> None:
    gpu = Toleration(key="nvidia.com/gpu", operator="Exists", effect="NoSchedule")
    with Workflow(generate_name="tolerate-", entrypoint="main", tolerations=[gpu]) as w:
        Container(
            name="main",
            image="alpine",
            tolerations=[gpu, m.Toleration(key="a", operator="Exists"), {"key": "b", "operator": "Exists"}],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["tolerations"] == [
        {"effect": "NoSchedule", "key": "nvidia.com/gpu", "operator": "Exists"}
    ]
    assert [t["key"] for t in manifest["spec"]["templates"][0]["tolerations"]] == ["nvidia.com/gpu", "a", "b"]
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Toleration(key="a", operator="exists"),
            r"Toleration 'a': operator 'exists' is not valid; use one of",
        ),
        (lambda: Toleration(key="a", effect="NoRun"), r"Toleration 'a': effect 'NoRun' is not valid"),
        (
            lambda: Toleration(value="x"),
            r"Toleration: a toleration without a key matches every taint and needs operator='Exists'",
        ),
        (
            lambda: Toleration(key="a", operator="Exists", value="x"),
            r"Toleration 'a': operator 'Exists' matches any value; remove value='x'",
        ),
        (
            lambda: Toleration(key="a", operator="Exists", toleration_seconds=10),
            r"Toleration 'a': toleration_seconds applies to effect 'NoExecute' only",
        ),
        (lambda: Toleration(key="a", value=1), r"Toleration 'a': value must be a non-empty string, got 1"),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
