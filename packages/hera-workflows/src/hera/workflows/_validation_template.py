"""Checks of one template: its type, the inputs its references need, and its DAG or steps."""

from __future__ import annotations

from typing import Any

from hera.workflows._validation_context import LocalCheck, Path, TemplateContext, WorkflowContext
from hera.workflows._validation_dag import check_dag, dag_reference_problem
from hera.workflows._validation_policies import check_template_policies
from hera.workflows._validation_refs import Reference
from hera.workflows._validation_steps import check_steps, steps_reference_problem

__all__ = ["TEMPLATE_TYPES", "check_template", "declared_inputs"]

TEMPLATE_TYPES = (
    "container",
    "script",
    "dag",
    "steps",
    "resource",
    "suspend",
    "containerSet",
    "data",
    "http",
    "plugin",
)
"""The fields of which a template sets exactly one."""
_TYPE_LIST = ", ".join(TEMPLATE_TYPES)


def declared_inputs(template: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the input parameters and input artifacts a template (or templateDefaults) declares."""
    inputs = template.get("inputs") if isinstance(template, dict) else None
    return _declared(inputs, "parameters"), _declared(inputs, "artifacts")


def _declared(inputs: Any, key: str) -> frozenset[str]:
    items = inputs.get(key) if isinstance(inputs, dict) else None
    if not isinstance(items, list):
        return frozenset()
    return frozenset(
        item["name"] for item in items if isinstance(item, dict) and isinstance(item.get("name"), str)
    )


def _leaf_reference_problem(reference: Reference) -> str | None:
    kind, where = ("task", "DAG") if reference.kind == "tasks" else ("step", "steps")
    return (
        f"refers to a {kind}, which only works in a {where} template; "
        "pass the value to this template as an input parameter instead"
    )


def check_template(
    template: dict[str, Any],
    path: Path,
    workflow: WorkflowContext,
    name: str | None,
    inline_of: str | None = None,
) -> None:
    """Check a template found at `path`. `name` is its name (for an inline template, that of its holder)."""
    inputs = template.get("inputs")
    parameters, artifacts = workflow.default_inputs
    ctx = TemplateContext(
        workflow,
        name,
        path,
        parameters | _declared(inputs, "parameters"),
        artifacts | _declared(inputs, "artifacts"),
        inline_of,
    )
    types = [key for key in TEMPLATE_TYPES if template.get(key) is not None]
    if not types:
        ctx.add(path, f"{ctx.title} has no type: set exactly one of {_TYPE_LIST}")
    elif len(types) > 1:
        ctx.add(
            (*path, types[1]),
            f"{ctx.title} sets {len(types)} template types ({', '.join(types)}); set exactly one of {_TYPE_LIST}",
        )

    check_template_policies(template, path, ctx)

    def inline(body: dict[str, Any], where: Path, task: str) -> None:
        check_template(body, where, workflow, name, task)

    local: LocalCheck = _leaf_reference_problem
    if template.get("dag") is not None:
        tasks = check_dag(template["dag"], (*path, "dag"), ctx, inline)
        local = lambda reference: dag_reference_problem(reference, tasks)  # noqa: E731
    elif template.get("steps") is not None:
        groups = check_steps(template["steps"], (*path, "steps"), ctx, inline)
        local = lambda reference: steps_reference_problem(reference, groups)  # noqa: E731
    elif template.get("containerSet") is not None:
        from hera.workflows._validation_container_set import check_container_set

        check_container_set(template["containerSet"], (*path, "containerSet"), ctx)
    for key, value in template.items():
        if key in ("dag", "steps", "name") or (type(value) is str and "{{" not in value):
            continue
        ctx.check_tags(value, (*path, key), local)
