"""`WorkflowStatus`: the phases of a workflow, for `on_workflow_status` and for reading results."""

from __future__ import annotations

from enum import Enum

__all__ = ["WorkflowStatus"]


class WorkflowStatus(str, Enum):
    """A workflow's phase as Argo reports it (`{{workflow.status}}`, `status.phase`)."""

    pending = "Pending"
    running = "Running"
    succeeded = "Succeeded"
    failed = "Failed"
    error = "Error"
    terminated = "Terminated"

    def __str__(self) -> str:
        return str(self.value)
