"""`ClusterWorkflowTemplate`: a cluster-scoped, reusable workflow definition."""

from __future__ import annotations

from typing import ClassVar

from hera.workflows.workflow_template import WorkflowTemplate

__all__ = ["ClusterWorkflowTemplate"]


class ClusterWorkflowTemplate(WorkflowTemplate):
    """A `WorkflowTemplate` for the whole cluster: no namespace is taken from `global_config`; the references
    made by `get_template_ref` / `get_workflow_template_ref` have `cluster_scope=True`."""

    kind: ClassVar[str] = "ClusterWorkflowTemplate"
    _DEFAULT_NAMESPACE: ClassVar[bool] = False
    _CLUSTER_SCOPE: ClassVar[bool | None] = True
