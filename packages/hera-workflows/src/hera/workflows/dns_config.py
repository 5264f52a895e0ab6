"""Name resolution in a pod: `DNSConfig` (`dns_config=` of a workflow) with its `DNSConfigOption`s, and
`HostAlias` (`host_aliases=` of a workflow or template: entries added to the pod's /etc/hosts)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.workflows._k8s_value import (
    K8sValue,
    check_ip,
    check_items,
    check_kind,
    check_str,
    check_str_list,
)
from hera.workflows.exceptions import DSLError

if TYPE_CHECKING:
    from hera.workflows import models as _m

__all__ = ["DNSConfig", "DNSConfigOption", "HostAlias"]

_MAX_NAMESERVERS = 3
_MAX_SEARCHES = 32


@dataclasses.dataclass(kw_only=True, repr=False)
class DNSConfigOption(K8sValue):
    """A resolver option (a line of resolv.conf's `options`): `DNSConfigOption(name="ndots", value="2")`, or
    `DNSConfigOption(name="edns0")` for an option without a value."""

    name: str
    value: str | None = None

    def _check(self) -> None:
        check_str(self.name, "DNSConfigOption", "name", required=True)
        if self.value is not None and not isinstance(self.value, str):
            raise DSLError(
                f"DNSConfigOption {self.name!r}: value must be a string, got {self.value!r}; write {str(self.value)!r}"
            )


def _options(value: Any, where: str) -> list[Any] | None:
    if isinstance(value, dict):
        value = [
            {"name": name, "value": item} if item is not None else {"name": name}
            for name, item in value.items()
        ]

    def convert(item: Any, field: str) -> Any:
        if isinstance(item, dict) and set(item) <= {"name", "value"}:
            try:
                return DNSConfigOption(**item)
            except (DSLError, TypeError) as error:
                raise DSLError(f"{where}: {field}: {error}") from None
        check_kind(item, where, field, DNSConfigOption)
        return item

    return check_items(value, where, "options", convert)


@dataclasses.dataclass(kw_only=True, repr=False)
class DNSConfig(K8sValue):
    """`DNSConfig(nameservers=["1.2.3.4"], searches=["ns1.svc.cluster.local"], options={"ndots": "2"})`.

    Added to what the pod's `dns_policy` gives (with `dns_policy="None"` it is all the pod gets). `nameservers`
    are at most 3 IP addresses, `searches` at most 32 domains; `options` takes `{name: value}` (None for an
    option without a value) or a list of `DNSConfigOption`.
    """

    nameservers: list[str] | None = None
    options: dict[str, str | None] | list[DNSConfigOption | dict[str, Any] | _m.PodDNSConfigOption] | None = (
        None
    )
    searches: list[str] | None = None

    def _check(self) -> None:
        where = "DNSConfig"
        check_str_list(self.nameservers, where, "nameservers")
        for index, address in enumerate(self.nameservers or ()):
            check_ip(address, where, f"nameservers[{index}]")
        if len(self.nameservers or ()) > _MAX_NAMESERVERS:
            raise DSLError(
                f"{where}: nameservers holds {len(self.nameservers or ())} addresses; Kubernetes allows at most "
                f"{_MAX_NAMESERVERS}"
            )
        check_str_list(self.searches, where, "searches")
        if len(self.searches or ()) > _MAX_SEARCHES:
            raise DSLError(
                f"{where}: searches holds {len(self.searches or ())} domains; Kubernetes allows at most {_MAX_SEARCHES}"
            )
        self.options = _options(self.options, where)


@dataclasses.dataclass(kw_only=True, repr=False)
class HostAlias(K8sValue):
    """An /etc/hosts entry of the pod: `HostAlias(ip="10.0.0.5", hostnames=["db", "db.local"])`."""

    hostnames: list[str] | None = None
    ip: str

    def _check(self) -> None:
        check_str(self.ip, "HostAlias", "ip", required=True)
        check_ip(self.ip, f"HostAlias {self.ip!r}", "ip")
        check_str_list(self.hostnames, f"HostAlias {self.ip!r}", "hostnames")
