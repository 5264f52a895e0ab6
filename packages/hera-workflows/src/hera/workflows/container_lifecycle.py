"""`Lifecycle`: actions Kubernetes runs right after a container starts (`post_start`) and before it is stopped
(`pre_stop`), for `lifecycle=` of a `Container`, `Script`, `UserContainer` or `ContainerNode`; `LifecycleHandler`
(one action) and `SleepAction`.

Not to be confused with `LifecycleHook`, Argo's hooks of workflows, steps and tasks.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Union

from hera.workflows._k8s_value import K8sValue, check_int, check_kind, check_str
from hera.workflows.exceptions import DSLError
from hera.workflows.probe import ExecAction, HTTPGetAction, TCPSocketAction, exactly_one_handler, exec_action

if TYPE_CHECKING:
    from hera.workflows import models as _m

__all__ = ["Lifecycle", "LifecycleHandler", "SleepAction"]


@dataclasses.dataclass(kw_only=True, repr=False)
class SleepAction(K8sValue):
    """Wait before going on: `SleepAction(seconds=5)` (e.g. a `pre_stop` that lets connections drain)."""

    seconds: int

    def _check(self) -> None:
        check_int(self.seconds, "SleepAction", "seconds", minimum=0)


_HANDLERS = ("exec", "http_get", "sleep", "tcp_socket")


@dataclasses.dataclass(kw_only=True, repr=False)
class LifecycleHandler(K8sValue):
    """One lifecycle action: `LifecycleHandler(exec=["sh", "-c", "nginx -s quit"])`, `http_get=HTTPGetAction(...)`
    or `sleep=SleepAction(seconds=5)` (or `sleep=5`).

    `tcp_socket` exists in the schema only for compatibility: Kubernetes does not run it (the hook fails at run
    time), so setting it is an error.
    """

    exec: ExecAction | list[str] | dict[str, Any] | _m.ExecAction | None = None
    http_get: HTTPGetAction | dict[str, Any] | _m.HTTPGetAction | None = None
    sleep: SleepAction | int | dict[str, Any] | _m.SleepAction | None = None
    tcp_socket: TCPSocketAction | dict[str, Any] | _m.TCPSocketAction | None = None

    def _check(self) -> None:
        where = "LifecycleHandler"
        if self.exec is not None:
            self.exec = exec_action(self.exec, where, "exec")
        check_kind(self.http_get, where, "http_get", HTTPGetAction)
        if isinstance(self.sleep, int) and not isinstance(self.sleep, bool):
            self.sleep = SleepAction(seconds=self.sleep)
        check_kind(self.sleep, where, "sleep", SleepAction, "a number of seconds")
        if self.tcp_socket is not None:
            raise DSLError(
                f"{where}: tcp_socket is not supported by Kubernetes for lifecycle hooks (the hook would fail when "
                "it runs); use exec, http_get or sleep"
            )
        exactly_one_handler(self, _HANDLERS[:3], where)


_Handler = Union[
    "LifecycleHandler",
    ExecAction,
    HTTPGetAction,
    SleepAction,
    list[str],
    dict[str, Any],
    "_m.LifecycleHandler",
]


def _handler(value: Any, field: str) -> Any:
    """A `LifecycleHandler` from one of its actions (`post_start=ExecAction(...)`, or a command list), or the
    value as given."""
    if isinstance(value, (list, tuple)):
        return LifecycleHandler(exec=list(value))
    if isinstance(value, ExecAction):
        return LifecycleHandler(exec=value)
    if isinstance(value, HTTPGetAction):
        return LifecycleHandler(http_get=value)
    if isinstance(value, SleepAction):
        return LifecycleHandler(sleep=value)
    if isinstance(value, TCPSocketAction):
        return LifecycleHandler(tcp_socket=value)
    check_kind(
        value,
        "Lifecycle",
        field,
        LifecycleHandler,
        "an ExecAction, HTTPGetAction, SleepAction or a command list",
    )
    return value


@dataclasses.dataclass(kw_only=True, repr=False)
class Lifecycle(K8sValue):
    """`Lifecycle(pre_stop=LifecycleHandler(sleep=5), post_start=ExecAction(command=["sh", "-c", "..."]))`.

    `post_start` runs right after the container is created, `pre_stop` before it is terminated; each is a
    `LifecycleHandler` or one action (`ExecAction` or its command list, `HTTPGetAction`, `SleepAction`). `stop_signal` is the signal
    sent to stop the container (`"SIGTERM"`, `"SIGINT"`, ...; Kubernetes needs the pod's `os.name` set for it).
    """

    post_start: _Handler | None = None
    pre_stop: _Handler | None = None
    stop_signal: str | None = None

    def _check(self) -> None:
        if self.post_start is not None:
            self.post_start = _handler(self.post_start, "post_start")
        if self.pre_stop is not None:
            self.pre_stop = _handler(self.pre_stop, "pre_stop")
        check_str(self.stop_signal, "Lifecycle", "stop_signal")
        if self.stop_signal is not None and not (
            self.stop_signal.startswith("SIG")
            and self.stop_signal[3:].replace("+", "").replace("-", "").isalnum()
        ):
            raise DSLError(
                f"Lifecycle: stop_signal {self.stop_signal!r} is not a signal name; use e.g. 'SIGTERM', 'SIGINT' or "
                "'SIGQUIT'"
            )
