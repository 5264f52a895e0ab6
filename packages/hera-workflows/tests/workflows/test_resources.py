"""`Resources`, `PodResourceClaim` and the Kubernetes quantity checks."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import Container, PodResourceClaim, Resources, Script, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from hera.workflows.resources import parse_quantity
from tools.testing import assert_schema_valid


def test_requests_and_limits() -> None:
    resources = Resources(
        cpu_request=0.5,
        cpu_limit=2,
        memory_request="256Mi",
        memory_limit="1G",
        ephemeral_request="1Gi",
        ephemeral_limit=2147483648,
    )
    assert plain(resources) == {
        "limits": {"cpu": "2", "memory": "1G", "ephemeral-storage": "2147483648"},
        "requests": {"cpu": "0.5", "memory": "256Mi", "ephemeral-storage": "1Gi"},
    }
    assert plain(Resources()) == {}


def test_gpus_are_requested_and_limited_under_the_gpu_resource_name() -> None:
    assert plain(Resources(gpus=2)) == {
        "limits": {"nvidia.com/gpu": "2"},
        "requests": {"nvidia.com/gpu": "2"},
    }
    assert plain(Resources(gpus=1, gpu_flag="amd.com/gpu")) == {
        "limits": {"amd.com/gpu": "1"},
        "requests": {"amd.com/gpu": "1"},
    }
    assert plain(Resources(gpus="{{inputs.parameters.gpus}}"))["limits"] == {
        "nvidia.com/gpu": "{{inputs.parameters.gpus}}"
    }


def test_custom_resources_are_merged_and_claims_named() -> None:
    resources = Resources(
        cpu_limit="1",
        custom_resources={"limits": {"example.com/fpga": 1}, "requests": {"hugepages-2Mi": "64Mi"}},
        claims=["accelerator", m.ResourceClaim(name="other", request="big")],
    )
    assert plain(resources) == {
        "limits": {"cpu": "1", "example.com/fpga": "1"},
        "requests": {"hugepages-2Mi": "64Mi"},
        "claims": [{"name": "accelerator"}, {"name": "other", "request": "big"}],
    }
    assert plain(Resources(custom_resources={"claims": [{"name": "x"}]})) == {"claims": [{"name": "x"}]}


def test_argo_expressions_are_not_checked() -> None:
    resources = Resources(cpu_limit="{{inputs.parameters.cpu}}", memory_request="{{workflow.parameters.mem}}")
    assert plain(resources) == {
        "limits": {"cpu": "{{inputs.parameters.cpu}}"},
        "requests": {"memory": "{{workflow.parameters.mem}}"},
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"memory_request": "1Gb"},
            "Resources: memory_request '1Gb' is not a valid memory quantity; use a number of bytes, optionally with "
            "one of the units Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024) or k, M, G, T, P, E (powers of 1000)",
        ),
        (
            {"memory_limit": "512m"},
            "memory_limit '512m' uses the unit 'm' (thousandths of a byte); did you mean 'Mi'",
        ),
        (
            {"ephemeral_limit": "lots"},
            "Resources: ephemeral_limit 'lots' is not a valid ephemeral-storage quantity",
        ),
        (
            {"cpu_request": "1Gi"},
            "Resources: cpu_request '1Gi' has the unit 'Gi', which is not a CPU unit; use a number of cores ('0.5', "
            "'2') or of millicores with the unit m ('500m')",
        ),
        ({"cpu_limit": -1}, "Resources: cpu_limit -1 is negative"),
        ({"cpu_limit": True}, "Resources: cpu_limit True is not a valid cpu quantity"),
        ({"gpus": -1}, "Resources: gpus -1 is negative; use a whole number >= 0"),
        ({"gpus": "1.5"}, "Resources: gpus '1.5' is not a whole number"),
        ({"gpus": True}, "Resources: gpus True must be a whole number >= 0"),
        ({"gpus": 1, "gpu_flag": ""}, "Resources: gpu_flag must be the GPU resource name"),
        (
            {"cpu_request": "2", "cpu_limit": "500m"},
            "Resources: the cpu request '2' is greater than its limit '500m'; a request must be less than or equal",
        ),
        (
            {"memory_request": "2Gi", "memory_limit": "1G"},
            "the memory request '2Gi' is greater than its limit '1G'",
        ),
        (
            {"custom_resources": {"example.com/x": "1"}},
            "custom_resources {'example.com/x': '1'} must be a dict with",
        ),
        (
            {"cpu_limit": "1", "custom_resources": {"limits": {"cpu": "2"}}},
            "Resources: custom_resources['limits']['cpu'] sets 'cpu' a second time",
        ),
        ({"custom_resources": {"limits": {"example.com/x": "0.5"}}}, "'0.5' is not a whole number"),
        ({"claims": "gpu"}, "Resources: claims must be a list of claim names"),
        ({"claims": [""]}, "Resources: claims holds an empty name"),
    ],
)
def test_bad_values_are_errors_naming_the_field_and_the_valid_units(
    kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(DSLError, match=re.escape(message)):
        Resources(**kwargs)


def test_dict_and_model_resources_of_a_template_are_checked_naming_the_template() -> None:
    with pytest.raises(
        DSLError, match=re.escape("template 'c': resources.limits.memory '1Gb' is not a valid")
    ):
        Container(name="c", image="alpine", resources={"limits": {"memory": "1Gb"}})
    with pytest.raises(
        DSLError, match=re.escape("template 's': resources.requests.cpu '3x' is not a valid cpu")
    ):
        Script(name="s", source="print(1)", resources=m.ResourceRequirements(requests={"cpu": "3x"}))
    with pytest.raises(
        DSLError, match=re.escape("template 'p': pod_resources: the cpu request '2' is greater")
    ):
        Container(name="p", image="alpine", pod_resources={"requests": {"cpu": "2"}, "limits": {"cpu": "1"}})
    with pytest.raises(DSLError, match=re.escape("template 'q': resources.limits must map resource names")):
        Container(name="q", image="alpine", resources={"limits": ["cpu"]})
    with pytest.raises(DSLError, match=re.escape("template 'r': resources must be a Resources(...) object")):
        Container(name="r", image="alpine", resources=["cpu"])


def test_resources_in_templates_and_the_workflow_make_a_valid_manifest_that_loads_back() -> None:
    with Workflow(
        generate_name="resources-",
        entrypoint="c",
        pod_resources=Resources(cpu_limit="2", memory_limit="1Gi"),
        resource_claims=[PodResourceClaim(name="gpu", resource_claim_template_name="one-gpu")],
    ) as w:
        Container(
            name="c",
            image="alpine",
            resources=Resources(cpu_request="100m", memory_limit="64Mi", gpus=1, claims=["gpu"]),
            pod_resources=Resources(cpu_limit="1"),
            resource_claims=[PodResourceClaim(name="gpu", resource_claim_name="shared-gpu")],
        )
        Script(name="s", source="print(1)", resources={"limits": {"memory": "1Gi"}})
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["podResources"] == {"limits": {"cpu": "2", "memory": "1Gi"}}
    assert spec["resourceClaims"] == [{"name": "gpu", "resourceClaimTemplateName": "one-gpu"}]
    container = spec["templates"][0]
    assert container["podResources"] == {"limits": {"cpu": "1"}}
    assert container["resourceClaims"] == [{"name": "gpu", "resourceClaimName": "shared-gpu"}]
    assert container["container"]["resources"] == {
        "limits": {"memory": "64Mi", "nvidia.com/gpu": "1"},
        "requests": {"cpu": "100m", "nvidia.com/gpu": "1"},
        "claims": [{"name": "gpu"}],
    }
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_pod_resource_claim_needs_a_name_and_exactly_one_source() -> None:
    with pytest.raises(DSLError, match="PodResourceClaim: name must be a non-empty string"):
        PodResourceClaim(resource_claim_name="x")
    with pytest.raises(
        DSLError, match="PodResourceClaim 'gpu': give exactly one of resource_claim_template_name"
    ):
        PodResourceClaim(name="gpu")
    with pytest.raises(DSLError, match="give exactly one"):
        PodResourceClaim(name="gpu", resource_claim_name="a", resource_claim_template_name="b")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", Decimal(1)),
        ("500m", Decimal("0.5")),
        ("1Ki", Decimal(1024)),
        ("1.5Gi", Decimal(1610612736)),
        ("2k", Decimal(2000)),
        ("1e3", Decimal(1000)),
        ("1E", Decimal(10) ** 18),
        (".5", Decimal("0.5")),
        (2, Decimal(2)),
        ("1Gb", None),
        ("", None),
        (True, None),
        (None, None),
    ],
)
def test_parse_quantity(text: Any, value: Decimal | None) -> None:
    assert parse_quantity(text) == value


def test_class_defaults_fill_the_fields_left_unset_and_hooks_run_on_dump() -> None:
    global_config.set_class_defaults(Resources, cpu_request="100m", memory_request="64Mi")
    assert plain(Resources(memory_request="1Gi")) == {"requests": {"cpu": "100m", "memory": "1Gi"}}
    with pytest.raises(DSLError, match="the cpu request '100m' is greater than its limit '50m'"):
        Resources(cpu_limit="50m")

    @global_config.register_pre_build_hook
    def double_gpus(resources: Resources) -> Resources:
        return dataclasses.replace(resources, gpus=2)

    assert plain(Resources())["limits"] == {"nvidia.com/gpu": "2"}
