"""Thin methods that hand a DSL object to the REST helpers in `hera.workflows.service._convenience`.

The service module is imported on first call, so building manifests never imports the HTTP client.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TemplateServiceMixin", "WorkflowServiceMixin"]


def _helpers() -> Any:
    from hera.workflows.service import _convenience

    return _convenience


class _Common:
    workflows_service: Any = None

    def create(self, wait: bool = False, poll_interval: float = 5) -> Any:
        """Submit this object to the Argo Server (`global_config` or `workflows_service`); returns the model."""
        return _helpers().create(self, wait=wait, poll_interval=poll_interval)

    async def create_async(self, wait: bool = False, poll_interval: float = 5) -> Any:
        """`create`, with the async client."""
        return await _helpers().create_async(self, wait=wait, poll_interval=poll_interval)

    def lint(self) -> Any:
        """Ask the Argo Server to lint this object; raises on problems."""
        return _helpers().lint(self)

    async def lint_async(self) -> Any:
        """`lint`, with the async client."""
        return await _helpers().lint_async(self)


class WorkflowServiceMixin(_Common):
    """`create`, `wait`, `lint`, `get_workflow_link` (and `*_async`) for Workflow and CronWorkflow."""

    def wait(self, timeout: float | None = None, poll_interval: float = 5) -> Any:
        """Wait until the submitted workflow finishes; returns its final model."""
        return _helpers().wait(self, timeout=timeout, poll_interval=poll_interval)

    async def wait_async(self, timeout: float | None = None, poll_interval: float = 5) -> Any:
        """`wait`, with the async client."""
        return await _helpers().wait_async(self, timeout=timeout, poll_interval=poll_interval)

    def get_workflow_link(self) -> str:
        """The Argo UI link of the submitted workflow."""
        return _helpers().get_workflow_link(self)

    def get(self) -> Any:
        """The object as stored on the Argo Server."""
        return _helpers().get(self)

    async def get_async(self) -> Any:
        """`get`, with the async client."""
        return await _helpers().get_async(self)

    def update(self) -> Any:
        """Replace the stored object with this one."""
        return _helpers().update(self)

    async def update_async(self) -> Any:
        """`update`, with the async client."""
        return await _helpers().update_async(self)


class TemplateServiceMixin(_Common):
    """`create`, `get`, `update`, `lint`, `create_as_workflow` (and `*_async`) for workflow templates."""

    def get(self) -> Any:
        """The template as stored on the Argo Server."""
        return _helpers().get(self)

    async def get_async(self) -> Any:
        """`get`, with the async client."""
        return await _helpers().get_async(self)

    def update(self) -> Any:
        """Replace the stored template with this one (creating it when missing)."""
        return _helpers().update(self)

    async def update_async(self) -> Any:
        """`update`, with the async client."""
        return await _helpers().update_async(self)

    def create_as_workflow(self, **kwargs: Any) -> Any:
        """Submit a Workflow made from this template's spec."""
        return _helpers().create_as_workflow(self, **kwargs)

    async def create_as_workflow_async(self, **kwargs: Any) -> Any:
        """`create_as_workflow`, with the async client."""
        return await _helpers().create_as_workflow_async(self, **kwargs)

    def get_workflow_link(self) -> str:
        """The Argo UI link of this template."""
        return _helpers().get_workflow_link(self)
