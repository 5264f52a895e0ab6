"""`Container`: a template that runs one container."""

from __future__ import annotations

from typing import Any

from hera.shared import global_config
from hera.workflows._fields import CONTAINER, field_map
from hera.workflows._template import TemplateBase

__all__ = ["Container", "init_container_template"]

CONTAINER_FIELDS = field_map(CONTAINER, rename={"name": "container_name"})


class Container(TemplateBase):
    """`Container(name="whalesay", image="docker/whalesay", command=["cowsay"], args=["hello"])`.

    Every field of a Kubernetes container is a keyword argument (`env`, `resources`, `volume_mounts`,
    `working_dir`, `security_context`, ...); the container's own `name` is `container_name`. The image
    defaults to `global_config.image`.
    """

    _BODY_KEY = "container"
    _BODY_FIELDS = CONTAINER_FIELDS

    image: Any = None

    def _post_init(self) -> None:
        init_container_template(self)


def init_container_template(template: TemplateBase) -> None:
    """What a template running one container (`Container`, `Script`) does after its keyword arguments are
    set: default `image` to `global_config.image`, then check `resources`/`pod_resources` and the probes
    and security context, naming the template in any error."""
    if template.image is None:
        template.image = global_config.image
    if template.resources is not None or template.pod_resources is not None:
        from hera.workflows.resources import check_template_resources

        check_template_resources(template)
    if template.security_context or template.liveness_probe or template.startup_probe:
        from hera.workflows._pod_checks import check_container_settings

        check_container_settings(template, template._owner())
