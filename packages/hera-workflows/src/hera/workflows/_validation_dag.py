"""Checks of a DAG template: task names, dependencies (`depends` / `dependencies`), cycles, references.

Argo's rules (`validate.go: validateDAG`, summarised in the semantics notes §6.1): task names are unique
within the DAG; a DAG uses `depends` or `dependencies`, not both; with either, a task name may not start
with a digit; `continueOn` cannot be combined with `depends`; every dependency names a task of the DAG;
result names are those of `RESULTS`; `AnySucceeded` / `AllFailed` only on a task with a loop; no cycles.
A `{{tasks.X...}}` reference in a task must name a task it depends on (directly or transitively): Argo
rejects any other in arguments, and anywhere else it never resolves (the workflow waits forever).
"""

from __future__ import annotations

from typing import Any

from hera.workflows._validation_context import LocalCheck, Path, TemplateContext
from hera.workflows._validation_depends import ITEM_RESULTS, RESULTS, parse_depends
from hera.workflows._validation_graph import find_cycles, is_ancestor
from hera.workflows._validation_invocation import InlineCheck, check_invocation, has_loop
from hera.workflows._validation_names import closest, field_name_problem, names_list
from hera.workflows._validation_refs import Reference, tags_in

__all__ = ["check_dag", "dag_reference_problem"]

# Keys of a task that are never substituted; every other key is scanned for references.
_NOT_SUBSTITUTED = frozenset({"name", "template", "depends", "dependencies", "inline", "continueOn"})
_RESULT_NAMES = ", ".join(RESULTS)
_PLAIN_RESULTS = frozenset(RESULTS) - ITEM_RESULTS | {""}


def _unknown_task(name: str, tasks: dict[str, int]) -> str:
    return (
        f"'{name}', which is not a task of this DAG{closest(name, tasks)}; tasks: {names_list(list(tasks))}"
    )


def dag_reference_problem(reference: Reference, tasks: dict[str, int]) -> str | None:
    """What is wrong with a `tasks.X` / `steps.X` reference outside the tasks of a DAG (e.g. in outputs)."""
    if reference.kind == "steps":
        return "refers to a step, but this is a DAG template: use {{tasks.<name>...}}"
    return None if reference.name in tasks else f"refers to task {_unknown_task(reference.name, tasks)}"


