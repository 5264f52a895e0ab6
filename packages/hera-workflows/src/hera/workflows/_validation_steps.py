"""Checks of a steps template: step names, what each step calls, and `{{steps.X...}}` references.

Step names must be unique across all the groups of the template, not only within a group: Argo's
`validateSteps` keeps one set of names for the whole template, because `steps.X` in the template's scope
(and the node name `<template>[i].X`) must denote a single step. A step sees the outputs of steps in
earlier groups only (the groups run one after the other, the steps of a group in parallel); its hooks
may also use the outputs of the step itself. The template's own outputs may use any step.
"""

from __future__ import annotations

from typing import Any

from hera.workflows._validation_context import LocalCheck, Path, TemplateContext
from hera.workflows._validation_invocation import InlineCheck, check_invocation
from hera.workflows._validation_names import closest, field_name_problem, names_list
from hera.workflows._validation_refs import Reference, tags_in

__all__ = ["check_steps", "steps_reference_problem"]

_NOT_SUBSTITUTED = frozenset({"name", "template", "inline", "continueOn"})


def _unknown_step(name: str, groups: dict[str, int]) -> str:
    return f"'{name}', which is not a step of this template{closest(name, groups)}; steps: {names_list(list(groups))}"


def steps_reference_problem(reference: Reference, groups: dict[str, int]) -> str | None:
    """What is wrong with a `tasks.X` / `steps.X` reference outside the steps (e.g. in the outputs)."""
    if reference.kind == "tasks":
        return "refers to a DAG task, but this is a steps template: use {{steps.<name>...}}"
    return None if reference.name in groups else f"refers to step {_unknown_step(reference.name, groups)}"


def _local(groups: dict[str, int], name: str, group: int, in_hooks: bool) -> LocalCheck:
    def check(reference: Reference) -> str | None:
        if reference.kind == "tasks":
            return "refers to a DAG task, but this is a steps template: use {{steps.<name>...}}"
        other = reference.name
        where = groups.get(other)
        if where is None:
            return f"refers to step {_unknown_step(other, groups)}"
        if where < group or (in_hooks and other == name):
            return None
        if other == name:
            return "refers to the step's own outputs, which only its hooks can use"
        relation = "the same group" if where == group else f"a later group ([{where}])"
        return (
            f"refers to step '{other}' of {relation}, but a step sees only the outputs of steps in earlier groups; "
            f"move '{other}' to a group before [{group}]"
        )

    return check


def check_steps(steps: Any, path: Path, ctx: TemplateContext, inline: InlineCheck) -> dict[str, int]:
    """Check a template's `steps` (found at `path`); returns the group index of each step by name."""
    if not isinstance(steps, list):
        ctx.add(path, "steps must be a list of groups, each a list of steps (- - name: a)")
        return {}
    groups: dict[str, int] = {}
    located: list[tuple[dict[str, Any], Path, str, int]] = []
    for g, group in enumerate(steps):
        if not isinstance(group, list):
            ctx.add((*path, g), "each group of steps must be a list of steps (- - name: a)")
            continue
        for s, step in enumerate(group):
            where = (*path, g, s)
            if not isinstance(step, dict):
                ctx.add(where, "each step must be a mapping with a name and a template")
                continue
            name = step.get("name")
            if not isinstance(name, str) or not name:
                ctx.add(where, "step has no name; every step needs a name unique within the template")
                continue
            if name in groups:
                ctx.add(
                    (*where, "name"),
                    f"step name '{name}' is already used in group [{groups[name]}]; step names must be unique "
                    "across all the groups of a template",
                    name,
                )
                continue
            groups[name] = g
            problem = field_name_problem(name, "step")
            if problem:
                ctx.add((*where, "name"), problem, name)
            located.append((step, where, name, g))
    for step, where, name, g in located:
        check_invocation(step, where, ctx, name, "step", inline)
        if step.keys() <= _NOT_SUBSTITUTED:
            continue
        for key, value in step.items():
            if key in _NOT_SUBSTITUTED:
                continue
            tags: list[str] = []
            tags_in(value, tags)
            if tags:
                ctx.judge(tags, value, (*where, key), _local(groups, name, g, key == "hooks"), name)
    return groups
