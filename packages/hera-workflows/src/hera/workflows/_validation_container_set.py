"""Checks of a container set template: container names, their dependencies, and dependency cycles."""

from __future__ import annotations

from typing import Any

from hera.workflows._validation_context import Path, TemplateContext
from hera.workflows._validation_graph import find_cycles
from hera.workflows._validation_names import closest, names_list

__all__ = ["check_container_set"]


def check_container_set(body: Any, path: Path, ctx: TemplateContext) -> None:
    """Every container has a unique name; `dependencies` name other containers of the set; no cycles."""
    if not isinstance(body, dict):
        return
    containers = body.get("containers")
    if not isinstance(containers, list) or not containers:
        ctx.add(
            (*path, "containers"),
            f"{ctx.title} is a container set without containers; add at least one "
            "(ContainerNode(name=..., image=...))",
        )
        return
    index: dict[str, int] = {}
    for position, container in enumerate(containers):
        name = container.get("name") if isinstance(container, dict) else None
        if not isinstance(name, str) or not name:
            ctx.add((*path, "containers", position), "every container of a container set needs a name")
        elif name in index:
            ctx.add(
                (*path, "containers", position, "name"),
                f"two containers are named '{name}' (entries {index[name]} and {position}); give each a unique name",
            )
        else:
            index[name] = position
    deps: dict[str, list[str]] = {}
    for name, position in index.items():
        container = containers[position]
        listed = container.get("dependencies")
        if listed is None:
            continue
        where = (*path, "containers", position, "dependencies")
        if not isinstance(listed, list):
            ctx.add(where, f"container '{name}': dependencies must be a list of container names")
            continue
        known: list[str] = []
        for offset, dep in enumerate(listed):
            if not isinstance(dep, str):
                ctx.add(
                    (*where, offset),
                    f"container '{name}': dependencies must be container names (strings), got {dep!r}",
                )
            elif dep == name:
                ctx.add(
                    (*where, offset), f"container '{name}' depends on itself; remove it from its dependencies"
                )
            elif dep not in index:
                ctx.add(
                    (*where, offset),
                    f"container '{name}' depends on '{dep}', which is not a container of this set"
                    f"{closest(str(dep), index)}; containers: {names_list(list(index))}",
                )
            else:
                known.append(dep)
        deps[name] = known
    for cycle in find_cycles(list(index), deps):
        ctx.add(
            (*path, "containers", index[cycle[0]], "dependencies"),
            f"containers depend on each other in a cycle: {' -> '.join(cycle)}; remove one of these dependencies",
        )
