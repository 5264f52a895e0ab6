"""`Probe`: how Kubernetes checks a container (`readiness_probe=`, `liveness_probe=`, `startup_probe=` of a
`Container`, `Script`, `UserContainer` or `ContainerNode`), and the actions a probe runs: `ExecAction`,
`HTTPGetAction`, `TCPSocketAction` and `GRPCAction` (`Lifecycle` handlers use `ExecAction` and `HTTPGetAction`
too).

A probe has exactly one action. Shorthands: `exec=["cat", "/tmp/ready"]` for an `ExecAction`, `tcp_socket=9999`
for a `TCPSocketAction` and `grpc=50051` for a `GRPCAction`. Each field may also be the generated model or a dict.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.workflows._k8s_value import (
    K8sValue,
    check_choice,
    check_int,
    check_items,
    check_kind,
    check_port,
    check_str,
    check_str_list,
)
from hera.workflows.exceptions import DSLError

if TYPE_CHECKING:
    from hera.workflows import models as _m
    from hera.workflows.http_template import HTTPHeader

__all__ = [
    "ExecAction",
    "GRPCAction",
    "HTTPGetAction",
    "Probe",
    "TCPSocketAction",
    "exactly_one_handler",
    "exec_action",
    "port_action",
]


@dataclasses.dataclass(kw_only=True, repr=False)
class ExecAction(K8sValue):
    """Run a command in the container: `ExecAction(command=["sh", "-c", "test -f /tmp/ready"])`.

    The command runs without a shell (add `sh -c` for one); exit status 0 is success.
    """

    command: list[str]

    def _check(self) -> None:
        check_str_list(self.command, "ExecAction", "command", required=True)


@dataclasses.dataclass(kw_only=True, repr=False)
class HTTPGetAction(K8sValue):
    """An HTTP GET to the container: `HTTPGetAction(path="/healthz", port=8080)`; a status from 200 to 399 is
    success.

    `port` is a number from 1 to 65535 or the name of a container port; `scheme` is `"HTTP"` (the default) or
    `"HTTPS"`; `host` defaults to the pod's IP. `http_headers` takes `{name: value}`, or a list of
    `HTTPHeader(name=..., value=...)` (or dicts); the values are written in the manifest, so no secret belongs
    there, and `repr` hides the value of a header whose name suggests a credential.
    """

    host: str | None = None
    http_headers: dict[str, str] | list[HTTPHeader | dict[str, str] | _m.CoreV1HTTPHeader] | None = None
    path: str | None = None
    port: int | str
    scheme: str | None = None

    def _check(self) -> None:
        where = "HTTPGetAction"
        self.port = check_port(self.port, where, "port")
        check_str(self.host, where, "host")
        check_str(self.path, where, "path")
        check_choice(self.scheme, where, "scheme", ("HTTP", "HTTPS"))
        self.http_headers = _headers(self.http_headers, where)


def _headers(value: Any, where: str) -> list[Any] | None:
    from hera.workflows.http_template import HTTPHeader, HTTPSecretHeader

    if isinstance(value, dict):
        value = [{"name": name, "value": item} for name, item in value.items()]

    def convert(item: Any, field: str) -> Any:
        if isinstance(item, HTTPSecretHeader):
            raise DSLError(
                f"{where}: {field} is an HTTPSecretHeader ({item.name!r}), but a probe sends literal header values "
                "only; use HTTPHeader(name=..., value=...)"
            )
        if isinstance(item, dict) and set(item) == {"name", "value"}:
            try:
                return HTTPHeader(name=item["name"], value=item["value"])
            except (DSLError, TypeError) as error:
                raise DSLError(f"{where}: {field}: {error}") from None
        check_kind(item, where, field, HTTPHeader)
        return item

    return check_items(value, where, "http_headers", convert)


@dataclasses.dataclass(kw_only=True, repr=False)
class TCPSocketAction(K8sValue):
    """Open a TCP connection to the container: `TCPSocketAction(port=5432)`; success if it connects.

    `port` is a number from 1 to 65535 or the name of a container port; `host` defaults to the pod's IP.
    """

    host: str | None = None
    port: int | str

    def _check(self) -> None:
        self.port = check_port(self.port, "TCPSocketAction", "port")
        check_str(self.host, "TCPSocketAction", "host")


@dataclasses.dataclass(kw_only=True, repr=False)
class GRPCAction(K8sValue):
    """A gRPC health check (grpc.health.v1): `GRPCAction(port=50051, service="ready")`.

    `port` is a number from 1 to 65535 (names are not accepted here); `service` is the service name sent in the
    HealthCheckRequest (empty by default).
    """

    port: int
    service: str | None = None

    def _check(self) -> None:
        self.port = check_port(self.port, "GRPCAction", "port", names=False)
        check_str(self.service, "GRPCAction", "service")


def exec_action(value: Any, where: str, field: str) -> Any:
    """`exec=` of a probe or lifecycle handler: an `ExecAction`, a list of strings (its command), a dict or a model."""
    if isinstance(value, (list, tuple)):
        return ExecAction(command=list(value))
    if isinstance(value, str):
        raise DSLError(
            f"{where}: {field} must be an ExecAction or a command list, got the string {value!r}; "
            f"write {field}=['sh', '-c', {value!r}] to run it with a shell"
        )
    check_kind(value, where, field, ExecAction, "a list of strings (the command)")
    return value


def port_action(value: Any, cls: type[TCPSocketAction | GRPCAction], where: str, field: str) -> Any:
    """`tcp_socket=` / `grpc=`: an action of `cls`, a port (made into one), a dict or a model."""
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            return cls(port=value)  # type: ignore[arg-type]  # a str port given to GRPCAction is reported by it
        except DSLError as error:
            raise DSLError(f"{where}: {field}: {error}") from None
    check_kind(value, where, field, cls, "a port")
    return value


def exactly_one_handler(obj: Any, fields: tuple[str, ...], where: str) -> None:
    """Raise unless exactly one of `fields` of `obj` is set (a probe or a lifecycle handler runs one action)."""
    given = [field for field in fields if getattr(obj, field) is not None]
    if len(given) == 1:
        return
    options = ", ".join(fields[:-1]) + f" or {fields[-1]}"
    if not given:
        raise DSLError(f"{where}: give one action: {options}")
    raise DSLError(f"{where}: give exactly one action ({options}), got {' and '.join(given)}")


_PROBE_HANDLERS = ("exec", "grpc", "http_get", "tcp_socket")


@dataclasses.dataclass(kw_only=True, repr=False)
class Probe(K8sValue):
    """A container probe: `Probe(http_get=HTTPGetAction(path="/", port=80), initial_delay_seconds=2)`.

    Exactly one action: `exec` (an `ExecAction` or a command list), `http_get` (an `HTTPGetAction`),
    `tcp_socket` (a `TCPSocketAction` or a port) or `grpc` (a `GRPCAction` or a port number).
    `initial_delay_seconds` (>= 0) waits after the container starts; `period_seconds`, `timeout_seconds`,
    `success_threshold`, `failure_threshold` and `termination_grace_period_seconds` are whole numbers >= 1
    (Kubernetes' defaults: 10, 1, 1, 3 and the pod's grace period). Liveness and startup probes must keep
    `success_threshold` at 1; the template says so when one does not.
    """

    exec: ExecAction | list[str] | dict[str, Any] | _m.ExecAction | None = None
    failure_threshold: int | None = None
    grpc: GRPCAction | int | dict[str, Any] | _m.GRPCAction | None = None
    http_get: HTTPGetAction | dict[str, Any] | _m.HTTPGetAction | None = None
    initial_delay_seconds: int | None = None
    period_seconds: int | None = None
    success_threshold: int | None = None
    tcp_socket: TCPSocketAction | int | str | dict[str, Any] | _m.TCPSocketAction | None = None
    termination_grace_period_seconds: int | None = None
    timeout_seconds: int | None = None

    def _check(self) -> None:
        where = "Probe"
        if self.exec is not None:
            self.exec = exec_action(self.exec, where, "exec")
        check_kind(self.http_get, where, "http_get", HTTPGetAction)
        if self.tcp_socket is not None:
            self.tcp_socket = port_action(self.tcp_socket, TCPSocketAction, where, "tcp_socket")
        if self.grpc is not None:
            self.grpc = port_action(self.grpc, GRPCAction, where, "grpc")
        exactly_one_handler(self, _PROBE_HANDLERS, where)
        check_int(self.initial_delay_seconds, where, "initial_delay_seconds", minimum=0)
        for field in (
            "failure_threshold",
            "period_seconds",
            "success_threshold",
            "termination_grace_period_seconds",
            "timeout_seconds",
        ):
            check_int(getattr(self, field), where, field, minimum=1)
