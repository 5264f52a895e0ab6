"""`DAG`: a template whose tasks run as their dependencies allow."""

from __future__ import annotations

from typing import Any

from hera.workflows import _context
from hera.workflows._fields import DAG_TEMPLATE
from hera.workflows._node import call_kwargs
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase, reorder
from hera.workflows.exceptions import InvalidType, NodeNameConflict, where
from hera.workflows.task import Task

__all__ = ["DAG"]


class DAG(TemplateBase):
    """`with DAG(name="main"):` then call templates (or create `Task`s); they become this DAG's tasks.

    `fail_fast` sets both the template's and the DAG's `failFast` (as hera 7 does); `template_fail_fast`
    and `dag_fail_fast` set one of them. `target` is the DAG's target: a string (task names separated by
    spaces, or a parameter reference), a Task, or a list of Tasks and names. `tasks=[...]` adds tasks made
    elsewhere. Closing the block adds the DAG and the templates its tasks use to the workflow.
    """

    _BODY_KEY = "dag"
    _EXTRA = ("tasks", "target", "dag_fail_fast", "template_fail_fast")

    tasks: list[Any]

    def _post_init(self) -> None:
        self.tasks = list(self.tasks or [])
        self._workflow: Any = _context.current_workflow()
        self._names: dict[str, Task] = {}
        for task in self.tasks:
            if isinstance(task, Task):
                task._parent = self

    def _init_loaded(self) -> None:
        self.tasks = []
        self._workflow = None
        self._names = {}

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import expect_dict, expect_list, load_node
        from hera.workflows.exceptions import ManifestLoadError

        body = expect_dict(data, path)
        for key, value in body.items():
            if key == "failFast":
                self.dag_fail_fast = value
            elif key == "target":
                self.target = value
            elif key == "tasks":
                for index, entry in enumerate(expect_list(value, (*path, key))):
                    task = load_node(Task, entry, (*path, key, index))
                    task._parent = self
                    self.tasks.append(task)
            else:
                raise ManifestLoadError(
                    f"unknown field {key!r}; valid fields: {', '.join(DAG_TEMPLATE)}", (*path, key)
                )
        self._body_order = tuple(body)

    def __enter__(self) -> DAG:
        self._workflow = _context.current_workflow()
        _context.push(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _context.pop(self)
        if exc_type is None and self._workflow is not None:
            self._workflow._add_template(self)
            for template in self._referenced_templates():
                self._workflow._add_template(template)

    def _add_task(self, task: Task) -> None:
        known = self._names.get(task.name)
        if known is not None and known is not task:
            raise NodeNameConflict(
                f"{where(self._workflow, self)}: a task named {task.name!r} already exists in this DAG; "
                "give each task a unique name="
            )
        self._names[task.name] = task
        task._parent = self
        self.tasks.append(task)

    def _call_template(self, template: Any, kwargs: dict[str, Any]) -> Task:
        return Task(template=template, **call_kwargs(template, kwargs, self, "task"))

    def _referenced_templates(self) -> list[Any]:
        found = []
        for task in self.tasks:
            if isinstance(task, Task):
                found.extend(task._referenced_templates())
        return found

    def _target_text(self) -> Any:
        """`target` as Argo wants it: task names separated by spaces (a Task stands for its name)."""
        target = self.target
        if isinstance(target, str):
            return target
        items = target if isinstance(target, (list, tuple)) else [target]
        names = []
        for item in items:
            if isinstance(item, Task):
                names.append(item.name)
            elif isinstance(item, str):
                names.append(item)
            else:
                raise InvalidType(
                    f"{where(self._workflow, self)}: target holds a {type(item).__name__} ({item!r}); use task "
                    "names, Tasks, a list of them, or a string such as '{{workflow.parameters.target}}'"
                )
        return " ".join(names)

    def _template_field(self, attr: str) -> Any:
        if attr == "fail_fast" and self.template_fail_fast is not None:
            return self.template_fail_fast
        return getattr(self, attr)

    def _build_body(self) -> Any:
        body: dict[str, Any] = {}
        fail_fast = self.dag_fail_fast if self.dag_fail_fast is not None else self.fail_fast
        if fail_fast is not None:
            body["failFast"] = fail_fast
        if self.target is not None:
            body["target"] = self._target_text()
        body["tasks"] = [task._dump() if isinstance(task, Task) else plain(task) for task in self.tasks]
        return reorder(body, self._body_order)
