"""What the checks of one manifest share: where findings go, and what the workflow and a template define."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hera.workflows._validation_names import closest, names_list
from hera.workflows._validation_refs import Reference, find_tag, parse_reference, tags_in

__all__ = ["Finding", "Path", "TemplateContext", "WorkflowContext"]

Path = tuple[str | int, ...]
LocalCheck = Callable[[Reference], "str | None"]
"""Checks a `tasks.X` / `steps.X` reference where it appears; returns what is wrong, or None."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: where (path below the manifest root), in which template and task, and what."""

    path: Path
    template: str | None
    task: str | None
    message: str


@dataclass(slots=True)
class WorkflowContext:
    """The manifest-wide facts the template checks need.

    `templates` is None when the templates come from elsewhere (a `workflowTemplateRef`), so template
    names cannot be checked. `parameters` is None when the workflow parameters cannot be known offline.
    """

    templates: set[str] | None
    parameters: set[str] | None
    findings: list[Finding] = field(default_factory=list)
    default_inputs: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """Input parameter and artifact names declared by `spec.templateDefaults`, merged into every template."""

    def add(self, path: Path, message: str, template: str | None = None, task: str | None = None) -> None:
        """Record a problem."""
        self.findings.append(Finding(path, template, task, message))

    def template_problem(self, name: Any, what: str) -> str | None:
        """Why `name` (the value of a `template:` field) names no template of this workflow, or None."""
        if not isinstance(name, str) or not name:
            return f"{what} must be the name of a template (a non-empty string)"
        if self.templates is None or name in self.templates or "{{" in name:
            return None
        return (
            f"{what} '{name}' is not a template of this workflow{closest(name, self.templates)}; "
            f"templates: {names_list(sorted(self.templates))}"
        )


@dataclass(slots=True)
class TemplateContext:
    """One template under check: its name, its path, and the inputs it declares.

    For an inline template, `name` is the template holding the step or task `inline_of`, which is then the
    task every problem found in it is reported for.
    """

    workflow: WorkflowContext
    name: str | None
    path: Path
    parameters: frozenset[str]
    artifacts: frozenset[str]
    inline_of: str | None = None

    @property
    def title(self) -> str:
        """How messages name this template."""
        if self.inline_of is not None:
            return f"the inline template of '{self.inline_of}'"
        return f"template '{self.name}'" if self.name else "this template"

    def add(self, path: Path, message: str, task: str | None = None) -> None:
        """Record a problem in this template."""
        self.workflow.add(path, message, self.name, task if task is not None else self.inline_of)

    def check_tags(self, value: Any, path: Path, local: LocalCheck, task: str | None = None) -> None:
        """Check every `{{...}}` reference in `value` (found at `path`).

        Input references must name a declared input, workflow parameters a parameter of
        `spec.arguments`; `tasks.X` / `steps.X` references are judged by `local`.
        """
        tags: list[str] = []
        tags_in(value, tags)
        if tags:
            self.judge(tags, value, path, local, task)

    def judge(
        self, tags: list[str], value: Any, path: Path, local: LocalCheck, task: str | None = None
    ) -> None:
        """Check the `tags` found (by `tags_in`) in `value` at `path`; see `check_tags`."""
        for tag in tags:
            reference = parse_reference(tag)
            if reference is None:
                continue
            problem = self.reference_problem(reference) or (
                local(reference) if reference.kind in ("tasks", "steps") else None
            )
            if problem is not None:
                self.add((*path, *find_tag(value, tag)), f"'{{{{{reference.text}}}}}' {problem}", task)

    def reference_problem(self, reference: Reference) -> str | None:
        """What is wrong with an `inputs.*` or `workflow.parameters.*` reference, or None."""
        if reference.kind == "inputs.parameters":
            declared, what = self.parameters, "input parameter"
        elif reference.kind == "inputs.artifacts":
            declared, what = self.artifacts, "input artifact"
        elif reference.kind == "workflow.parameters":
            known = self.workflow.parameters
            if known is None or reference.name in known:
                return None
            if not known:
                return (
                    f"refers to workflow parameter '{reference.name}', but spec.arguments.parameters defines none; "
                    "add it there"
                )
            return (
                f"refers to workflow parameter '{reference.name}', which spec.arguments.parameters does not "
                f"define{closest(reference.name, known)}; defined: {names_list(sorted(known))}"
            )
        else:
            return None
        if reference.name in declared:
            return None
        owner = self.title
        if not declared:
            return (
                f"refers to {what} '{reference.name}', but {owner} declares no {what}s; "
                f"declare it under {reference.kind}"
            )
        return (
            f"refers to {what} '{reference.name}', which {owner} does not declare"
            f"{closest(reference.name, declared)}; declared: {names_list(sorted(declared))}"
        )
