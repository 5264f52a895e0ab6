"""`WorkflowTemplate`: a namespaced, reusable workflow definition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from hera.workflows._service import TemplateServiceMixin
from hera.workflows.exceptions import DSLError, where
from hera.workflows.workflow import Workflow, _name_of

if TYPE_CHECKING:
    from hera.workflows.template_ref import TemplateRef, WorkflowTemplateRef

__all__ = ["WorkflowTemplate"]


class WorkflowTemplate(TemplateServiceMixin, Workflow):
    """Same keyword arguments and methods as `Workflow`; the service methods are `create`, `get`,
    `update`, `lint` and `create_as_workflow`."""

    kind: ClassVar[str] = "WorkflowTemplate"
    _EXTRA: ClassVar[tuple[str, ...]] = ("api_version", "workflows_service")
    _CLUSTER_SCOPE: ClassVar[bool | None] = None

    def _reference_name(self, what: str) -> str:
        if not self.name:
            raise DSLError(f"{where(self)}: a {self.kind} needs name= to be referenced by {what}")
        return self.name

    def get_template_ref(self, template: Any) -> TemplateRef:
        """A `TemplateRef` to one of this object's templates (a template object or its name), for a task or
        step of another workflow: `Task(name="a", template_ref=library.get_template_ref("print"))`, or call
        it inside a DAG or Steps. `cluster_scope` is set for a ClusterWorkflowTemplate."""
        from hera.workflows.template_ref import TemplateRef

        name = self._reference_name("a TemplateRef")
        wanted = template if isinstance(template, str) else getattr(template, "name", None)
        known = [_name_of(t) for t in self._all_templates()]
        if not isinstance(wanted, str) or wanted not in known:
            raise DSLError(
                f"{where(self)}: no template named {wanted!r} to reference; its templates: "
                f"{', '.join(repr(n) for n in known if n) or 'none'}"
            )
        return TemplateRef(name=name, template=wanted, cluster_scope=self._CLUSTER_SCOPE)

    def get_workflow_template_ref(self) -> WorkflowTemplateRef:
        """A `WorkflowTemplateRef` to this object, for `Workflow(workflow_template_ref=...)` or a CronWorkflow.
        `cluster_scope` is set for a ClusterWorkflowTemplate."""
        from hera.workflows.template_ref import WorkflowTemplateRef

        return WorkflowTemplateRef(
            name=self._reference_name("a WorkflowTemplateRef"), cluster_scope=self._CLUSTER_SCOPE
        )
