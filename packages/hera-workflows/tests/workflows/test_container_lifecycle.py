"""`Lifecycle`, `LifecycleHandler` and `SleepAction`: container post-start and pre-stop actions."""

from __future__ import annotations

import pytest

from hera.workflows import (
    Container,
    ExecAction,
    HTTPGetAction,
    Lifecycle,
    LifecycleHandler,
    SleepAction,
    TCPSocketAction,
    UserContainer,
    Workflow,
)
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_output_with_handlers_and_bare_actions() -> None:
    lifecycle = Lifecycle(
        post_start=ExecAction(command=["sh", "-c", "echo started > /tmp/started"]),
        pre_stop=LifecycleHandler(sleep=5),
        stop_signal="SIGINT",
    )
    assert plain(lifecycle) == {
        "postStart": {"exec": {"command": ["sh", "-c", "echo started > /tmp/started"]}},
        "preStop": {"sleep": {"seconds": 5}},
        "stopSignal": "SIGINT",
    }
    assert lifecycle.post_start == LifecycleHandler(
        exec=ExecAction(command=["sh", "-c", "echo started > /tmp/started"])
    )
    assert plain(Lifecycle(pre_stop=HTTPGetAction(path="/drain", port=8080))) == {
        "preStop": {"httpGet": {"path": "/drain", "port": 8080}}
    }
    assert plain(Lifecycle(pre_stop=SleepAction(seconds=0))) == {"preStop": {"sleep": {"seconds": 0}}}
    assert plain(LifecycleHandler(exec=["nginx", "-s", "quit"])) == {
        "exec": {"command": ["nginx", "-s", "quit"]}
    }
    assert Lifecycle(post_start=["touch", "/tmp/up"]).post_start == LifecycleHandler(
        exec=["touch", "/tmp/up"]
    )


def test_on_containers_with_a_valid_manifest() -> None:
    drain = Lifecycle(pre_stop=LifecycleHandler(exec=["nginx", "-s", "quit"]))
    with Workflow(generate_name="lifecycle-", entrypoint="main") as w:
        Container(
            name="main",
            image="nginx",
            lifecycle=drain,
            sidecars=[
                UserContainer(
                    name="side", image="nginx", lifecycle=Lifecycle(pre_stop=SleepAction(seconds=3))
                )
            ],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    template = manifest["spec"]["templates"][0]
    assert template["container"]["lifecycle"] == {"preStop": {"exec": {"command": ["nginx", "-s", "quit"]}}}
    assert template["sidecars"][0]["lifecycle"] == {"preStop": {"sleep": {"seconds": 3}}}
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: LifecycleHandler(), r"LifecycleHandler: give one action: exec, http_get or sleep"),
        (
            lambda: LifecycleHandler(exec=["true"], sleep=1),
            r"LifecycleHandler: give exactly one action \(exec, http_get or sleep\), got exec and sleep",
        ),
        (
            lambda: Lifecycle(pre_stop=TCPSocketAction(port=80)),
            r"LifecycleHandler: tcp_socket is not supported by Kubernetes for lifecycle hooks",
        ),
        (lambda: SleepAction(seconds=-1), r"SleepAction: seconds -1 is out of range"),
        (
            lambda: LifecycleHandler(sleep="5s"),
            r"LifecycleHandler: sleep must be a SleepAction, a number of seconds",
        ),
        (
            lambda: Lifecycle(post_start="true"),
            r"Lifecycle: post_start must be a LifecycleHandler, an ExecAction",
        ),
        (
            lambda: Lifecycle(stop_signal="TERM"),
            r"Lifecycle: stop_signal 'TERM' is not a signal name; use e.g. 'SIGTERM'",
        ),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
