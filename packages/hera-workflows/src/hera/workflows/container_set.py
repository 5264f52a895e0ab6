"""`ContainerSet`: a template running several containers in one pod; `ContainerNode`: one of them.

Inside `with ContainerSet(name=...):` each `ContainerNode(...)` created joins the set; `a >> b` makes `b`
start after `a` (`dependencies: [a]`), `a >> [b, c]` and `[b, c] >> d` fan out and in.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.shared import global_config
from hera.workflows import _context
from hera.workflows._container_value import ContainerValue, container_keys, load_containers
from hera.workflows._fields import CONTAINER_SET, field_map
from hera.workflows._template import TemplateBase
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import (
    DSLError,
    InvalidDispatchType,
    InvalidTemplateCall,
    NodeNameConflict,
    where,
)

__all__ = ["ContainerNode", "ContainerSet", "ContainerSetRetryStrategy"]


@dataclasses.dataclass(kw_only=True)
class ContainerSetRetryStrategy(ValueObject):
    """How a container set retries a failed container: `ContainerSetRetryStrategy(retries=3, duration="5s")`.

    `retries` is the number of retries (an int, or a string such as `"{{inputs.parameters.n}}"`);
    `duration` the wait between retries as a Go duration (`"300ms"`, `"1s"`, `"5m"`), or a number of
    seconds. This is the set's own retry of containers; the template's `retry_strategy` retries the pod.
    """

    retries: int | str
    duration: str | int | float | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        retries = self.retries
        if (
            isinstance(retries, bool)
            or not isinstance(retries, (int, str))
            or (isinstance(retries, int) and retries < 0)
        ):
            raise DSLError(
                f"ContainerSetRetryStrategy: retries must be a non-negative int or a string, got {retries!r}"
            )
        duration = self.duration
        if duration is not None and (
            isinstance(duration, bool) or not isinstance(duration, (str, int, float))
        ):
            raise DSLError(
                f"ContainerSetRetryStrategy: duration must be a Go duration string such as '10s' or a number "
                f"of seconds, got {duration!r}"
            )

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.duration is not None:
            duration = self.duration
            out["duration"] = duration if isinstance(duration, str) else f"{duration:g}s"
        out["retries"] = self.retries
        return out


@dataclasses.dataclass(kw_only=True, repr=False)
class ContainerNode(ContainerValue):
    """One container of a `ContainerSet`: `ContainerNode(name="a", image="alpine", command=["sh", "-c"])`.

    Every field of a Kubernetes container is a keyword argument, plus `dependencies` (the names of the
    containers of the set that must finish first). `image` defaults to `global_config.image`. Created
    inside `with ContainerSet(...)`, the node joins that set; `a >> b` adds `a` to `b`'s dependencies.
    """

    _KEYS: ClassVar[tuple[str, ...]] = container_keys("dependencies")
    _KIND: ClassVar[str] = "container of a container set"

    dependencies: list[str] | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.image is None:
            self.image = global_config.image
        if isinstance(self.dependencies, str):
            raise DSLError(
                f"ContainerNode {self.name!r}: dependencies must be a list of container names, got the string "
                f"{self.dependencies!r}; write dependencies=[{self.dependencies!r}]"
            )
        add = getattr(_context.current(), "_add_container", None)
        if add is not None:
            add(self)

    def _depend_on(self, other: Any) -> None:
        if not isinstance(other, ContainerNode):
            raise InvalidDispatchType(
                f"container {self.name!r}: `>>` joins ContainerNodes (or lists of them), not a "
                f"{type(other).__name__} ({other!r})"
            )
        if other.name == self.name:
            raise DSLError(f"container {self.name!r}: a container cannot depend on itself")
        dependencies = list(self.dependencies or [])
        if other.name not in dependencies:
            dependencies.append(other.name)
        self.dependencies = sorted(dependencies)

    def __rshift__(self, other: Any) -> Any:
        """`a >> b`: b starts after a. Returns `other`, so `a >> b >> c` chains."""
        if isinstance(other, list):
            for node in other:
                _as_node(node, self)._depend_on(self)
            return other
        _as_node(other, self)._depend_on(self)
        return other

    def __rrshift__(self, other: Any) -> ContainerNode:
        """`[a, b] >> c`: c starts after a and b."""
        if not isinstance(other, list):
            raise InvalidDispatchType(
                f"container {self.name!r}: cannot use `>>` from a {type(other).__name__}; use a ContainerNode "
                "or a list of them"
            )
        for node in other:
            self._depend_on(node)
        return self


def _as_node(value: Any, source: ContainerNode) -> ContainerNode:
    if not isinstance(value, ContainerNode):
        raise InvalidDispatchType(
            f"container {source.name!r}: `>>` joins ContainerNodes (or lists of them), not a "
            f"{type(value).__name__} ({value!r})"
        )
    return value


class ContainerSet(TemplateBase):
    """`with ContainerSet(name="main"):` then create `ContainerNode`s; they run in one pod.

    `containers=[...]` takes `ContainerNode`s (or their models, or dicts) made elsewhere;
    `volume_mounts` the mounts shared by every container; `container_set_retry_strategy` (or a
    `ContainerSetRetryStrategy` given as `retry_strategy`) how failed containers are retried inside the
    pod. Any other `retry_strategy` is the template's own, retrying the whole pod.
    """

    _BODY_KEY = "containerSet"
    _BODY_FIELDS = field_map(CONTAINER_SET, rename={"retryStrategy": "container_set_retry_strategy"})

    containers: list[Any]
    retry_strategy: Any = None
    container_set_retry_strategy: Any = None

    def _post_init(self) -> None:
        self.containers = list(self.containers or [])
        if isinstance(self.retry_strategy, ContainerSetRetryStrategy):
            if self.container_set_retry_strategy is not None:
                raise DSLError(
                    f"ContainerSet {self.name!r}: retry_strategy is a ContainerSetRetryStrategy and "
                    "container_set_retry_strategy is set too; give the set's retry strategy once"
                )
            self.container_set_retry_strategy = self.retry_strategy
            self.retry_strategy = None
        self._workflow: Any = _context.current_workflow()
        names = [node.name for node in self.containers if isinstance(node, ContainerNode)]
        duplicate = next((name for name in names if names.count(name) > 1), None)
        if duplicate is not None:
            raise NodeNameConflict(
                f"{where(self._workflow, self)}: two containers are named {duplicate!r}; give each container "
                "a unique name="
            )

    def _init_loaded(self) -> None:
        self.containers = []
        self._workflow = None

    def _load_body(self, data: Any, path: tuple[Any, ...]) -> None:
        from hera.workflows._loading import _unknown, expect_dict

        body = expect_dict(data, path)
        attrs = {key: attr for attr, key in self._BODY_FIELDS}
        for key, value in body.items():
            attr = attrs.get(key)
            if attr is None:
                raise _unknown(key, attrs, path)
            if key == "containers":
                value = load_containers(ContainerNode, value, (*path, key))
            setattr(self, attr, value)
        self._body_order = tuple(body)

    def __enter__(self) -> ContainerSet:
        self._workflow = _context.current_workflow()
        _context.push(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _context.pop(self)
        if exc_type is None and self._workflow is not None and self.name is not None:
            self._workflow._add_template(self)

    def _add_container(self, node: ContainerNode) -> None:
        for existing in self.containers:
            if existing is node:
                return
            if getattr(existing, "name", None) == node.name:
                raise NodeNameConflict(
                    f"{where(self._workflow, self)}: a container named {node.name!r} already exists in this "
                    "container set; give each container a unique name="
                )
        self.containers.append(node)

    def _call_template(self, template: Any, kwargs: dict[str, Any]) -> Any:
        raise InvalidTemplateCall(
            f"{where(self._workflow, self)}: template {getattr(template, 'name', None)!r} was called inside a "
            "container set; a container set holds ContainerNodes only (call templates inside a DAG or Steps)"
        )

    def get_container(self, name: str) -> ContainerNode:
        """The container of this set named `name`."""
        for node in self.containers:
            if isinstance(node, ContainerNode) and node.name == name:
                return node
        known = [
            node.get("name") if isinstance(node, dict) else getattr(node, "name", None)
            for node in self.containers
        ]
        raise DSLError(
            f"{where(self._workflow, self)}: no container named {name!r}; containers: "
            f"{', '.join(repr(n) for n in known if n) or 'none'}"
        )
