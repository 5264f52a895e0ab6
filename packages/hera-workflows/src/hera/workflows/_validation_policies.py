"""Checks of the control fields of templates, workflow specs and CronWorkflows: retries, metrics, locks,
memoization, garbage collection, deadlines, timeouts, parallelism and cron scheduling.

The rules are those the DSL classes apply when they are created (`retry_strategy_problems`, ...), so a manifest
written with generated models, dicts or loaded from YAML is judged like one written with `RetryStrategy(...)`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from hera.workflows._policy_checks import Problem, count_problem, dotted, duration_problem
from hera.workflows._validation_context import Path, TemplateContext, WorkflowContext

__all__ = ["check_cron_policies", "check_spec_policies", "check_template_policies"]

Check = Callable[[Any], list[Problem]]

_TEMPLATE_KEYS = frozenset(
    {
        "retryStrategy",
        "metrics",
        "synchronization",
        "memoize",
        "timeout",
        "activeDeadlineSeconds",
        "parallelism",
        "failFast",
    }
)
_SPEC_KEYS = frozenset(
    {
        "retryStrategy",
        "metrics",
        "synchronization",
        "podGC",
        "ttlStrategy",
        "volumeClaimGC",
        "podDisruptionBudget",
        "activeDeadlineSeconds",
        "parallelism",
        "templateDefaults",
    }
)
_NOT_LEAF = ("steps", "dag")


@functools.cache
def _section_checks() -> dict[str, Check]:
    from hera.workflows.garbage_collection import (
        pod_gc_problems,
        ttl_strategy_problems,
        volume_claim_gc_problems,
    )
    from hera.workflows.memoize import memoize_problems
    from hera.workflows.metrics import metrics_problems
    from hera.workflows.pod_disruption_budget import pod_disruption_budget_problems
    from hera.workflows.retry_strategy import retry_strategy_problems
    from hera.workflows.synchronization import synchronization_problems

    return {
        "retryStrategy": retry_strategy_problems,
        "metrics": metrics_problems,
        "synchronization": synchronization_problems,
        "memoize": memoize_problems,
        "podGC": pod_gc_problems,
        "ttlStrategy": ttl_strategy_problems,
        "volumeClaimGC": volume_claim_gc_problems,
        "podDisruptionBudget": pod_disruption_budget_problems,
    }


def _report(key: str, problems: list[Problem], path: Path, add: Callable[[Path, str], None]) -> None:
    for sub, message in problems:
        add((*path, key, *sub), f"{dotted((key, *sub))} {message}")


def _template_problems(template: dict[str, Any]) -> list[tuple[str, list[Problem]]]:
    """(field, problems) for each control field of a template (or of `templateDefaults`)."""
    checks = _section_checks()
    found: list[tuple[str, list[Problem]]] = []
    for key in ("retryStrategy", "metrics", "synchronization", "memoize"):
        if template.get(key) is not None:
            found.append((key, checks[key](template[key])))
    kind = next((k for k in _NOT_LEAF if template.get(k) is not None), None)
    timeout = template.get("timeout")
    if timeout is not None:
        problem = duration_problem(timeout, seconds=False)
        if problem is None and kind is not None:
            problem = f"does not apply to a {kind} template; set it on the templates its {kind} run"
        found.append(("timeout", [((), problem)] if problem else []))
    deadline = template.get("activeDeadlineSeconds")
    if deadline is not None:
        problem = count_problem(deadline, meaning="a number of seconds")
        if problem is None and kind is not None:
            problem = f"does not apply to a {kind} template; set it on the templates its {kind} run"
        found.append(("activeDeadlineSeconds", [((), problem)] if problem else []))
    parallelism = template.get("parallelism")
    if parallelism is not None:
        problem = count_problem(
            parallelism, minimum=1, text=False, meaning="how many children may run at once"
        )
        found.append(("parallelism", [((), problem)] if problem else []))
    fail_fast = template.get("failFast")
    if fail_fast is not None and not isinstance(fail_fast, bool):
        found.append(("failFast", [((), f"must be true or false; got {fail_fast!r}")]))
    return found


def check_template_policies(template: dict[str, Any], path: Path, ctx: TemplateContext) -> None:
    """Report the problems of a template's control fields (retryStrategy, metrics, timeout, ...)."""
    if template.keys().isdisjoint(_TEMPLATE_KEYS):
        return
    for key, problems in _template_problems(template):
        _report(key, problems, path, ctx.add)


def check_spec_policies(spec: dict[str, Any], path: Path, workflow: WorkflowContext) -> None:
    """Report the problems of a workflow spec's control fields (podGC, ttlStrategy, parallelism, ...) and of
    its `templateDefaults`."""
    if spec.keys().isdisjoint(_SPEC_KEYS):
        return
    checks = _section_checks()
    for key in (
        "retryStrategy",
        "metrics",
        "synchronization",
        "podGC",
        "ttlStrategy",
        "volumeClaimGC",
        "podDisruptionBudget",
    ):
        if spec.get(key) is not None:
            _report(key, checks[key](spec[key]), path, workflow.add)
    deadline = spec.get("activeDeadlineSeconds")
    if deadline is not None:
        problem = count_problem(deadline, text=False, meaning="a number of seconds")
        if problem:
            _report("activeDeadlineSeconds", [((), problem)], path, workflow.add)
    parallelism = spec.get("parallelism")
    if parallelism is not None:
        problem = count_problem(parallelism, minimum=1, text=False, meaning="how many pods may run at once")
        if problem:
            _report("parallelism", [((), problem)], path, workflow.add)
    defaults = spec.get("templateDefaults")
    if isinstance(defaults, dict):
        where = (*path, "templateDefaults")
        for key, problems in _template_problems(defaults):
            _report(key, problems, where, workflow.add)


def check_cron_policies(spec: Any, workflow: WorkflowContext) -> None:
    """Report the problems of a CronWorkflow's own fields (schedules, timezone, concurrencyPolicy, ...)."""
    from hera.workflows.cron_policy import cron_problems

    for sub, message in cron_problems(spec):
        workflow.add(("spec", *sub), f"{dotted(sub)} {message}")
