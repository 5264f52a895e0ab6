"""The field tables equal the pinned schema's properties, and keyword names map to them mechanically."""

from __future__ import annotations

import json

import pytest

from hera.workflows import _fields
from hera.workflows._fields import camel_to_snake, field_map
from tools.testing import WORKFLOWS_SCHEMA, require

A = "io.argoproj.workflow.v1alpha1."
TABLES = {
    "OBJECT_META": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
    "WORKFLOW_SPEC": A + "WorkflowSpec",
    "CRON_WORKFLOW_SPEC": A + "CronWorkflowSpec",
    "TEMPLATE": A + "Template",
    "CONTAINER": "io.k8s.api.core.v1.Container",
    "SCRIPT": A + "ScriptTemplate",
    "DAG_TEMPLATE": A + "DAGTemplate",
    "DAG_TASK": A + "DAGTask",
    "WORKFLOW_STEP": A + "WorkflowStep",
    "SUSPEND": A + "SuspendTemplate",
    "RESOURCE": A + "ResourceTemplate",
    "HTTP": A + "HTTP",
    "DATA": A + "Data",
    "CONTAINER_SET": A + "ContainerSetTemplate",
    "PARAMETER": A + "Parameter",
    "ARTIFACT": A + "Artifact",
    "OUTPUTS": A + "Outputs",
}


@pytest.mark.parametrize(("table", "definition"), TABLES.items())
def test_table_matches_the_schema(table: str, definition: str) -> None:
    schema = json.loads(require(WORKFLOWS_SCHEMA).read_text())
    keys = getattr(_fields, table)
    assert len(keys) == len(set(keys))
    assert set(keys) == set(schema["definitions"][definition]["properties"])
    if "name" in keys:
        assert keys[0] == "name"


def test_camel_to_snake() -> None:
    assert camel_to_snake("volumeClaimGC") == "volume_claim_gc"
    assert camel_to_snake("podGC") == "pod_gc"
    assert camel_to_snake("activeDeadlineSeconds") == "active_deadline_seconds"
    assert camel_to_snake("ttlStrategy") == "ttl_strategy"
    assert camel_to_snake("dnsConfig") == "dns_config"
    assert field_map(("a", "fooBar", "skip"), skip=("skip",), rename={"a": "b"}) == (
        ("b", "a"),
        ("foo_bar", "fooBar"),
    )
