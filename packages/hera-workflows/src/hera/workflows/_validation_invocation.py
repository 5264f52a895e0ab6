"""Checks shared by a steps template's step and a DAG task: what they call, how they loop, their hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hera.workflows._validation_context import Path, TemplateContext, WorkflowContext

__all__ = ["check_hooks", "check_invocation", "has_loop"]

InlineCheck = Callable[[dict[str, Any], Path, str], None]
"""Validates an inline template found at a path, for the named step or task."""

_LOOPS = ("withItems", "withParam", "withSequence")
_UNCOMMON = frozenset({*_LOOPS, "templateRef", "inline", "onExit", "hooks"})


def _loops(node: dict[str, Any]) -> list[str]:
    # Argo's own tests: a non-empty withItems, a non-empty withParam, any withSequence.
    return [key for key in _LOOPS if node.get(key) not in (None, "", [])]


def has_loop(node: dict[str, Any]) -> bool:
    """True when the step or task loops (withItems, withParam or withSequence)."""
    return bool(_loops(node))


def _check_callee(node: dict[str, Any], path: Path, ctx: TemplateContext, task: str, what: str) -> None:
    present = [key for key in ("template", "templateRef", "inline") if node.get(key) not in (None, "")]
    if len(present) > 1:
        ctx.add(
            (*path, present[1]),
            f"{what} sets {' and '.join(present)}; set exactly one of template, templateRef and inline",
            task,
        )
    elif not present:
        ctx.add(path, f"{what} calls no template; set template, templateRef or inline", task)
    elif present[0] == "template":
        problem = ctx.workflow.template_problem(node["template"], "template")
        if problem:
            ctx.add((*path, "template"), problem, task)
    elif present[0] == "templateRef":
        ref = node["templateRef"]
        if not isinstance(ref, dict):
            ctx.add((*path, "templateRef"), "templateRef must be a mapping with name and template", task)
            return
        for key, meaning in (("name", "the WorkflowTemplate's name"), ("template", "the template's name")):
            if not isinstance(ref.get(key), str) or not ref[key]:
                ctx.add((*path, "templateRef"), f"templateRef has no {key}: set it to {meaning}", task)


def _check_loops(node: dict[str, Any], path: Path, ctx: TemplateContext, task: str, what: str) -> None:
    loops = _loops(node)
    if len(loops) > 1:
        ctx.add(
            (*path, loops[1]),
            f"{what} sets {' and '.join(loops)}; a {what} loops over only one of withItems, withParam and withSequence",
            task,
        )
    sequence = node.get("withSequence")
    if isinstance(sequence, dict) and sequence.get("count") is not None and sequence.get("end") is not None:
        ctx.add(
            (*path, "withSequence"),
            "withSequence sets both count and end; set count (how many items) or end (the last number), not both",
            task,
        )


def check_hooks(
    hooks: Any, path: Path, workflow: WorkflowContext, template: str | None, task: str | None
) -> None:
    """Check a `hooks` mapping: each hook calls an existing template; hooks other than `exit` need an expression."""
    if hooks is None:
        return
    if not isinstance(hooks, dict):
        workflow.add(path, "hooks must be a mapping from hook name to hook", template, task)
        return
    for name, hook in hooks.items():
        where = (*path, name)
        if not isinstance(hook, dict):
            workflow.add(
                where, f"hook '{name}' must be a mapping with template and arguments", template, task
            )
            continue
        if hook.get("template") not in (None, ""):
            problem = workflow.template_problem(hook["template"], f"hook '{name}': template")
            if problem:
                workflow.add((*where, "template"), problem, template, task)
        elif not hook.get("templateRef"):
            workflow.add(
                where, f"hook '{name}' calls no template; set template or templateRef", template, task
            )
        if name != "exit" and not hook.get("expression"):
            workflow.add(
                where,
                f"hook '{name}' has no expression; every hook other than 'exit' needs one "
                f'(e.g. expression: steps["a"].status == "Running")',
                template,
                task,
            )


def check_invocation(
    node: dict[str, Any], path: Path, ctx: TemplateContext, task: str, what: str, inline: InlineCheck
) -> None:
    """Check a step or task (`what` is "step" or "task") at `path`: callee, loops, onExit, hooks, inline."""
    if node.keys().isdisjoint(_UNCOMMON):
        # The common case, a plain `template:` call: one look-up.
        templates = ctx.workflow.templates
        name = node.get("template")
        if templates is None or (type(name) is str and name in templates):
            return
    _check_callee(node, path, ctx, task, what)
    _check_loops(node, path, ctx, task, what)
    on_exit = node.get("onExit")
    if on_exit not in (None, ""):
        problem = ctx.workflow.template_problem(on_exit, "onExit template")
        if problem:
            ctx.add((*path, "onExit"), problem, task)
    check_hooks(node.get("hooks"), (*path, "hooks"), ctx.workflow, ctx.name, task)
    body = node.get("inline")
    if isinstance(body, dict):
        inline(body, (*path, "inline"), task)
    elif body is not None:
        ctx.add((*path, "inline"), "inline must be a template (a mapping such as {container: ...})", task)
