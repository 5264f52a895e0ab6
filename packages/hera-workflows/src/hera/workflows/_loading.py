"""Turning manifests (dicts or YAML) into DSL objects that write the same manifest back.

Templates become `Container`, `Script`, `DAG`, `Steps`, `Suspend`, `Resource`, `HTTP`, `Data`,
`ContainerSet` or `Plugin` objects, tasks and steps `Task`/`Step`s, and inputs, outputs and arguments
`Parameter`/`Artifact` lists. Retry strategies, container `env` entries, `resources`, `podGC`, `ttlStrategy`,
`volumeClaimGC`, `memoize`, `synchronization` and `metrics` become their DSL value classes where the class
writes the value back exactly (`load_value`); anything else, and values the DSL has no class for (volumes,
...), stay plain data. The objects remember the key order they were loaded with,
so `to_yaml()` writes keys in that order.
An unknown or misplaced field raises `ManifestLoadError` naming its path (and line, for YAML).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from hera.workflows._fields import DAG_TASK, OUTPUTS, WORKFLOW_STEP
from hera.workflows._io import load_io
from hera.workflows._template import BODY_KEYS, TEMPLATE_FIELDS, TemplateBase
from hera.workflows.exceptions import ManifestLoadError

__all__ = ["expect_dict", "expect_list", "load_template", "load_value", "load_workflow", "load_workflow_yaml"]

Path = tuple[Any, ...]


def expect_dict(value: Any, path: Path) -> dict[str, Any]:
    """`value` if it is a mapping, else a `ManifestLoadError` at `path`."""
    if not isinstance(value, dict):
        raise ManifestLoadError(f"expected a mapping, got {_type(value)}", path)
    return value


def expect_list(value: Any, path: Path) -> list[Any]:
    """`value` if it is a list, else a `ManifestLoadError` at `path`."""
    if not isinstance(value, list):
        raise ManifestLoadError(f"expected a list, got {_type(value)}", path)
    return value


def _type(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _unknown(key: str, valid: Any, path: Path) -> ManifestLoadError:
    import difflib

    names = sorted(valid)
    close = difflib.get_close_matches(key, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; valid fields: {', '.join(names)}"
    return ManifestLoadError(f"unknown field {key!r}{hint}", (*path, key))


def _template_classes() -> dict[str, type[TemplateBase]]:
    from hera.workflows.container import Container
    from hera.workflows.container_set import ContainerSet
    from hera.workflows.dag import DAG
    from hera.workflows.data import Data
    from hera.workflows.http_template import HTTP
    from hera.workflows.plugin import Plugin
    from hera.workflows.resource import Resource
    from hera.workflows.script import Script
    from hera.workflows.steps import Steps
    from hera.workflows.suspend import Suspend

    return {
        "container": Container,
        "script": Script,
        "dag": DAG,
        "steps": Steps,
        "suspend": Suspend,
        "resource": Resource,
        "http": HTTP,
        "data": Data,
        "containerSet": ContainerSet,
        "plugin": Plugin,
    }


@functools.cache
def _value_loaders() -> dict[str, Callable[[Any], Any]]:
    """Manifest key -> function turning its value into the DSL value class (or returning it unchanged when
    the class cannot hold it exactly), for template, workflow-spec and container fields."""
    from hera.workflows.env import load_env
    from hera.workflows.garbage_collection import PodGC, TTLStrategy, VolumeClaimGC
    from hera.workflows.memoize import Memoize
    from hera.workflows.metrics import Metrics
    from hera.workflows.resources import Resources
    from hera.workflows.retry_strategy import RetryStrategy
    from hera.workflows.synchronization import Synchronization

    return {
        "retryStrategy": RetryStrategy._load,
        "env": load_env,
        "resources": Resources._load,
        "podGC": PodGC._load,
        "ttlStrategy": TTLStrategy._load,
        "volumeClaimGC": VolumeClaimGC._load,
        "memoize": Memoize._load,
        "synchronization": Synchronization._load,
        "metrics": Metrics._load,
    }


def load_value(key: str, value: Any) -> Any:
    """`value` of the manifest field `key` as its DSL value class where it maps onto one exactly."""
    loader = _value_loaders().get(key)
    return value if loader is None else loader(value)


_TEMPLATE_ATTRS = {key: attr for attr, key in TEMPLATE_FIELDS}
_TASK_KEYS = frozenset(DAG_TASK)
_STEP_KEYS = frozenset(WORKFLOW_STEP)


def _blank(cls: Any) -> Any:
    obj = cls.__new__(cls)
    obj._key_order = None
    obj._body_order = None
    if hasattr(cls, "_init_loaded"):
        obj._init_loaded()
    return obj


def load_template(data: Any, path: Path) -> TemplateBase:
    """The DSL template object for one entry of `spec.templates` (or an `inline` template)."""
    data = expect_dict(data, path)
    kinds = [key for key in BODY_KEYS if key in data]
    if len(kinds) != 1:
        found = f"it has {', '.join(kinds)}" if kinds else "it has none"
        raise ManifestLoadError(f"a template needs exactly one of {', '.join(BODY_KEYS)}; {found}", path)
    cls = _template_classes()[kinds[0]]
    obj = _blank(cls)
    for key, value in data.items():
        if key == "name":
            obj.name = value
        elif key == "inputs":
            obj.inputs = load_io(value, (*path, key))
        elif key == "outputs":
            obj.outputs = load_io(value, (*path, key), OUTPUTS)
        elif key == "metadata":
            metadata = expect_dict(value, (*path, key))
            for meta_key in metadata:
                if meta_key not in ("annotations", "labels"):
                    raise _unknown(meta_key, ("annotations", "labels"), (*path, key))
            obj.annotations = metadata.get("annotations")
            obj.labels = metadata.get("labels")
            if not metadata:
                obj.metadata = {}
        elif key == kinds[0]:
            obj._load_body(value, (*path, key))
        elif key in ("sidecars", "initContainers"):
            from hera.workflows.user_container import load_user_containers

            setattr(obj, _TEMPLATE_ATTRS[key], load_user_containers(value, (*path, key)))
        elif key in _TEMPLATE_ATTRS:
            attr = _TEMPLATE_ATTRS[key]
            if attr == "fail_fast" and kinds[0] == "dag":
                attr = "template_fail_fast"
            setattr(obj, attr, load_value(key, value))
        else:
            raise _unknown(key, (*_TEMPLATE_ATTRS, "name", "inputs", "outputs", "metadata", *BODY_KEYS), path)
    obj._key_order = tuple(data)
    return obj


def load_body_fields(obj: Any, data: Any, path: Path) -> None:
    """Set a template's body attributes from the body mapping (`container: {...}` etc.)."""
    data = expect_dict(data, path)
    attrs = {key: attr for attr, key in obj._BODY_FIELDS}
    for key, value in data.items():
        attr = attrs.get(key)
        if attr is None:
            raise _unknown(key, attrs, path)
        setattr(obj, attr, load_value(key, value))
    obj._body_order = tuple(data)


