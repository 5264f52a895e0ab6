"""`Steps` (a template running groups of steps in sequence), `Step` and `Parallel` (one group)."""

from __future__ import annotations

from typing import Any

from hera.workflows import _context
from hera.workflows._node import NODE_SLOTS, Node, call_kwargs
from hera.workflows._serialize import plain
from hera.workflows._template import TemplateBase
from hera.workflows.exceptions import InvalidTemplateCall, NodeNameConflict, where

__all__ = ["Parallel", "Step", "Steps"]


class Step(Node):
    """One step: runs `template` (object or name), `template_ref=` or `inline=`.

    Keyword arguments mirror Argo's WorkflowStep in snake_case: `arguments`, `when`, `with_items`,
    `with_param`, `with_sequence`, `continue_on`, `on_exit`, `hooks`, `template_ref`, `inline`.
    Created inside `with Steps(...)` it is a group of its own; inside `Parallel()` it joins that group.
    """

    __slots__ = NODE_SLOTS
    _prefix = "steps"
    _kind = "step"

    def __init__(
        self,
        *,
        name: str,
        template: Any = None,
        template_ref: Any = None,
        inline: Any = None,
        arguments: Any = None,
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
            add = getattr(ctx, "_add_step", None)
            if add is None:
                raise InvalidTemplateCall(
                    f"{where(_context.current_workflow(), None, self, 'step')}: a Step belongs in Steps; create "
                    f"it inside `with Steps(...)` or `Parallel()` (here the innermost context is a "
                    f"{type(ctx).__name__})"
                )
            add(self)

    def _dump(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        self._dump_common(out)
        self._dump_tail(out)
        if self._key_order:
            from hera.workflows._template import reorder

            return reorder(out, self._key_order)
        return out


class Parallel:
    """A group of steps that run at the same time: `with Parallel():` (or `with steps.parallel():`)."""

    def __init__(self, sub_steps: list[Any] | None = None) -> None:
        self.sub_steps: list[Any] = list(sub_steps or [])
        self._parent: Steps | None = None
        ctx = _context.current()
        if ctx is not None:
            add = getattr(ctx, "_add_group", None)
            if add is None:
                raise InvalidTemplateCall(
                    f"{where(_context.current_workflow())}: Parallel() belongs in Steps; use it inside "
                    f"`with Steps(...)` (here the innermost context is a {type(ctx).__name__})"
                )
            add(self)

    @property
    def _workflow(self) -> Any:
        return self._parent._workflow if self._parent is not None else _context.current_workflow()

    @property
    def name(self) -> str | None:
        return self._parent.name if self._parent is not None else None

    def __enter__(self) -> Parallel:
        _context.push(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _context.pop(self)

    def _add_step(self, step: Step) -> None:
        if self._parent is not None:
            self._parent._check_name(step)
        step._parent = self._parent
        self.sub_steps.append(step)

    def _call_template(self, template: Any, kwargs: dict[str, Any]) -> Step:
        return Step(template=template, **call_kwargs(template, kwargs, self._parent or self, "step"))

    def _dump(self) -> list[Any]:
        return [step._dump() if isinstance(step, Step) else plain(step) for step in self.sub_steps]

    def __repr__(self) -> str:
        return f"Parallel({self.sub_steps!r})"


class Steps(TemplateBase):
    """`with Steps(name="main"):` then call templates (or create `Step`s): each call is a group of its own;
    `with Parallel():` (or `with <steps>.parallel():`) groups steps that run at the same time.

    `steps=[...]` takes `Step`s, `Parallel`s and lists of steps made elsewhere. Closing the block adds the
    template and the templates its steps use to the workflow.
    """

    _BODY_KEY = "steps"
    _EXTRA = ("steps",)

    steps: list[Any]

    def _post_init(self) -> None:
        self.steps = list(self.steps or [])
        self._workflow: Any = _context.current_workflow()
        self._names: dict[str, Step] = {}
        for item in self.steps:
            if isinstance(item, Parallel):
                item._parent = self

    def _init_loaded(self) -> None:
        self.steps = []
        self._workflow = None
        self._names = {}

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import expect_list, load_node

        for index, group in enumerate(expect_list(data, path)):
            entries = expect_list(group, (*path, index))
            steps = [load_node(Step, entry, (*path, index, i)) for i, entry in enumerate(entries)]
            for step in steps:
                step._parent = self
            if len(steps) == 1:
                self.steps.append(steps[0])
            else:
                parallel = Parallel.__new__(Parallel)
                parallel.sub_steps = steps
                parallel._parent = self
                self.steps.append(parallel)

    def __enter__(self) -> Steps:
        self._workflow = _context.current_workflow()
        _context.push(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _context.pop(self)
        if exc_type is None and self._workflow is not None:
            self._workflow._add_template(self)
            for template in self._referenced_templates():
                self._workflow._add_template(template)

    def parallel(self) -> Parallel:
        """A new group of parallel steps, added to these steps: `with steps.parallel(): ...`."""
        group = Parallel.__new__(Parallel)
        group.sub_steps = []
        group._parent = None
        self._add_group(group)
        return group

    def _check_name(self, step: Step) -> None:
        known = self._names.get(step.name)
        if known is not None and known is not step:
            raise NodeNameConflict(
                f"{where(self._workflow, self)}: a step named {step.name!r} already exists in these steps; "
                "give each step a unique name="
            )
        self._names[step.name] = step

    def _add_step(self, step: Step) -> None:
        self._check_name(step)
        step._parent = self
        self.steps.append(step)

    def _add_group(self, group: Parallel) -> None:
        group._parent = self
        self.steps.append(group)

    def _call_template(self, template: Any, kwargs: dict[str, Any]) -> Step:
        return Step(template=template, **call_kwargs(template, kwargs, self, "step"))

    def _nodes(self) -> list[Step]:
        nodes = []
        for item in self.steps:
            if isinstance(item, Step):
                nodes.append(item)
            elif isinstance(item, Parallel):
                nodes.extend(s for s in item.sub_steps if isinstance(s, Step))
            elif isinstance(item, list):
                nodes.extend(s for s in item if isinstance(s, Step))
        return nodes

    def _referenced_templates(self) -> list[Any]:
        found = []
        for step in self._nodes():
            found.extend(step._referenced_templates())
        return found

    def _build_body(self) -> Any:
        groups = []
        for item in self.steps:
            if isinstance(item, Step):
                groups.append([item._dump()])
            elif isinstance(item, Parallel):
                groups.append(item._dump())
            elif isinstance(item, list):
                groups.append([s._dump() if isinstance(s, Step) else plain(s) for s in item])
            else:
                groups.append([plain(item)])
        return groups
