"""`ContainerValue`: the Kubernetes container fields shared by `UserContainer` and `ContainerNode`.

Both are value objects (not templates): a sidecar or init container of a template, and a container of a
container set. Each field is a snake_case keyword argument taking plain data, generated models or DSL
values; the manifest keys come from the class's `_KEYS` table, in Argo's conventional order (as for a template's
container). Loaded from a manifest, an object keeps the key order it was read with. `volumes` (as in hera)
takes volume objects whose `mount_path` becomes one of this container's `volumeMounts`; the volumes
themselves are declared on the template (`volumes=` of the ContainerSet or of the template with the sidecar).
A volume object in `volume_mounts` is written as its mount, as on templates.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.workflows._fields import CONTAINER, camel_to_snake
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ContainerValue", "container_keys", "load_containers"]


def container_keys(*extra: str) -> tuple[str, ...]:
    """The container keys in Argo's conventional order (`hera.workflows._fields.CONTAINER`), then `extra`
    (the fields Argo's types add after the embedded container: `mirrorVolumeMounts`, `dependencies`)."""
    return (*CONTAINER, *extra)


@dataclasses.dataclass(kw_only=True)
class ContainerValue(ValueObject):
    """Base of the container value classes; subclasses set `_KEYS` and may add fields."""

    _KEYS: ClassVar[tuple[str, ...]] = container_keys()
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    _KIND: ClassVar[str] = "container"

    name: str
    image: str | None = None
    image_pull_policy: str | None = None
    restart_policy: str | None = None
    stdin: bool | None = None
    stdin_once: bool | None = None
    termination_message_path: str | None = None
    termination_message_policy: str | None = None
    tty: bool | None = None
    working_dir: str | None = None
    args: list[str] | None = None
    command: list[str] | None = None
    env: Any = None
    env_from: Any = None
    ports: Any = None
    resize_policy: Any = None
    restart_policy_rules: Any = None
    volume_devices: Any = None
    volume_mounts: Any = None
    lifecycle: Any = None
    liveness_probe: Any = None
    readiness_probe: Any = None
    resources: Any = None
    security_context: Any = None
    startup_probe: Any = None
    volumes: Any = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.name, str) or not self.name:
            raise DSLError(
                f"{type(self).__name__}: name must be a non-empty string (got {self.name!r}); "
                f"every {self._KIND} needs name="
            )
        for attr in ("args", "command"):
            value = getattr(self, attr)
            if isinstance(value, str):
                raise DSLError(
                    f"{type(self).__name__} {self.name!r}: {attr} must be a list of strings, got the string "
                    f"{value!r}; write {attr}=[{value!r}]"
                )
        if self.security_context or self.liveness_probe or self.startup_probe:
            from hera.workflows._pod_checks import check_container_settings

            check_container_settings(self, f"{type(self).__name__} {self.name!r}")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._FIELDS = tuple((camel_to_snake(key), key) for key in cls._KEYS)

    def _build(self) -> dict[str, Any]:
        exact = self._order is not None
        out: dict[str, Any] = {}
        for attr, key in self._FIELDS:
            value = getattr(self, attr)
            if key == "volumeMounts" and (value is not None or self.volumes is not None):
                from hera.workflows.volume import container_mounts

                value = container_mounts(value, self.volumes, f"{type(self).__name__} {self.name!r}")
            if value is not None:
                out[key] = plain(value)
        if exact:
            from hera.workflows._template import reorder

            return reorder(out, self._order)
        return out

    @classmethod
    def _load(cls, data: Any, path: tuple[Any, ...]) -> Any:
        """The object for one manifest entry, written back exactly as it was read."""
        from hera.workflows._loading import _unknown, expect_dict, load_value
        from hera.workflows.exceptions import ManifestLoadError

        data = expect_dict(data, path)
        attrs = {key: attr for attr, key in cls._FIELDS}
        values: dict[str, Any] = {}
        for key, value in data.items():
            attr = attrs.get(key)
            if attr is None:
                raise _unknown(key, attrs, path)
            values[attr] = load_value(key, value)
        if not isinstance(values.get("name"), str) or not values["name"]:
            raise ManifestLoadError(f"a {cls._KIND} needs a non-empty string 'name'", (*path, "name"))
        obj = cls.__new__(cls)
        for field in dataclasses.fields(obj):
            setattr(obj, field.name, values.get(field.name))
        obj._order = tuple(data)
        return obj

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{attr}={getattr(self, attr)!r}" for attr, _ in self._FIELDS if getattr(self, attr) is not None
        )
        return f"{type(self).__name__}({shown})"


ContainerValue._FIELDS = tuple((camel_to_snake(key), key) for key in ContainerValue._KEYS)


def load_containers(cls: Any, value: Any, path: tuple[Any, ...]) -> list[Any]:
    """A manifest's list of containers as `cls` objects."""
    from hera.workflows._loading import expect_list

    return [cls._load(item, (*path, index)) for index, item in enumerate(expect_list(value, path))]
