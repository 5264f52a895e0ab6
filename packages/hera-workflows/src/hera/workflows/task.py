"""`Task` (a node of a DAG), `TaskResult`, and dependency expressions built with `>>`, `|` and `&`.

`A >> B` makes B depend on A (`depends: A`); `A >> [B, C]` and `[A, B] >> C` fan out and in;
`A.next(B, on=TaskResult.failed)` writes `A.Failed`; `(A | B) >> C` writes `(A || B)` and `(A | B) & C`
gives `(A || B) && C`. Several dependencies of one task are joined with `&&`.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from hera.workflows import _context
from hera.workflows._node import NODE_SLOTS, Node
from hera.workflows.exceptions import DSLError, InvalidDispatchType, InvalidTemplateCall, where
from hera.workflows.operator import Operator

__all__ = ["DependsExpression", "Task", "TaskResult"]


class TaskResult(str, Enum):
    """The results a `depends` expression can test (`A.Succeeded`, `A.Failed`, ...)."""

    failed = "Failed"
    succeeded = "Succeeded"
    errored = "Errored"
    skipped = "Skipped"
    omitted = "Omitted"
    daemoned = "Daemoned"
    any_succeeded = "AnySucceeded"
    all_failed = "AllFailed"

    def __str__(self) -> str:
        return str(self.value)


_SET_AFTER = 24
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")


def depends_names(text: str) -> set[str]:
    """The task names a depends expression mentions (`"(A.Failed || B) && C"` -> {A, B, C})."""
    names = set()
    for token in re.split(r"[\s()&|!]+", text):
        if token:
            name = token.split(".", 1)[0]
            if _NAME.fullmatch(name):
                names.add(name)
    return names


def _has_top_level_or(text: str) -> bool:
    if "||" not in text:
        return False
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0 and text[index : index + 2] == "||":
            return True
    return False


def _group(text: str) -> str:
    """`text` safe to join with `&&`: wrapped in parentheses when it has a top-level `||`."""
    return f"({text})" if _has_top_level_or(text) else text


class DependsExpression(str):
    """A `depends` expression made with `|` and `&` from tasks; a `str`, so `depends=A | B` works.

    `A | B` is `(A || B)` (hera 7 writes it so); `A & B` is `A && B`; mixing them adds parentheses
    where needed: `(A | B) & C` is `(A || B) && C`, `(A & B) | C` is `((A && B) || C)`.
    `expr >> task` makes the task depend on the expression. `task.succeeded`, `task.failed`, ... are the
    single conditions `A.Succeeded`, `A.Failed`, ...: `A & (C.succeeded | C.failed)` is
    `A && (C.Succeeded || C.Failed)`.
    """

    _op: str
    _parts: tuple[str, ...]

    def __new__(cls, op: str, parts: tuple[str, ...]) -> DependsExpression:
        if not op:  # one task's result, such as `A.Succeeded` (`task.succeeded`)
            text = parts[0]
        elif op == "||":
            text = "(" + " || ".join(p if not _is_and(p) else f"({p})" for p in parts) + ")"
        else:
            text = " && ".join(_group(p) for p in parts)
        obj = super().__new__(cls, text)
        obj._op = op
        obj._parts = parts
        return obj

    def _combine(self, op: str, other: Any, reverse: bool = False) -> DependsExpression:
        return _combine(op, other, self) if reverse else _combine(op, self, other)

    def __or__(self, other: Any) -> DependsExpression:
        return self._combine("||", other)

    def __ror__(self, other: Any) -> DependsExpression:
        return self._combine("||", other, reverse=True)

    def __and__(self, other: Any) -> DependsExpression:
        return self._combine("&&", other)

    def __rand__(self, other: Any) -> DependsExpression:
        return self._combine("&&", other, reverse=True)

    def __rshift__(self, other: Any) -> Any:
        if isinstance(other, Task):
            other._add_depends(str(self), None)
            return other
        if isinstance(other, list):
            for item in other:
                self >> item
            return other
        raise InvalidDispatchType(f"cannot use `>>` from a depends expression to a {type(other).__name__}")


def _is_and(part: str) -> bool:
    return isinstance(part, DependsExpression) and part._op == "&&"


def _operand(value: Any, op: str) -> tuple[str, ...]:
    if isinstance(value, DependsExpression):
        return value._parts if value._op == op else (value,)
    if isinstance(value, Task):
        return (value.name,)
    if isinstance(value, str):
        return (value,)
    raise InvalidDispatchType(
        f"cannot combine a {type(value).__name__} into a depends expression; use tasks, expressions or strings"
    )


def _combine(op: str, left: Any, right: Any) -> DependsExpression:
    return DependsExpression(op, (*_operand(left, op), *_operand(right, op)))


class Task(Node):
    """A node of a DAG: runs `template` (a template object, its name, `template_ref=` or `inline=`).

    Keyword arguments mirror Argo's DAGTask in snake_case: `arguments` (dict or list), `depends`,
    `dependencies`, `when`, `with_items`, `with_param`, `with_sequence`, `continue_on`, `on_exit`,
    `hooks`, `template_ref`, `inline`. Created inside `with DAG(...)`, it adds itself to that DAG.
    """

    __slots__ = (*NODE_SLOTS, "_dep_names", "_dep_text", "dependencies", "depends")
    _prefix = "tasks"
    _kind = "task"

    _dep_names: Any
    _dep_text: Any

    def __init__(
        self,
        *,
        name: str,
        template: Any = None,
        template_ref: Any = None,
        inline: Any = None,
        arguments: Any = None,
        depends: Any = None,
        dependencies: list[str] | None = None,
        when: Any = None,
        with_items: Any = None,
        with_param: Any = None,
        with_sequence: Any = None,
        continue_on: Any = None,
        on_exit: Any = None,
        hooks: Any = None,
    ) -> None:
        self._clear()
        self.name = name
        self.template = template
        self.template_ref = template_ref
        self.inline = inline
        self.arguments = arguments
        self.depends = depends
        self.dependencies = dependencies
        self.when = when
        self.with_items = with_items
        self.with_param = with_param
        self.with_sequence = with_sequence
        self.continue_on = continue_on
        self.on_exit = on_exit
        self.hooks = hooks
        self._apply_class_defaults()
        ctx = _context.current()
        if ctx is not None:
            add = getattr(ctx, "_add_task", None)
            if add is None:
                raise InvalidTemplateCall(
                    f"{where(_context.current_workflow(), None, self)}: a Task belongs in a DAG; create it "
                    f"inside `with DAG(...)` (here the innermost context is a {type(ctx).__name__})"
                )
            add(self)

    # -- dependencies -------------------------------------------------------------------------------

    def _known_dependencies(self) -> Any:
        """The names in `depends` (a list while short, a set when long: tasks are many, fan-in is small)."""
        names = self._dep_names
        if names is None or self._dep_text is not self.depends:
            found = depends_names(str(self.depends)) if self.depends else ()
            names = set(found) if len(found) > _SET_AFTER else list(found)
            self._dep_names = names
            self._dep_text = self.depends
        return names

    def _add_depends(self, text: str, name: str | None, operator: str = "&&") -> None:
        names = self._known_dependencies()
        current = self.depends
        if not current:
            self.depends = text
        elif operator == "&&":
            self.depends = f"{_group(str(current))} && {_group(text)}"
        else:
            self.depends = f"{current} {operator} {text}"
        self._dep_text = self.depends
        added = (name,) if name is not None else depends_names(text)
        if isinstance(names, list):
            names.extend(n for n in added if n not in names)
            if len(names) > _SET_AFTER:
                self._dep_names = set(names)
        else:
            names.update(added)

    def next(self, other: Task, operator: Operator | str = "&&", on: TaskResult | str | None = None) -> Task:
        """Make `other` depend on this task (on `on`, e.g. `TaskResult.failed`, when given); returns `other`."""
        if not isinstance(other, Task):
            raise InvalidDispatchType(
                f"{self._where()}: `next`/`>>` needs a Task on the right, got {type(other).__name__}"
            )
        name = self.name
        known = other._dep_names
        if known is None or other._dep_text is not other.depends:
            known = other._known_dependencies()
        if name in known:
            raise DSLError(
                f"{other._where()}: task {name!r} is already a dependency of task {other.name!r} "
                f"(depends: {other.depends!r})"
            )
        condition = name if on is None else f"{name}.{on.value if isinstance(on, Enum) else on}"
        other._add_depends(condition, name, operator if type(operator) is str else str(operator))
        return other

    def __rshift__(self, other: Any) -> Any:
        if isinstance(other, Task):
            return self.next(other)
        if isinstance(other, list):
            for item in other:
                self.next(item)
            return other
        raise InvalidDispatchType(
            f"{self._where()}: cannot use `>>` with a {type(other).__name__}; use a Task or a list of Tasks"
        )

    def __rrshift__(self, other: Any) -> Task:
        if isinstance(other, list):
            for item in other:
                if not isinstance(item, Task):
                    raise InvalidDispatchType(
                        f"{self._where()}: `[...] >> task` needs a list of Tasks, found a {type(item).__name__}"
                    )
                item.next(self)
            return self
        raise InvalidDispatchType(
            f"{self._where()}: cannot use `>>` from a {type(other).__name__}; use a Task or a list of Tasks"
        )

    def __or__(self, other: Any) -> DependsExpression:
        return _combine("||", self, other)

    def __ror__(self, other: Any) -> DependsExpression:
        return _combine("||", other, self)

    def __and__(self, other: Any) -> DependsExpression:
        return _combine("&&", self, other)

    def __rand__(self, other: Any) -> DependsExpression:
        return _combine("&&", other, self)

    def _on(self, result: TaskResult) -> DependsExpression:
        return DependsExpression("", (f"{self.name}.{result.value}",))

    @property
    def succeeded(self) -> DependsExpression:
        """The condition `<this>.Succeeded`, to combine with `|` / `&` (`A.succeeded | A.skipped`)."""
        return self._on(TaskResult.succeeded)

    @property
    def failed(self) -> DependsExpression:
        """The condition `<this>.Failed`."""
        return self._on(TaskResult.failed)

    @property
    def errored(self) -> DependsExpression:
        """The condition `<this>.Errored`."""
        return self._on(TaskResult.errored)

    @property
    def skipped(self) -> DependsExpression:
        """The condition `<this>.Skipped`."""
        return self._on(TaskResult.skipped)

    @property
    def omitted(self) -> DependsExpression:
        """The condition `<this>.Omitted`."""
        return self._on(TaskResult.omitted)

    @property
    def daemoned(self) -> DependsExpression:
        """The condition `<this>.Daemoned`."""
        return self._on(TaskResult.daemoned)

    @property
    def any_succeeded(self) -> DependsExpression:
        """The condition `<this>.AnySucceeded` (a looped task)."""
        self._loop_check("any_succeeded")
        return self._on(TaskResult.any_succeeded)

    @property
    def all_failed(self) -> DependsExpression:
        """The condition `<this>.AllFailed` (a looped task)."""
        self._loop_check("all_failed")
        return self._on(TaskResult.all_failed)

    def on_success(self, other: Task) -> Task:
        """`other` runs when this task succeeded (`depends: <this>.Succeeded`)."""
        return self.next(other, on=TaskResult.succeeded)

    def on_failure(self, other: Task) -> Task:
        """`other` runs when this task failed (`<this>.Failed`)."""
        return self.next(other, on=TaskResult.failed)

    def on_error(self, other: Task) -> Task:
        """`other` runs when this task errored (`<this>.Errored`)."""
        return self.next(other, on=TaskResult.errored)

    def _loop_check(self, method: str) -> None:
        if self.with_param is None and self.with_sequence is None and self.with_items is None:
            raise DSLError(
                f"{self._where()}: `{method}` needs a looped task (with_items, with_param or with_sequence)"
            )

    def when_any_succeeded(self, other: Task) -> Task:
        """`other` runs when any iteration of this looped task succeeded (`<this>.AnySucceeded`)."""
        self._loop_check("when_any_succeeded")
        return self.next(other, on=TaskResult.any_succeeded)

    def when_all_failed(self, other: Task) -> Task:
        """`other` runs when all iterations of this looped task failed (`<this>.AllFailed`)."""
        self._loop_check("when_all_failed")
        return self.next(other, on=TaskResult.all_failed)

    def on_other_result(self, other: Task, value: str, operator: Operator | str = Operator.equals) -> Task:
        """This task depends on `other` and runs when `other`'s result compares to `value` (hera 7's rule)."""
        other.next(self)
        condition = f"{other.result} {operator} {value}"
        self.when = f"{self.when} && {condition}" if self.when else condition
        return self

    def on_workflow_status(self, status: Any, op: Operator | str = Operator.equals) -> Task:
        """This task runs when `{{workflow.status}}` compares to `status` (e.g. in an exit handler)."""
        value = status.value if isinstance(status, Enum) else status
        condition = f"{{{{workflow.status}}}} {op} {value}"
        self.when = f"{self.when} && {condition}" if self.when else condition
        return self

    # -- building -----------------------------------------------------------------------------------

    def _dump(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.depends is not None:
            out["depends"] = str(self.depends)
        self._dump_common(out)
        if self.dependencies is not None:
            out["dependencies"] = list(self.dependencies)
        self._dump_tail(out)
        order = self._key_order
        if order:
            from hera.workflows._template import reorder

            return reorder(out, order)
        return out
