"""`WorkflowTemplate` and `ClusterWorkflowTemplate`."""

from __future__ import annotations

import pytest

from hera.shared import global_config
from hera.workflows import ClusterWorkflowTemplate, Container, WorkflowTemplate
from tools.testing import assert_schema_valid


def test_kinds_and_namespaces() -> None:
    global_config.namespace = "team"
    with WorkflowTemplate(name="wt", entrypoint="t") as wt:
        Container(name="t", image="busybox")
    with ClusterWorkflowTemplate(name="cwt", entrypoint="t") as cwt:
        Container(name="t", image="busybox")
    assert_schema_valid(wt.to_dict())
    assert_schema_valid(cwt.to_dict())
    assert wt.to_dict()["kind"] == "WorkflowTemplate"
    assert wt.to_dict()["metadata"] == {"name": "wt", "namespace": "team"}
    assert cwt.to_dict()["kind"] == "ClusterWorkflowTemplate"
    assert cwt.to_dict()["metadata"] == {"name": "cwt"}


def test_templates_have_no_status() -> None:
    with pytest.raises(TypeError, match="unknown argument 'status'"):
        WorkflowTemplate(name="wt", status={})
