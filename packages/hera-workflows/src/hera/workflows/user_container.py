"""`UserContainer`: a sidecar or init container of a template (`sidecars=[...]`, `init_containers=[...]`)."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.workflows._container_value import ContainerValue, container_keys, load_containers

__all__ = ["UserContainer", "load_user_containers"]


@dataclasses.dataclass(kw_only=True, repr=False)
class UserContainer(ContainerValue):
    """A container that runs next to (sidecar) or before (init container) a template's main container.

    `UserContainer(name="nginx", image="nginx:1.27", command=[...], mirror_volume_mounts=True)`. Every field
    of a Kubernetes container is a keyword argument (`env`, `ports`, `resources`, `volume_mounts`,
    `readiness_probe`, `security_context`, ...). `mirror_volume_mounts=True` gives the container the
    main container's volume mounts. Pass it in a list: `Container(..., sidecars=[UserContainer(...)])`.
    """

    _KEYS: ClassVar[tuple[str, ...]] = container_keys("mirrorVolumeMounts")
    _KIND: ClassVar[str] = "sidecar or init container"

    mirror_volume_mounts: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        mirror = self.mirror_volume_mounts
        if mirror is not None and not isinstance(mirror, bool):
            raise TypeError(
                f"UserContainer {self.name!r}: mirror_volume_mounts must be True or False, got {mirror!r}"
            )


def load_user_containers(value: Any, path: tuple[Any, ...]) -> list[UserContainer]:
    """A template's `sidecars` or `initContainers` list as `UserContainer` objects."""
    return load_containers(UserContainer, value, path)
