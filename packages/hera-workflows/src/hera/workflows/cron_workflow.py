"""`CronWorkflow`: a workflow run on a schedule."""

from __future__ import annotations

from typing import Any, ClassVar

from hera.workflows._fields import CRON_WORKFLOW_SPEC, field_map
from hera.workflows._serialize import plain
from hera.workflows._service import TemplateServiceMixin
from hera.workflows._template import reorder
from hera.workflows.workflow import Workflow

__all__ = ["CronWorkflow"]

CRON_FIELDS = field_map(
    CRON_WORKFLOW_SPEC,
    skip=("workflowSpec",),
    rename={"suspend": "cron_suspend", "workflowMetadata": "cron_workflow_metadata"},
)


class CronWorkflow(TemplateServiceMixin, Workflow):
    """`CronWorkflow(name="nightly", schedules=["0 2 * * *"], entrypoint="main")`.

    Takes every `Workflow` keyword argument (they go to `spec.workflowSpec`) plus the CronWorkflowSpec
    fields: `schedules` (the single `schedule=` of older code is still accepted and joins them),
    `timezone`, `concurrency_policy`, `starting_deadline_seconds`, `successful_jobs_history_limit`,
    `failed_jobs_history_limit`, `stop_strategy`, `when`, `cron_suspend` (the CronWorkflow's own
    `suspend`; `suspend` is the workflow's) and `cron_workflow_metadata` (the CronWorkflow's own
    `workflowMetadata`; `workflow_metadata` is the workflow's). `cron_status` is an alias of `status`.
    The service methods are `create`, `get`, `update`, `lint` and `create_as_workflow` (run it now).
    """

    kind: ClassVar[str] = "CronWorkflow"
    _EXTRA: ClassVar[tuple[str, ...]] = (
        "api_version",
        "status",
        "cron_status",
        "workflows_service",
        "schedule",
        *(attr for attr, _ in CRON_FIELDS),
    )

    schedule: str | None = None
    schedules: list[str] | None = None

    def _init_state(self) -> None:
        super()._init_state()
        self._cron_order: tuple[str, ...] | None = None

    def _post_init(self) -> None:
        if self.status is None and self.cron_status is not None:
            self.status = self.cron_status

    def _load_spec(self, spec: dict[str, Any], path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import load_cron_spec

        load_cron_spec(self, spec, path)

    def _schedules(self) -> list[str] | None:
        schedules = list(self.schedules or [])
        if self.schedule is not None and self.schedule not in schedules:
            schedules.append(self.schedule)
        return schedules or None

    def _spec_section(self) -> dict[str, Any]:
        cron: dict[str, Any] = {}
        for attr, key in CRON_FIELDS:
            value = self._schedules() if key == "schedules" else plain(getattr(self, attr))
            if value is not None:
                cron[key] = value
        cron["workflowSpec"] = self._build_spec(self._SPEC_FIELDS, self._spec_order)
        return reorder(cron, self._cron_order)
