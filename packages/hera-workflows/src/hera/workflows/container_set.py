"""`ContainerSet`: a template running several containers in one pod."""

from __future__ import annotations

from hera.workflows._fields import CONTAINER_SET, field_map
from hera.workflows._template import TemplateBase

__all__ = ["ContainerSet"]


class ContainerSet(TemplateBase):
    """`ContainerSet(name="cs", containers=[{"name": "a", "image": "alpine"}, ...])`.

    `containers` takes `models.ContainerNode`s or dicts; `volume_mounts` the mounts shared by them;
    `container_set_retry_strategy` the set's own retry strategy (the template's is `retry_strategy`).
    """

    _BODY_KEY = "containerSet"
    _BODY_FIELDS = field_map(CONTAINER_SET, rename={"retryStrategy": "container_set_retry_strategy"})
