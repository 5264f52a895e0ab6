"""`TemplateDefaults`: template fields every template of a workflow gets unless it sets them itself."""

from __future__ import annotations

from typing import Any

from hera.workflows._template import TemplateBase
from hera.workflows.exceptions import DSLError, InvalidTemplateCall

__all__ = ["TemplateDefaults"]


class TemplateDefaults(TemplateBase):
    """`Workflow(template_defaults=TemplateDefaults(timeout="30s", retry_strategy=RetryStrategy(limit="2")))`.

    Takes the keyword arguments every template takes (`retry_strategy`, `timeout`, `active_deadline_seconds`,
    `node_selector`, `tolerations`, `metrics`, `synchronization`, `inputs`, `labels`, ...) and writes them as
    `spec.templateDefaults`, which Argo merges into each template. It has no name and no body (container,
    script, ...): it is not a template to run.
    """

    def _post_init(self) -> None:
        if self.name is not None:
            raise DSLError(
                f"TemplateDefaults(name={self.name!r}): template defaults have no name; they apply to every "
                "template of the workflow"
            )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Template defaults cannot be called: they are not a template to run."""
        raise InvalidTemplateCall(
            "TemplateDefaults cannot be called to make a task or step; pass it as Workflow(template_defaults=...)"
        )

    def _owner(self) -> str:
        return "the template defaults"

    def _dump(self) -> dict[str, Any]:
        """The `templateDefaults` section (after the pre-build hooks registered for this class)."""
        return self._build_template()
