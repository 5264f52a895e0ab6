"""`WorkflowTemplate`: a namespaced, reusable workflow definition."""

from __future__ import annotations

from typing import ClassVar

from hera.workflows._service import TemplateServiceMixin
from hera.workflows.workflow import Workflow

__all__ = ["WorkflowTemplate"]


class WorkflowTemplate(TemplateServiceMixin, Workflow):
    """Same keyword arguments and methods as `Workflow`; the service methods are `create`, `get`,
    `update`, `lint` and `create_as_workflow`."""

    kind: ClassVar[str] = "WorkflowTemplate"
    _EXTRA: ClassVar[tuple[str, ...]] = ("api_version", "workflows_service")
