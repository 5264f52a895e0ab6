"""Writing the `inputs`, `outputs` and `arguments` of templates, tasks, steps and workflows.

Each accepts what hera 7 accepts: a DSL `Parameter`/`Artifact`, a generated model, a list mixing them,
a `{name: value}` dict (values may be plain data, `Parameter`s, `Artifact`s, output references or a
`ValueFrom`, which becomes the parameter's `valueFrom`), or a whole `models.Inputs`/`Outputs`/`Arguments`.
"""

from __future__ import annotations

from typing import Any

from hera.workflows._serialize import plain, serialize
from hera.workflows.artifact import Artifact
from hera.workflows.exceptions import InvalidType
from hera.workflows.parameter import Parameter

__all__ = ["dump_arguments", "dump_inputs", "dump_outputs", "iter_io", "load_io"]

_WHOLE = {"Inputs", "Outputs", "Arguments"}


def _is_model(value: Any, name: str) -> bool:
    return type(value).__name__ == name and hasattr(value, "model_dump")


def _named(name: str, value: Any, use: str, owner: Any = None) -> tuple[str, dict[str, Any]]:
    """One `name: value` entry of a dict as ("parameters" | "artifacts", manifest entry)."""
    if isinstance(value, str):
        return "parameters", {"name": name, "value": value}
    if isinstance(value, Parameter):
        return "parameters", _dump_parameter(value.with_name(name), use)
    if isinstance(value, Artifact):
        return "artifacts", value.with_name(name)._dump_as(use, owner)
    if _is_model(value, "Parameter") or _is_model(value, "Artifact"):
        data = plain(value)
        data.pop("name", None)
        return ("parameters" if _is_model(value, "Parameter") else "artifacts"), {"name": name, **data}
    if _is_value_from(value):
        return "parameters", {"name": name, "valueFrom": plain(value)}
    return "parameters", {"name": name, "value": serialize(value)}


def _is_value_from(value: Any) -> bool:
    """A `ValueFrom` (DSL or model) given as a dict entry: `{"message": ValueFrom(...)}`."""
    return type(value).__name__ == "ValueFrom" and (hasattr(value, "_dump") or hasattr(value, "model_dump"))


def _dump_parameter(param: Parameter, use: str) -> dict[str, Any]:
    if use == "inputs":
        return param._dump_input()
    if use == "outputs":
        return param._dump_output()
    return param._dump_argument()


def _owner_text(owner: Any) -> str:
    return owner if isinstance(owner, str) else owner._where()


def _add(item: Any, use: str, params: list[Any], artifacts: list[Any], owner: Any) -> None:
    if isinstance(item, Parameter):
        params.append(_dump_parameter(item, use))
    elif isinstance(item, Artifact):
        artifacts.append(item._dump_as(use, owner))
    elif isinstance(item, dict):
        for name, value in item.items():
            kind, entry = _named(str(name), value, use, owner)
            (params if kind == "parameters" else artifacts).append(entry)
    elif _is_model(item, "Parameter"):
        params.append(plain(item))
    elif _is_model(item, "Artifact"):
        artifacts.append(plain(item))
    else:
        raise InvalidType(
            f"{_owner_text(owner)}: {use} cannot hold a {type(item).__name__} ({item!r}); use Parameter, Artifact, "
            "their models, or a {name: value} dict"
        )


class LoadedIO(list):
    """The Parameters and Artifacts of a loaded section, remembering the section's key order."""

    order: tuple[str, ...] = ()


class RawIO(dict):
    """A loaded section kept as data (it has `result`/`exitCode` or empty lists): written back as it is."""


def _dump(value: Any, use: str, owner: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, RawIO):
        return plain(dict(value))
    if type(value).__name__ in _WHOLE and hasattr(value, "model_dump"):
        return plain(value)
    params: list[Any] = []
    artifacts: list[Any] = []
    if isinstance(value, (list, tuple)):
        for item in value:
            _add(item, use, params, artifacts, owner)
    else:
        _add(value, use, params, artifacts, owner)
    out: dict[str, Any] = {}
    if artifacts:
        out["artifacts"] = artifacts
    if params:
        out["parameters"] = params
    if isinstance(value, LoadedIO) and value.order and value.order[0] == "parameters" and artifacts:
        out = {"parameters": params, "artifacts": artifacts}
    return out or None


