"""The stack of open `with` blocks (Workflow, DAG, Steps, Parallel), one per thread."""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["current", "current_workflow", "pop", "push"]


class _Stack(threading.local):
    def __init__(self) -> None:
        self.items: list[Any] = []


_STACK = _Stack()


def push(obj: Any) -> None:
    """Enter `obj`'s context."""
    _STACK.items.append(obj)


def pop(obj: Any) -> None:
    """Leave `obj`'s context (it must be the innermost one)."""
    items = _STACK.items
    if items and items[-1] is obj:
        items.pop()
    elif obj in items:  # an inner block raised before its own __exit__ ran; drop everything above obj too
        del items[items.index(obj) :]


def current() -> Any:
    """The innermost open context object, or None."""
    items = _STACK.items
    return items[-1] if items else None


def current_workflow() -> Any:
    """The innermost open workflow-like object (Workflow and its kinds), or None."""
    from hera.workflows.workflow import Workflow

    for obj in reversed(_STACK.items):
        if isinstance(obj, Workflow):
            return obj
    return None