class _Dag:
    """The state of one DAG under check."""

    def __init__(self, tasks: list[Any], path: Path, ctx: TemplateContext) -> None:
        self.tasks = tasks
        self.path = path
        self.ctx = ctx
        self.index: dict[str, int] = {}
        self.deps: dict[str, list[str]] = {}
        self.ordered = True

    def names(self) -> None:
        """Record each task's name, reporting missing, invalid and duplicate ones."""
        for i, task in enumerate(self.tasks):
            if not isinstance(task, dict):
                self.ctx.add((*self.path, i), "each task must be a mapping with a name and a template")
                continue
            name = task.get("name")
            if not isinstance(name, str) or not name:
                self.ctx.add((*self.path, i), "task has no name; every task needs a unique name")
                continue
            if name in self.index:
                self.ctx.add(
                    (*self.path, i, "name"),
                    f"task name '{name}' is already used by tasks[{self.index[name]}]; "
                    "task names must be unique within a DAG",
                    name,
                )
                continue
            self.index[name] = i
            problem = field_name_problem(name, "task")
            if problem:
                self.ctx.add((*self.path, i, "name"), problem, name)

    def dependencies(self) -> None:
        """Parse `depends` / read `dependencies` of every task, reporting what they get wrong."""
        tasks, index, deps = self.tasks, self.index, self.deps
        using_depends = [i for i, task in enumerate(tasks) if isinstance(task, dict) and task.get("depends")]
        # Many tasks share one expression (fan-in): a valid one is resolved once. `last` is the position of
        # the last dependency: tasks listed after all their dependencies cannot form a cycle.
        resolved: dict[str, tuple[list[str], int]] = {}
        ordered = True
        for name, i in index.items():
            task = tasks[i]
            depends = task.get("depends")
            if depends:
                hit = resolved.get(depends) if type(depends) is str else None
                if hit is None:
                    found, valid = self._depends(depends, i, name)
                    hit = found, max(map(index.__getitem__, found), default=-1)
                    if valid:
                        resolved[depends] = hit
                found, last = hit
            else:
                found, last = [], -1
            dependencies = task.get("dependencies")
            if dependencies:
                found = list(dict.fromkeys([*found, *self._dependencies(dependencies, i, name)]))
                last = max(map(index.__getitem__, found), default=-1)
            if dependencies or "0" <= name[0] <= "9" or (using_depends and "continueOn" in task):
                self._mixed(task, name, i, dependencies, using_depends)
            ordered = ordered and last < i
            deps[name] = found
        self.ordered = ordered

    def _mixed(
        self, task: dict[str, Any], name: str, i: int, dependencies: Any, using_depends: list[int]
    ) -> None:
        """Argo's rules for a DAG using depends or dependencies."""
        if using_depends and dependencies:
            users = [str(self.tasks[j].get("name", f"tasks[{j}]")) for j in using_depends]
            self.ctx.add(
                (*self.path, i, "dependencies"),
                f"task uses 'dependencies' while other tasks of this DAG ({names_list(users, 5)}) use "
                "'depends'; a DAG uses only one of them: write depends: \"A && B\" for dependencies: [A, B]",
                name,
            )
        if (using_depends or dependencies) and "0" <= name[0] <= "9":
            self.ctx.add(
                (*self.path, i, "name"),
                f"task name '{name}' starts with a digit, which Argo rejects in a DAG using depends or "
                "dependencies; start it with a letter",
                name,
            )
        if using_depends and task.get("continueOn") is not None:
            self.ctx.add(
                (*self.path, i, "continueOn"),
                "continueOn cannot be used in a DAG whose tasks use depends; instead let the dependent task "
                'accept the failure, e.g. depends: "A.Succeeded || A.Failed"',
                name,
            )

    def _depends(self, depends: Any, i: int, name: str) -> tuple[list[str], bool]:
        """The existing tasks a `depends` expression names, and whether the expression is valid."""
        where = (*self.path, i, "depends")
        if not isinstance(depends, str):
            self.ctx.add(where, 'depends must be a string such as "A && (B.Failed || C)"', name)
            return [], False
        parsed = parse_depends(depends)
        if parsed.error:
            self.ctx.add(where, f'depends "{depends}" is not a valid expression: {parsed.error}', name)
        tasks, results = parsed.tasks, parsed.results
        if all(map(self.index.__contains__, tasks)) and (
            results is None or _PLAIN_RESULTS.issuperset(results)
        ):
            return tasks, not parsed.error
        return self._operand_problems(tasks, results or [""] * len(tasks), where, name), False

    def _operand_problems(self, tasks: list[str], results: list[str], where: Path, name: str) -> list[str]:
        found: list[str] = []
        for task, result in zip(tasks, results, strict=True):
            target = self.index.get(task)
            if target is None:
                self.ctx.add(where, f"depends on {_unknown_task(task, self.index)}", name)
                continue
            found.append(task)
            if not result:
                continue
            if result not in RESULTS:
                self.ctx.add(
                    where,
                    f"'{task}.{result}' uses an unknown result{closest(result, RESULTS)}; results are {_RESULT_NAMES}",
                    name,
                )
            elif result in ITEM_RESULTS and not has_loop(self.tasks[target]):
                self.ctx.add(
                    where,
                    f"'{task}.{result}' applies only to a task with withItems, withParam or withSequence, "
                    f"and task '{task}' has none; use '{task}.Succeeded' or '{task}.Failed'",
                    name,
                )
        return found

    def _dependencies(self, dependencies: Any, i: int, name: str) -> list[str]:
        where = (*self.path, i, "dependencies")
        if not isinstance(dependencies, list) or not all(isinstance(dep, str) for dep in dependencies):
            self.ctx.add(where, "dependencies must be a list of task names", name)
            return []
        found: list[str] = []
        for k, dep in enumerate(dependencies):
            if dep in self.index:
                found.append(dep)
            else:
                self.ctx.add((*where, k), f"depends on {_unknown_task(dep, self.index)}", name)
        return found

    def cycles(self) -> None:
        """Report each dependency cycle once, at its first task."""
        if self.ordered:
            return
        for cycle in find_cycles(list(self.index), self.deps):
            first = cycle[0]
            self.ctx.add(
                (*self.path, self.index[first]),
                f"tasks depend on each other in a cycle: {' -> '.join(cycle)} "
                "(each task runs after the one before it); remove one of these dependencies",
                first,
            )

    def bodies(self, inline: InlineCheck) -> None:
        """Check what each task calls and how, and the references in its fields."""
        ctx = self.ctx
        for name, i in self.index.items():
            task = self.tasks[i]
            where = (*self.path, i)
            check_invocation(task, where, ctx, name, "task", inline)
            if task.keys() <= _NOT_SUBSTITUTED:
                continue
            for key, value in task.items():
                if key in _NOT_SUBSTITUTED:
                    continue
                tags: list[str] = []
                tags_in(value, tags)
                if tags:
                    ctx.judge(tags, value, (*where, key), self._local(name, key == "hooks"), name)

    def _local(self, name: str, in_hooks: bool) -> LocalCheck:
        def check(reference: Reference) -> str | None:
            if reference.kind == "steps":
                return "refers to a step, but this is a DAG template: use {{tasks.<name>...}}"
            other = reference.name
            if other not in self.index:
                return f"refers to task {_unknown_task(other, self.index)}"
            if other == name:
                if in_hooks:
                    return None
                return "refers to the task's own outputs, which only its hooks can use"
            if is_ancestor(other, name, self.deps):
                return None
            return (
                f"refers to task '{other}', which task '{name}' does not depend on; add '{other}' to its "
                "depends (a task sees only the outputs of the tasks it depends on, directly or indirectly)"
            )

        return check

    def targets(self, target: Any, where: Path) -> None:
        """Check that every name of `target` (space-separated) is a task."""
        if not isinstance(target, str) or "{{" in target:
            return
        for name in target.split():
            if name not in self.index:
                self.ctx.add(where, f"target names {_unknown_task(name, self.index)}")


def check_dag(dag: Any, path: Path, ctx: TemplateContext, inline: InlineCheck) -> dict[str, int]:
    """Check a template's `dag` (found at `path`); returns the index of each task by name."""
    if not isinstance(dag, dict):
        ctx.add(path, "dag must be a mapping with a list of tasks")
        return {}
    tasks = dag.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        ctx.add((*path, "tasks"), "a DAG needs at least one task under tasks")
        return {}
    state = _Dag(tasks, (*path, "tasks"), ctx)
    state.names()
    state.dependencies()
    state.cycles()
    state.bodies(inline)
    state.targets(dag.get("target"), (*path, "target"))
    for key, value in dag.items():
        if key not in ("tasks", "target"):
            ctx.check_tags(value, (*path, key), lambda ref: dag_reference_problem(ref, state.index))
    return state.index