def dump_inputs(value: Any, owner: str) -> dict[str, Any] | None:
    """A template's `inputs` section (None when there is nothing to write)."""
    return _dump(value, "inputs", owner)


def dump_outputs(value: Any, owner: str) -> dict[str, Any] | None:
    """A template's `outputs` section."""
    return _dump(value, "outputs", owner)


def dump_arguments(value: Any, owner: Any) -> dict[str, Any] | None:
    """The `arguments` of a task, step or workflow. `{"x": "1"}` takes a fast path (the common case)."""
    if type(value) is dict:
        params: list[dict[str, Any]] = []
        artifacts: list[dict[str, Any]] = []
        for name, item in value.items():
            item_type = type(item)
            if item_type is str:
                params.append({"name": name, "value": item})
            elif item_type is int:
                params.append({"name": name, "value": str(item)})
            else:
                kind, entry = _named(name, item, "arguments", owner)
                (params if kind == "parameters" else artifacts).append(entry)
        out: dict[str, Any] = {}
        if artifacts:
            out["artifacts"] = artifacts
        if params:
            out["parameters"] = params
        return out or None
    return _dump(value, "arguments", owner)


def iter_io(value: Any) -> list[Parameter | Artifact | Any]:
    """The entries of an inputs/outputs/arguments value as a flat list (dict entries become Parameters)."""
    if value is None:
        return []
    if type(value).__name__ in _WHOLE and hasattr(value, "model_dump"):
        return [*(value.artifacts or []), *(value.parameters or [])]
    if isinstance(value, RawIO):
        return [
            *(Artifact._load(a) for a in value.get("artifacts") or []),
            *(Parameter._load(p) for p in value.get("parameters") or []),
        ]
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[Any] = []
    for item in items:
        if isinstance(item, dict):
            for name, entry in item.items():
                if isinstance(entry, (Parameter, Artifact)):
                    out.append(entry.with_name(str(name)))
                elif _is_value_from(entry):
                    out.append(Parameter(name=str(name), value_from=entry))
                else:
                    out.append(Parameter(name=str(name), value=entry))
        else:
            out.append(item)
    return out


def load_io(data: Any, path: tuple[Any, ...], allowed: tuple[str, ...] = ("artifacts", "parameters")) -> Any:
    """DSL objects for a manifest's inputs/outputs/arguments section: a list of Parameters and Artifacts.

    A section with other keys (`outputs.result`, `exitCode`) or empty lists is kept as the dict itself,
    so that it is written back unchanged.
    """
    from hera.workflows._loading import expect_dict, expect_list

    section = expect_dict(data, path)
    for key in section:
        if key not in allowed:
            from hera.workflows.exceptions import ManifestLoadError

            raise ManifestLoadError(
                f"unknown field {key!r}; valid fields: {', '.join(allowed)}", (*path, key)
            )
    if set(section) - {"artifacts", "parameters"} or any(not section[k] for k in section):
        return RawIO(section)
    items = LoadedIO()
    items.order = tuple(section)
    for kind, cls in (("parameters", Parameter), ("artifacts", Artifact)):
        for index, entry in enumerate(expect_list(section.get(kind, []), (*path, kind))):
            entry = expect_dict(entry, (*path, kind, index))
            _check_keys(entry, cls, (*path, kind, index))
            items.append(cls._load(entry))
    return items


def _check_keys(entry: dict[str, Any], cls: type, path: tuple[Any, ...]) -> None:
    from hera.workflows._fields import ARTIFACT, PARAMETER
    from hera.workflows.exceptions import ManifestLoadError

    valid = PARAMETER if cls is Parameter else ARTIFACT
    for key in entry:
        if key not in valid:
            raise ManifestLoadError(f"unknown field {key!r}; valid fields: {', '.join(valid)}", (*path, key))
    if "name" not in entry:
        raise ManifestLoadError("missing required field 'name'", path)
