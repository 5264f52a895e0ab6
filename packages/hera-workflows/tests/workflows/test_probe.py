"""`Probe` and its actions: manifest output, shorthands, use on every kind of container, errors."""

from __future__ import annotations

import pytest

from hera.workflows import (
    Container,
    ContainerNode,
    ContainerSet,
    ExecAction,
    GRPCAction,
    HTTPGetAction,
    HTTPHeader,
    HTTPSecretHeader,
    Probe,
    Script,
    TCPSocketAction,
    UserContainer,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_each_action_and_the_timing_fields() -> None:
    probe = Probe(
        http_get=HTTPGetAction(path="/healthz", port="http", scheme="HTTPS", host="example.com"),
        initial_delay_seconds=0,
        period_seconds=10,
        timeout_seconds=2,
        success_threshold=2,
        failure_threshold=3,
        termination_grace_period_seconds=30,
    )
    assert plain(probe) == {
        "httpGet": {"host": "example.com", "path": "/healthz", "port": "http", "scheme": "HTTPS"},
        "failureThreshold": 3,
        "initialDelaySeconds": 0,
        "periodSeconds": 10,
        "successThreshold": 2,
        "terminationGracePeriodSeconds": 30,
        "timeoutSeconds": 2,
    }
    assert plain(Probe(exec=ExecAction(command=["cat", "/tmp/ready"]))) == {
        "exec": {"command": ["cat", "/tmp/ready"]}
    }
    assert plain(Probe(tcp_socket=TCPSocketAction(port=5432, host="db"))) == {
        "tcpSocket": {"host": "db", "port": 5432}
    }
    assert plain(Probe(grpc=GRPCAction(port=50051, service="ready"))) == {
        "grpc": {"port": 50051, "service": "ready"}
    }


def test_shorthands_for_exec_tcp_socket_and_grpc() -> None:
    assert Probe(exec=["cat", "/tmp/ready"]).exec == ExecAction(command=["cat", "/tmp/ready"])
    assert Probe(tcp_socket=9999).tcp_socket == TCPSocketAction(port=9999)
    assert Probe(tcp_socket="db").tcp_socket == TCPSocketAction(port="db")
    assert Probe(grpc=50051).grpc == GRPCAction(port=50051)


def test_dicts_and_models_are_accepted_as_actions() -> None:
    probe = Probe(http_get={"path": "/", "port": 80}, timeout_seconds=1)
    assert plain(probe) == {"httpGet": {"path": "/", "port": 80}, "timeoutSeconds": 1}
    model = Probe(exec=m.ExecAction(command=["true"]))
    assert plain(model) == {"exec": {"command": ["true"]}}


def test_http_headers_as_a_mapping_or_a_list_and_hidden_in_repr() -> None:
    action = HTTPGetAction(port=80, http_headers={"Authorization": "Bearer abc", "Accept": "text/plain"})
    assert plain(action)["httpHeaders"] == [
        {"name": "Authorization", "value": "Bearer abc"},
        {"name": "Accept", "value": "text/plain"},
    ]
    assert "Bearer abc" not in repr(action) and "text/plain" in repr(action)
    listed = HTTPGetAction(
        port=80, http_headers=[HTTPHeader(name="X-A", value="1"), {"name": "X-Token", "value": "s3cret"}]
    )
    assert plain(listed)["httpHeaders"] == [
        {"name": "X-A", "value": "1"},
        {"name": "X-Token", "value": "s3cret"},
    ]
    assert "s3cret" not in repr(listed)
    with pytest.raises(
        DSLError, match=r"HTTPGetAction: http_headers\[0\] is an HTTPSecretHeader \('Authorization'\)"
    ):
        HTTPGetAction(
            port=80, http_headers=[HTTPSecretHeader(name="Authorization", secret_name="s", secret_key="k")]
        )
    with pytest.raises(
        DSLError, match=r"HTTPGetAction: http_headers\[0\]: HTTPHeader 'A': value must be a string"
    ):
        HTTPGetAction(port=80, http_headers={"A": 1})


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Probe(), r"Probe: give one action: exec, grpc, http_get or tcp_socket"),
        (
            lambda: Probe(exec=["true"], tcp_socket=80),
            r"Probe: give exactly one action \(exec, grpc, http_get or tcp_socket\), got exec and tcp_socket",
        ),
        (
            lambda: Probe(tcp_socket=70000),
            r"Probe: tcp_socket: TCPSocketAction: port 70000 is outside 1-65535",
        ),
        (lambda: Probe(grpc="grpc"), r"Probe: grpc: GRPCAction: port must be a port number from 1 to 65535"),
        (lambda: HTTPGetAction(port=0), r"HTTPGetAction: port 0 is outside 1-65535"),
        (lambda: HTTPGetAction(port=80, scheme="https"), r"HTTPGetAction: scheme 'https' is not valid"),
        (lambda: ExecAction(command="cat /tmp/ready"), r"ExecAction: command must be a list of strings"),
        (lambda: ExecAction(command=[]), r"ExecAction: command must hold at least one string"),
        (
            lambda: Probe(exec="cat /x"),
            r"Probe: exec must be an ExecAction or a command list, got the string",
        ),
        (
            lambda: Probe(http_get=TCPSocketAction(port=80)),
            r"Probe: http_get must be a HTTPGetAction \(or a dict / generated model of it\), got TCPSocketAction",
        ),
        (
            lambda: Probe(tcp_socket=80, initial_delay_seconds=-1),
            r"Probe: initial_delay_seconds -1 is out of range",
        ),
        (lambda: Probe(tcp_socket=80, period_seconds=0), r"Probe: period_seconds 0 is out of range"),
        (
            lambda: Probe(tcp_socket=80, failure_threshold=1.5),
            r"Probe: failure_threshold must be a whole number",
        ),
    ],
)
def test_bad_probes_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]


