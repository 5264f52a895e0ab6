"""`Memoize`: reuse the outputs of an earlier successful run of a template with the same key.

`memoize=` of a template also takes the generated `models.Memoize` or a dict; all are checked by the same rules
(`memoize_problems`) when the workflow is validated.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._policy_checks import (
    Problem,
    duration_problem,
    duration_text,
    mapping_problem,
    raise_first,
)
from hera.workflows._value import ValueObject, load_exact

__all__ = ["Memoize", "memoize_problems"]


def memoize_problems(data: Any) -> list[Problem]:
    """The problems of a `memoize` section (manifest data); empty when it is valid."""
    problem = mapping_problem(data, "a mapping {key, maxAge, cache: {configMap: {name}}}")
    if problem:
        return [((), problem)]
    problems: list[Problem] = []
    key = data.get("key")
    if not isinstance(key, str) or not key:
        problems.append(
            (
                ("key",),
                f"must be the cache key, a non-empty string such as '{{{{inputs.parameters.x}}}}'; got {key!r}",
            )
        )
    if data.get("maxAge") is None:
        problems.append((("maxAge",), "is required: how old a cached entry may be, e.g. '10m' or '24h'"))
    else:
        problem = duration_problem(data["maxAge"], seconds=False)
        if problem:
            problems.append((("maxAge",), problem))
    cache = data.get("cache")
    config_map = cache.get("configMap") if isinstance(cache, dict) else None
    name = config_map.get("name") if isinstance(config_map, dict) else None
    if not isinstance(name, str) or not name:
        problems.append(
            (
                ("cache",),
                f"must name the ConfigMap that stores the entries: {{configMap: {{name: ...}}}}; got {cache!r}",
            )
        )
    return problems


@dataclasses.dataclass(kw_only=True)
class Memoize(ValueObject):
    """`Memoize(key="{{inputs.parameters.day}}", max_age="24h", config_map="report-cache")`.

    A run whose `key` has an entry younger than `max_age` in the ConfigMap `config_map` is not run again: it
    succeeds with the stored outputs. `max_age` is a duration (`"10s"`, `"24h"`; a number or `timedelta` is
    written in seconds). `max_age` and `config_map` are required (class defaults may supply them).
    """

    key: str
    max_age: Any = None
    config_map: str | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.max_age = duration_text(self.max_age, seconds=False)
        label = f"Memoize(key={self.key!r})"
        if self.config_map is None:
            raise_first(
                label, [(("config_map",), "is required: the name of the ConfigMap that stores the entries")]
            )
        raise_first(label, memoize_problems(self._build()))

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key}
        if self.max_age is not None:
            data["maxAge"] = self.max_age
        data["cache"] = {"configMap": {"name": self.config_map}}
        if self._order is None:
            return data
        from hera.workflows._template import reorder

        return reorder(data, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Memoize holding a template's manifest `memoize` exactly, or the data itself when it does not fit
        (a cache other than `{configMap: {name}}`, a missing key or maxAge, ...)."""
        if not isinstance(data, dict) or data.keys() != {"key", "maxAge", "cache"}:
            return data
        cache = data["cache"]
        if not isinstance(cache, dict) or cache.keys() != {"configMap"}:
            return data
        config_map = cache["configMap"]
        if not isinstance(config_map, dict) or config_map.keys() != {"name"}:
            return data
        fields = {"key": data["key"], "max_age": data["maxAge"], "config_map": config_map["name"]}
        return load_exact(cls, data, fields, _order=tuple(data))
