"""`TemplateRef` (a template of a WorkflowTemplate or ClusterWorkflowTemplate, for a task or step) and
`WorkflowTemplateRef` (a whole WorkflowTemplate, for a Workflow or CronWorkflow to run)."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows import _context
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError, InvalidTemplateCall, where

__all__ = ["TemplateRef", "WorkflowTemplateRef"]


def _check_name(cls: str, field: str, value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise DSLError(
            f"{cls}: {field} must be a non-empty string (the name of a WorkflowTemplate or "
            f"ClusterWorkflowTemplate, or of one of its templates), got {value!r}"
        )


@dataclasses.dataclass(kw_only=True)
class TemplateRef(ValueObject):
    """`TemplateRef(name="library", template="print-message", cluster_scope=True)`.

    Pass it as `template_ref=` to a `Task` or `Step`, or call it inside `with DAG(...)` / `with Steps(...)`
    like a template: `ref(name="A", arguments={...})` makes the task or step (its name defaults to
    `template`). `cluster_scope=True` points at a ClusterWorkflowTemplate.
    """

    name: str
    template: str
    cluster_scope: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_name("TemplateRef", "name", self.name)
        _check_name(f"TemplateRef(name={self.name!r})", "template", self.template)

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "template": self.template}
        if self.cluster_scope is not None:
            data["clusterScope"] = self.cluster_scope
        return data

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """A `Task` (inside a DAG) or a `Step` (inside Steps/Parallel) running the referenced template."""
        ctx = _context.current()
        label = f"template {self.template!r} of {self.name!r}"
        add_task = getattr(ctx, "_add_task", None)
        add_step = getattr(ctx, "_add_step", None)
        if add_task is None and add_step is None:
            raise InvalidTemplateCall(
                f"{where(_context.current_workflow())}: the reference to {label} was called outside a DAG "
                "or Steps; call it inside `with DAG(...)` (it becomes a Task) or `with Steps(...)` / "
                "`Parallel()` (it becomes a Step)"
            )
        if args:
            raise InvalidTemplateCall(
                f"{where(_context.current_workflow(), ctx)}: the reference to {label} takes keyword "
                f"arguments only (name=, arguments=, ...), got {len(args)} positional"
            )
        for taken in ("template", "template_ref", "inline"):
            if taken in kwargs:
                raise InvalidTemplateCall(
                    f"{where(_context.current_workflow(), ctx)}: calling the reference to {label} already "
                    f"sets what runs; do not pass {taken}="
                )
        kwargs.setdefault("name", self.template)
        if add_task is not None:
            from hera.workflows.task import Task

            return Task(template_ref=self, **kwargs)
        from hera.workflows.steps import Step

        return Step(template_ref=self, **kwargs)


@dataclasses.dataclass(kw_only=True)
class WorkflowTemplateRef(ValueObject):
    """`WorkflowTemplateRef(name="library")`: what `Workflow(workflow_template_ref=...)` runs.

    `cluster_scope=True` points at a ClusterWorkflowTemplate.
    """

    name: str
    cluster_scope: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_name("WorkflowTemplateRef", "name", self.name)

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.cluster_scope is not None:
            data["clusterScope"] = self.cluster_scope
        return data
