"""Locks a workflow or a template holds while it runs: `Mutex`, `Semaphore` and `Synchronization`.

`synchronization=` of a workflow or template takes a `Mutex`, a `Semaphore`, a list mixing them, a
`Synchronization`, the generated `models.Synchronization` (or `models.Mutex` / `models.SemaphoreRef`) or a dict.
A mutex or semaphore is kept by the workflow controller (a ConfigMap holds a semaphore's limit) or, with
`database=True`, in the controller's database (Argo v3.7 and later), so several controllers can share it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._policy_checks import CHECKED, Problem, mapping_problem, raise_first, view
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject, load_exact
from hera.workflows.exceptions import InvalidType

__all__ = [
    "Mutex",
    "Semaphore",
    "Synchronization",
    "mutex_problems",
    "semaphore_problems",
    "synchronization_problems",
    "synchronization_value",
]


def _name_problem(value: Any, what: str) -> str | None:
    if isinstance(value, str) and value:
        return None
    return f"must be {what} (a non-empty string); got {value!r}"


def mutex_problems(data: Any) -> list[Problem]:
    """The problems of one entry of `synchronization.mutexes`; empty when it is valid."""
    problem = mapping_problem(data, "a mapping with the mutex's name")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    problem = _name_problem(data.get("name"), "the mutex's name")
    if problem:
        problems.append((("name",), problem))
    if data.get("database") is not None and not isinstance(data["database"], bool):
        problems.append((("database",), f"must be true or false; got {data['database']!r}"))
    return problems


def semaphore_problems(data: Any) -> list[Problem]:
    """The problems of one entry of `synchronization.semaphores`; empty when it is valid."""
    problem = mapping_problem(data, "a mapping with configMapKeyRef or database")
    if problem:
        return [((), problem)]
    sources = [key for key in ("configMapKeyRef", "database") if data.get(key) is not None]
    if len(sources) != 1:
        found = " and ".join(sources) if sources else "neither"
        return [
            (
                (),
                f"a semaphore takes its limit from a ConfigMap (configMapKeyRef: {{name, key}}) or from the "
                f"database (database: {{key}}), exactly one of them; it has {found}",
            )
        ]
    source = sources[0]
    ref = data[source]
    if ref is CHECKED:
        return []
    problem = mapping_problem(ref, "a mapping with a key")
    if problem:
        return [((source,), problem)]
    problems: list[Problem] = []
    if source == "configMapKeyRef":
        problem = _name_problem(ref.get("name"), "the name of the ConfigMap holding the limit")
        if problem:
            problems.append(((source, "name"), problem))
    problem = _name_problem(ref.get("key"), "the key holding the limit")
    if problem:
        problems.append(((source, "key"), problem))
    return problems


def synchronization_problems(data: Any) -> list[Problem]:
    """The problems of a `synchronization` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping {mutexes: [...], semaphores: [...]}")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    for old, new in (("mutex", "mutexes"), ("semaphore", "semaphores")):
        if old in data:
            problems.append(((old,), f"the single '{old}' field is gone in Argo v4; use '{new}', a list"))
    for key, check in (("mutexes", mutex_problems), ("semaphores", semaphore_problems)):
        entries = data.get(key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            problems.append(((key,), f"must be a list; got {entries!r}"))
            continue
        for index, entry in enumerate(entries):
            if entry is not CHECKED:
                problems.extend(((key, index, *path), message) for path, message in check(entry))
    return problems


@dataclasses.dataclass(kw_only=True)
class Mutex(ValueObject):
    """`Mutex(name="deploy")`: one holder at a time. `namespace` defaults to the workflow's;
    `database=True` keeps it in the controller's database (Argo v3.7 and later)."""

    name: str
    namespace: str | None = None
    database: bool = False
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        raise_first(f"Mutex(name={self.name!r})", mutex_problems(self._build()))

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.namespace is not None:
            data["namespace"] = self.namespace
        if self.database:
            data["database"] = True
        return _in_order(data, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Mutex holding one manifest entry of `mutexes` exactly (`database: false` is not: the class leaves
        it out), or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= {"name", "namespace", "database"}:
            return data
        return load_exact(cls, data, dict(data), _order=tuple(data))


@dataclasses.dataclass(kw_only=True)
class Semaphore(ValueObject):
    """A limited number of holders at a time, the limit read from `key`:

    - `Semaphore(config_map="my-config", key="workflow")`: in a ConfigMap (`optional` as Kubernetes has it);
    - `Semaphore(key="workflow", database=True)`: in the controller's database (Argo v3.7 and later).

    `namespace` is where the ConfigMap or database entry is (default: the workflow's).
    """

    key: str
    config_map: str | None = None
    database: bool = False
    namespace: str | None = None
    optional: bool | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)
    _ref_order: tuple[str, ...] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        label = f"Semaphore(key={self.key!r})"
        if self.database and (self.config_map is not None or self.optional is not None):
            given = "config_map" if self.config_map is not None else "optional"
            raise_first(
                label, [((given,), "is for a ConfigMap semaphore; a database semaphore takes only key")]
            )
        if not self.database and self.config_map is None:
            raise_first(
                label,
                [((), "needs config_map= (the ConfigMap holding the limit) or database=True")],
            )
        renamed = {"key": ("key",), "name": ("config_map",)}
        raise_first(
            label,
            [
                (renamed.get(str(path[-1]), path), message)
                for path, message in semaphore_problems(self._build())
            ],
        )

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.database:
            data["database"] = {"key": self.key}
        else:
            ref: dict[str, Any] = {"name": self.config_map, "key": self.key}
            if self.optional is not None:
                ref["optional"] = self.optional
            data["configMapKeyRef"] = _in_order(ref, self._ref_order)
        if self.namespace is not None:
            data["namespace"] = self.namespace
        return _in_order(data, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Semaphore holding one manifest entry of `semaphores` exactly (its limit in a ConfigMap or in the
        database), or the data itself when it does not fit."""
        if not isinstance(data, dict) or not data.keys() <= {"configMapKeyRef", "database", "namespace"}:
            return data
        fields: dict[str, Any] = {"namespace": data["namespace"]} if "namespace" in data else {}
        if "database" in data:
            ref = data["database"]
            if not isinstance(ref, dict) or ref.keys() != {"key"} or "configMapKeyRef" in data:
                return data
            fields.update(key=ref["key"], database=True)
            return load_exact(cls, data, fields, _order=tuple(data))
        ref = data.get("configMapKeyRef")
        if not isinstance(ref, dict) or not ref.keys() <= {"name", "key", "optional"}:
            return data
        fields.update(key=ref.get("key"), config_map=ref.get("name"))
        if "optional" in ref:
            fields["optional"] = ref["optional"]
        return load_exact(cls, data, fields, _order=tuple(data), _ref_order=tuple(ref))


@dataclasses.dataclass(kw_only=True)
class Synchronization(ValueObject):
    """`Synchronization(mutexes=[Mutex(...)], semaphores=[Semaphore(...)])`; a list given to
    `synchronization=` is sorted into the two the same way."""

    mutexes: list[Any] = dataclasses.field(default_factory=list)
    semaphores: list[Any] = dataclasses.field(default_factory=list)
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.mutexes = list(self.mutexes)
        self.semaphores = list(self.semaphores)
        raise_first("Synchronization", synchronization_problems(view(self._fields())))

    def _fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.mutexes:
            data["mutexes"] = self.mutexes
        if self.semaphores:
            data["semaphores"] = self.semaphores
        return data

    def _build(self) -> dict[str, Any]:
        return _in_order(plain(self._fields()), self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Synchronization holding a manifest's `synchronization` exactly, its entries `Mutex`es and
        `Semaphore`s where each fits (the others stay plain data), or the data itself when it does not fit
        (an empty list, the single `mutex`/`semaphore` fields of Argo before v3.6, ...)."""
        if not isinstance(data, dict) or not data.keys() <= {"mutexes", "semaphores"}:
            return data
        fields: dict[str, Any] = {}
        for key, entry in (("mutexes", Mutex), ("semaphores", Semaphore)):
            if key in data:
                if not isinstance(data[key], list):
                    return data
                fields[key] = [entry._load(item) for item in data[key]]
        return load_exact(cls, data, fields, _order=tuple(data))


def _in_order(data: dict[str, Any], order: tuple[str, ...] | None) -> dict[str, Any]:
    from hera.workflows._template import reorder

    return reorder(data, order)


def _is_semaphore(item: Any) -> bool | None:
    """True for a semaphore, False for a mutex, None for something else."""
    if isinstance(item, Semaphore):
        return True
    if isinstance(item, Mutex):
        return False
    if hasattr(item, "model_dump"):
        name = type(item).__name__
        return True if name == "SemaphoreRef" else False if name == "Mutex" else None
    if isinstance(item, dict):
        return "configMapKeyRef" in item or isinstance(item.get("database"), dict)
    return None


def synchronization_value(value: Any, owner: str) -> Any:
    """What `synchronization=` holds, in the manifest's form: a lock or a list of locks becomes a
    `Synchronization`. `owner` names the template or workflow for the error raised for other values."""
    if value is None or isinstance(value, (Synchronization, dict)):
        return value
    if hasattr(value, "model_dump") and type(value).__name__ == "Synchronization":
        return value
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    mutexes: list[Any] = []
    semaphores: list[Any] = []
    for item in items:
        kind = _is_semaphore(item)
        if kind is None:
            raise InvalidType(
                f"{owner}: synchronization= cannot hold a value of type {type(item).__name__}; use Mutex, "
                "Semaphore, a list of them, Synchronization(...), the generated models or a dict"
            )
        (semaphores if kind else mutexes).append(item)
    data: dict[str, Any] = {}
    if mutexes:
        data["mutexes"] = mutexes
    if semaphores:
        data["semaphores"] = semaphores
    return data
