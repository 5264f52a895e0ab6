"""Offline validation of workflow manifests, before any submission.

`validate_manifest` takes the manifest of a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or
CronWorkflow as a plain dict (the output of `to_dict()` or of loading YAML) and returns every problem
that Argo's own validation would reject, or that would make the workflow fail or hang once it runs:
names, template types, entrypoint, template references, DAG dependencies and cycles, step order, loops,
and `{{...}}` references to inputs, tasks, steps and workflow parameters. `check_manifest` raises
`InvalidWorkflowError` listing them all.

Not checked (they need the cluster): templates reached through `templateRef` or `workflowTemplateRef`,
expression tags (`{{=...}}`), and what `argo submit -p` would add.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hera.shared.exceptions import HeraError
from hera.workflows._validation_context import Finding, Path, TemplateContext, WorkflowContext
from hera.workflows._validation_invocation import check_hooks
from hera.workflows._validation_names import (
    closest,
    field_name_problem,
    generate_name_problem,
    names_list,
    object_name_problem,
)
from hera.workflows._validation_path import format_path
from hera.workflows._validation_policies import check_cron_policies, check_spec_policies
from hera.workflows._validation_refs import find_tag, parse_reference, tags_in
from hera.workflows._validation_template import check_template, declared_inputs

__all__ = ["KINDS", "InvalidWorkflowError", "Issue", "check_manifest", "validate_manifest"]

KINDS = ("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")
"""The kinds `validate_manifest` knows."""
_TEMPLATE_KINDS = ("WorkflowTemplate", "ClusterWorkflowTemplate")
_IN_STEPS = re.compile(r"\.steps\[\d+\]\[\d+\]")


@dataclass(frozen=True)
class Issue:
    """One problem found in a manifest.

    Attributes:
        path: where, as a JSON path from the manifest root (`spec.templates[2].dag.tasks[0].depends`).
        workflow: the manifest's `metadata.name` (or its `generateName`).
        template: the template the problem is in, if any.
        task: the DAG task or step the problem is in, if any.
        message: what is wrong, and what would be valid.
    """

    path: str
    workflow: str
    template: str | None
    task: str | None
    message: str

    def __str__(self) -> str:
        where = [f"workflow '{self.workflow}'"]
        if self.template is not None:
            where.append(f"template '{self.template}'")
        if self.task is not None:
            where.append(f"{'step' if _IN_STEPS.search(self.path) else 'task'} '{self.task}'")
        return f"{', '.join(where)} ({self.path or 'manifest'}): {self.message}"


class InvalidWorkflowError(HeraError, ValueError):
    """A manifest failed offline validation; `issues` holds every problem found."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        count = len(self.issues)
        workflow = self.issues[0].workflow if self.issues else "?"
        lines = [f"workflow '{workflow}' is invalid ({count} problem{'s' if count != 1 else ''}):"]
        lines.extend(f"  - {issue}" for issue in self.issues)
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.issues,))


def _workflow_label(metadata: Any) -> str:
    if isinstance(metadata, dict):
        for key in ("name", "generateName"):
            if isinstance(metadata.get(key), str) and metadata[key]:
                return str(metadata[key])
    return "(unnamed)"


def _check_metadata(metadata: Any, kind: str, workflow: WorkflowContext) -> None:
    if not isinstance(metadata, dict):
        workflow.add(("metadata",), "metadata is required, with a name or a generateName")
        return
    name, prefix = metadata.get("name"), metadata.get("generateName")
    if not name and not prefix:
        workflow.add(("metadata",), "metadata needs a name or a generateName")
    if name:
        problem = object_name_problem(name, kind) if isinstance(name, str) else "the name must be a string"
        if problem:
            workflow.add(("metadata", "name"), problem)
    if prefix:
        problem = (
            generate_name_problem(prefix) if isinstance(prefix, str) else "generateName must be a string"
        )
        if problem:
            workflow.add(("metadata", "generateName"), problem)


def _parameter_names(spec: dict[str, Any]) -> set[str]:
    arguments = spec.get("arguments")
    parameters = arguments.get("parameters") if isinstance(arguments, dict) else None
    if not isinstance(parameters, list):
        return set()
    return {
        item["name"] for item in parameters if isinstance(item, dict) and isinstance(item.get("name"), str)
    }


def _template_names(templates: list[Any], path: Path, workflow: WorkflowContext) -> dict[str, int]:
    """Index of each template by name, reporting missing, invalid and duplicate names."""
    index: dict[str, int] = {}
    for i, template in enumerate(templates):
        if not isinstance(template, dict):
            workflow.add((*path, i), "each template must be a mapping with a name")
            continue
        name = template.get("name")
        if not isinstance(name, str) or not name:
            workflow.add((*path, i), "template has no name; every template needs a unique name")
            continue
        if name in index:
            workflow.add(
                (*path, i, "name"),
                f"template name '{name}' is already used by templates[{index[name]}]; template names must be unique",
                name,
            )
            continue
        index[name] = i
        problem = field_name_problem(name, "template")
        if problem:
            workflow.add((*path, i, "name"), problem, name)
    return index


