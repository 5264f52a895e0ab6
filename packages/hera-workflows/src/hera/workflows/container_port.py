"""`ContainerPort`: a port a container listens on (`ports=[...]` of a `Container`, `Script`, `UserContainer` or
`ContainerNode`); probes and services may refer to it by its `name`."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from hera.workflows._k8s_value import K8sValue, check_choice, check_ip, check_port, is_port_name
from hera.workflows.exceptions import DSLError

__all__ = ["ContainerPort"]


@dataclasses.dataclass(kw_only=True, repr=False)
class ContainerPort(K8sValue):
    """`ContainerPort(container_port=8080, name="http")`.

    `container_port` (1-65535) is required; `protocol` is `"TCP"` (the default), `"UDP"` or `"SCTP"`; `name` an
    IANA service name (at most 15 lowercase letters, digits and inner hyphens); `host_port` and `host_ip` expose
    the port on the node.
    """

    _KEYS: ClassVar[dict[str, str]] = {"host_ip": "hostIP"}

    container_port: int
    host_ip: str | None = None
    host_port: int | None = None
    name: str | None = None
    protocol: str | None = None

    def _label(self) -> str:
        return f"ContainerPort {self.name!r}" if self.name else "ContainerPort"

    def _check(self) -> None:
        where = self._label()
        check_port(self.container_port, where, "container_port", names=False)
        if self.host_port is not None:
            check_port(self.host_port, where, "host_port", names=False)
        if self.name is not None and not is_port_name(self.name):
            raise DSLError(
                f"{where}: name {self.name!r} is not a port name; use at most 15 lowercase letters, digits and inner "
                "hyphens, with at least one letter, e.g. 'http'"
            )
        check_choice(self.protocol, where, "protocol", ("TCP", "UDP", "SCTP"))
        if self.host_ip is not None:
            check_ip(self.host_ip, where, "host_ip")
