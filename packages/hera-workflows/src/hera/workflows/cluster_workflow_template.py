"""`ClusterWorkflowTemplate`: a cluster-scoped, reusable workflow definition."""

from __future__ import annotations

from typing import ClassVar

from hera.workflows.workflow_template import WorkflowTemplate

__all__ = ["ClusterWorkflowTemplate"]


class ClusterWorkflowTemplate(WorkflowTemplate):
    """A `WorkflowTemplate` for the whole cluster: no namespace is taken from `global_config`."""

    kind: ClassVar[str] = "ClusterWorkflowTemplate"
    _DEFAULT_NAMESPACE: ClassVar[bool] = False