def load_node(cls: Any, data: Any, path: Path) -> Any:
    """A `Task` or `Step` holding a manifest's task/step exactly."""
    from hera.workflows.task import Task

    data = expect_dict(data, path)
    is_task = cls is Task
    valid = _TASK_KEYS if is_task else _STEP_KEYS
    obj = cls.__new__(cls)
    obj._clear()
    for key, value in data.items():
        if key not in valid:
            raise _unknown(key, valid, path)
        if key == "arguments":
            obj.arguments = load_io(value, (*path, key))
        elif key == "inline":
            obj.inline = load_template(value, (*path, key))
        elif key == "templateRef":
            obj.template_ref = value
        else:
            from hera.workflows._fields import camel_to_snake

            setattr(obj, camel_to_snake(key), value)
    obj._key_order = tuple(data)
    return obj


def _load_sections(
    obj: Any, data: dict[str, Any], fields: tuple[tuple[str, str], ...], path: Path
) -> tuple[str, ...]:
    attrs = {key: attr for attr, key in fields}
    for key, value in data.items():
        attr = attrs.get(key)
        if attr is None:
            raise _unknown(key, attrs, path)
        if key == "templates":
            value = [
                load_template(t, (*path, key, i)) for i, t in enumerate(expect_list(value, (*path, key)))
            ]
        elif key == "arguments":
            value = load_io(value, (*path, key))
        else:
            value = load_value(key, value)
        setattr(obj, attr, value)
    return tuple(data)


def _load(cls: Any, manifest: Any) -> Any:
    manifest = expect_dict(manifest, ())
    kind = manifest.get("kind")
    if kind is not None and kind != cls.kind:
        raise ManifestLoadError(
            f"the manifest is a {kind!r}; load it with {kind}.from_dict (this is {cls.__name__})", ("kind",)
        )
    obj = cls.__new__(cls)
    obj._init_state()
    obj.templates = []
    top = ("apiVersion", "kind", "metadata", "spec", *(("status",) if "status" in cls._ATTRS else ()))
    for key, value in manifest.items():
        if key not in top:
            raise _unknown(key, top, ())
        if key == "apiVersion":
            obj.api_version = value
        elif key == "status":
            obj.status = value
        elif key == "metadata":
            metadata = expect_dict(value, ("metadata",))
            obj._meta_order = _load_sections(obj, metadata, cls._META_FIELDS, ("metadata",))
        elif key == "spec":
            obj._load_spec(expect_dict(value, ("spec",)), ("spec",))
    obj._key_order = tuple(manifest)
    return obj


def load_spec(obj: Any, spec: dict[str, Any], path: Path) -> None:
    """Set a workflow's spec attributes (WorkflowSpec) from the manifest."""
    obj._spec_order = _load_sections(obj, spec, obj._SPEC_FIELDS, path)


def load_cron_spec(obj: Any, spec: dict[str, Any], path: Path) -> None:
    """Set a CronWorkflow's attributes from its spec (CronWorkflowSpec with a nested workflowSpec)."""
    from hera.workflows.cron_workflow import CRON_FIELDS

    cron = {k: v for k, v in spec.items() if k != "workflowSpec"}
    _load_sections(obj, cron, CRON_FIELDS, path)
    obj._cron_order = tuple(spec)
    if "workflowSpec" in spec:
        load_spec(obj, expect_dict(spec["workflowSpec"], (*path, "workflowSpec")), (*path, "workflowSpec"))


def load_workflow(cls: Any, manifest: Any, text: str | None = None) -> Any:
    """`cls.from_dict`: the DSL object for a manifest; with `text`, errors carry the YAML line."""
    try:
        return _load(cls, manifest)
    except ManifestLoadError as error:
        if text is None:
            raise
        from hera.shared._yaml import locate

        line = None
        for cut in range(len(error.path), -1, -1):
            try:
                line = locate(text, error.path[:cut])
            except Exception:
                line = None
            if line is not None:
                break
        raise error.with_line(line) from None


def load_workflow_yaml(cls: Any, text: str, source: str | None = None) -> Any:
    """`cls.from_yaml`: parse one YAML document and load it."""
    from hera.shared._yaml import load

    data = load(text, source=source)
    return load_workflow(cls, data, text)