def _check_entrypoint(spec: dict[str, Any], path: Path, kind: str, workflow: WorkflowContext) -> None:
    entrypoint = spec.get("entrypoint")
    if entrypoint in (None, ""):
        # WorkflowTemplates may be used only through templateRef; a workflowTemplateRef brings its entrypoint.
        if kind not in _TEMPLATE_KINDS and workflow.templates is not None:
            names = sorted(workflow.templates)
            suggestion = f" (e.g. '{names[0]}')" if len(names) == 1 else ""
            workflow.add(
                (*path, "entrypoint"),
                f"entrypoint is required: set it to the template to run first{suggestion}; "
                f"templates: {names_list(names)}",
            )
        return
    if not isinstance(entrypoint, str):
        workflow.add((*path, "entrypoint"), "entrypoint must be the name of a template")
    elif workflow.templates is not None and entrypoint not in workflow.templates and "{{" not in entrypoint:
        workflow.add(
            (*path, "entrypoint"),
            f"entrypoint '{entrypoint}' is not a template of this workflow{closest(entrypoint, workflow.templates)}; "
            f"templates: {names_list(sorted(workflow.templates))}",
        )


def _check_workflow_parameters(spec: dict[str, Any], path: Path, workflow: WorkflowContext) -> None:
    """`{{workflow.parameters.X}}` in the spec outside the templates must name a parameter of spec.arguments."""
    if workflow.parameters is None:
        return
    context = TemplateContext(workflow, None, path, frozenset(), frozenset())
    for key, value in spec.items():
        if key in ("templates", "templateDefaults"):
            continue
        tags: list[str] = []
        tags_in(value, tags)
        for tag in tags:
            reference = parse_reference(tag)
            if reference is None or reference.kind != "workflow.parameters":
                continue
            problem = context.reference_problem(reference)
            if problem:
                workflow.add((*path, key, *find_tag(value, tag)), f"'{{{{{reference.text}}}}}' {problem}")


def _check_spec(spec: dict[str, Any], path: Path, kind: str, workflow: WorkflowContext) -> None:
    templates = spec.get("templates")
    ref = spec.get("workflowTemplateRef")
    if ref is not None:
        if templates:
            workflow.add(
                (*path, "templates"),
                "templates cannot be used together with workflowTemplateRef: the templates come from the "
                "referenced WorkflowTemplate; remove one of them",
            )
        if not isinstance(ref, dict) or not ref.get("name"):
            workflow.add(
                (*path, "workflowTemplateRef"), "workflowTemplateRef needs the name of a WorkflowTemplate"
            )
    if templates is not None and not isinstance(templates, list):
        workflow.add((*path, "templates"), "templates must be a list of templates")
    listed: list[Any] = templates if isinstance(templates, list) else []
    index = _template_names(listed, (*path, "templates"), workflow)
    workflow.default_inputs = declared_inputs(spec.get("templateDefaults"))
    if ref is None:
        workflow.templates = set(index)
        # A WorkflowTemplate's templates may be called through templateRef by a Workflow whose own
        # parameters then apply, so only Workflows and CronWorkflows have a closed set of parameters.
        if kind not in _TEMPLATE_KINDS:
            workflow.parameters = _parameter_names(spec)
    _check_entrypoint(spec, path, kind, workflow)
    on_exit = spec.get("onExit")
    if on_exit not in (None, ""):
        problem = workflow.template_problem(on_exit, "onExit template")
        if problem:
            workflow.add((*path, "onExit"), problem)
    check_hooks(spec.get("hooks"), (*path, "hooks"), workflow, None, None)
    check_spec_policies(spec, path, workflow)
    _check_workflow_parameters(spec, path, workflow)
    for name, i in index.items():
        check_template(listed[i], (*path, "templates", i), workflow, name)


def _findings(manifest: Any) -> tuple[str, list[Finding]]:
    if not isinstance(manifest, dict):
        return "(unnamed)", [
            Finding((), None, None, f"a manifest must be a mapping, not {type(manifest).__name__}")
        ]
    workflow = WorkflowContext(templates=None, parameters=None)
    label = _workflow_label(manifest.get("metadata"))
    kind = manifest.get("kind")
    if kind not in KINDS:
        workflow.add(("kind",), f"kind {kind!r} is not one of {', '.join(KINDS)}")
        return label, workflow.findings
    _check_metadata(manifest.get("metadata"), kind, workflow)
    spec: Any = manifest.get("spec")
    path: Path = ("spec",)
    if kind == "CronWorkflow" and isinstance(spec, dict):
        if isinstance(spec.get("workflowSpec"), dict):
            check_cron_policies(spec, workflow)
        spec, path = spec.get("workflowSpec"), ("spec", "workflowSpec")
    if not isinstance(spec, dict):
        workflow.add(path, f"a {kind} needs {format_path(path)}, a mapping with the templates")
        return label, workflow.findings
    _check_spec(spec, path, kind, workflow)
    return label, workflow.findings


def validate_manifest(manifest: dict[str, Any]) -> list[Issue]:
    """Every problem of a manifest (Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow).

    Returns an empty list for a valid manifest. Never raises for a malformed one: a wrong shape is
    reported as an issue too.
    """
    label, findings = _findings(manifest)
    return [Issue(format_path(f.path), label, f.template, f.task, f.message) for f in findings]


def check_manifest(manifest: dict[str, Any]) -> None:
    """Raise `InvalidWorkflowError` listing every problem of a manifest; return None when it is valid."""
    issues = validate_manifest(manifest)
    if issues:
        raise InvalidWorkflowError(issues)