def test_probes_on_every_kind_of_container_make_a_valid_manifest() -> None:
    ready = Probe(http_get=HTTPGetAction(path="/", port=80), initial_delay_seconds=2, timeout_seconds=1)
    alive = Probe(tcp_socket=80, failure_threshold=5)
    started = Probe(exec=["cat", "/tmp/started"], period_seconds=1, failure_threshold=30)
    with Workflow(generate_name="probes-", entrypoint="server") as w:
        Container(
            name="server",
            image="nginx",
            daemon=True,
            readiness_probe=ready,
            liveness_probe=alive,
            startup_probe=started,
            sidecars=[UserContainer(name="side", image="nginx", readiness_probe=Probe(grpc=50051))],
        )
        Script(name="script", source="print(1)", image="python:3.12", readiness_probe=ready)
        with ContainerSet(name="set"):
            ContainerNode(name="main", image="nginx", liveness_probe=alive)
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    templates = {t["name"]: t for t in manifest["spec"]["templates"]}
    server = templates["server"]["container"]
    assert server["readinessProbe"] == {
        "httpGet": {"path": "/", "port": 80},
        "initialDelaySeconds": 2,
        "timeoutSeconds": 1,
    }
    assert server["livenessProbe"] == {"failureThreshold": 5, "tcpSocket": {"port": 80}}
    assert server["startupProbe"]["exec"] == {"command": ["cat", "/tmp/started"]}
    assert templates["server"]["sidecars"][0]["readinessProbe"] == {"grpc": {"port": 50051}}
    assert templates["script"]["script"]["readinessProbe"] == server["readinessProbe"]
    assert templates["set"]["containerSet"]["containers"][0]["livenessProbe"] == server["livenessProbe"]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_liveness_and_startup_probes_keep_success_threshold_at_one() -> None:
    flaky = Probe(tcp_socket=80, success_threshold=2)
    Container(name="ok", image="nginx", readiness_probe=flaky)
    with pytest.raises(
        DSLError,
        match=r"template 'web': liveness_probe has success_threshold=2, but Kubernetes requires 1 for liveness "
        r"and startup probes",
    ):
        Container(name="web", image="nginx", liveness_probe=flaky)
    with pytest.raises(DSLError, match=r"template 'job': startup_probe has success_threshold=3"):
        Script(
            name="job", source="print(1)", startup_probe={"exec": {"command": ["x"]}, "successThreshold": 3}
        )
    with pytest.raises(DSLError, match=r"UserContainer 'side': liveness_probe has success_threshold=2"):
        UserContainer(name="side", image="nginx", liveness_probe=flaky)
    with pytest.raises(DSLError, match=r"ContainerNode 'main': startup_probe has success_threshold=2"):
        ContainerNode(name="main", image="nginx", startup_probe=m.Probe(success_threshold=2))
