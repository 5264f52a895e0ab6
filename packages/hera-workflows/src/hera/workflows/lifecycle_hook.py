"""`LifecycleHook`: a template run when a workflow, step or task reaches a point of its life.

`hooks=` of a `Workflow`, `Task` or `Step` maps hook names to hooks: the name `exit` runs when the workflow or
node has completed (an exit handler, like `on_exit=`); any other name runs once, as soon as the hook's
`expression` is true (e.g. `workflow.status == "Running"`). A hook may also be the generated
`models.LifecycleHook` or a dict.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._io import dump_arguments
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["LifecycleHook"]


@dataclasses.dataclass(kw_only=True)
class LifecycleHook(ValueObject):
    """`LifecycleHook(template=notify, expression='steps["build"].status == "Running"')`.

    `template` is a template object (written as its name, and added to the workflow when it is not there yet)
    or a template name; `template_ref` (a `TemplateRef`, its model or a dict) calls a template of a
    WorkflowTemplate instead. `arguments` are the hook template's arguments (a dict or a list, as for a task);
    without them an exit hook receives the workflow's. `expression` is a bare expression, not wrapped in
    `{{...}}`; every hook other than `exit` needs one.
    """

    template: Any = None
    template_ref: Any = None
    arguments: Any = None
    expression: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        label = "LifecycleHook"
        if (self.template is None) == (self.template_ref is None):
            given = "both" if self.template is not None else "neither"
            raise DSLError(f"{label}: give template= (a template or its name) or template_ref=, not {given}")
        if self.expression is not None and (
            not isinstance(self.expression, str) or not self.expression.strip()
        ):
            raise DSLError(
                f"{label}: expression must be a non-empty expression such as "
                f"'workflow.status == \"Running\"'; got {self.expression!r}"
            )

    def _template_name(self) -> Any:
        template = self.template
        if template is None or isinstance(template, str):
            return template
        name = getattr(template, "name", None)
        if name is None and isinstance(template, dict):
            name = template.get("name")
        if not name:
            raise DSLError(
                f"LifecycleHook: the template {template!r} has no name; give it name= to use it in a hook"
            )
        return name

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.template is not None:
            data["template"] = self._template_name()
        if self.expression is not None:
            data["expression"] = self.expression
        if self.arguments is not None:
            arguments = dump_arguments(self.arguments, f"the lifecycle hook running {data.get('template')!r}")
            if arguments is not None:
                data["arguments"] = arguments
        if self.template_ref is not None:
            data["templateRef"] = plain(self.template_ref)
        return data
