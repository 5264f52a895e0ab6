"""Dependency graphs of DAG tasks: cycles and ancestry, in time linear in the number of edges."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

__all__ = ["find_cycles", "is_ancestor"]


def find_cycles(order: Sequence[str], deps: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Node-disjoint dependency cycles, each as `[A, B, ..., A]`; empty when the graph is acyclic.

    `order` lists the tasks; `deps[t]` the (existing) tasks `t` depends on. A cycle is given in execution
    order (`[A, B, C, A]`: B depends on A, C on B, A on C), starting at its task that comes first in `order`.
    """
    # Depth-first search along dependencies without recursion: 1 = on the current path, 2 = done.
    # Reaching a task that is on the path closes a cycle.
    state = dict.fromkeys(order, 0)
    cycles: list[list[str]] = []
    reported: set[str] = set()
    for start in order:
        if state[start]:
            continue
        state[start] = 1
        path = [start]
        stack = [iter(deps.get(start, ()))]
        while stack:
            for dep in stack[-1]:
                seen = state[dep]
                if seen == 0:
                    state[dep] = 1
                    path.append(dep)
                    stack.append(iter(deps.get(dep, ())))
                    break
                if seen == 1:
                    cycle = path[path.index(dep) :]
                    if reported.isdisjoint(cycle):
                        reported.update(cycle)
                        cycles.append(cycle)
            else:
                state[path.pop()] = 2
                stack.pop()
    if not cycles:
        return []
    index = {name: i for i, name in enumerate(order)}
    readable: list[list[str]] = []
    for cycle in cycles:
        cycle.reverse()
        first = min(range(len(cycle)), key=lambda i: index[cycle[i]])
        cycle = cycle[first:] + cycle[:first]
        readable.append([*cycle, cycle[0]])
    return readable


def is_ancestor(candidate: str, task: str, deps: Mapping[str, Sequence[str]]) -> bool:
    """True when `task` depends on `candidate`, directly or through other tasks."""
    direct = deps.get(task, ())
    if candidate in direct:
        return True
    seen = set(direct)
    queue = deque(direct)
    while queue:
        for dep in deps.get(queue.popleft(), ()):
            if dep == candidate:
                return True
            if dep not in seen:
                seen.add(dep)
                queue.append(dep)
    return False
