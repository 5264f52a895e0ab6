"""`ContainerPort`: output (with the `hostIP` key), use in containers, and checks."""

from __future__ import annotations

import pytest

from hera.workflows import Container, ContainerPort, HTTPGetAction, Probe, UserContainer, Workflow
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_output() -> None:
    assert plain(ContainerPort(container_port=8080)) == {"containerPort": 8080}
    assert plain(
        ContainerPort(container_port=53, name="dns", protocol="UDP", host_port=5353, host_ip="127.0.0.1")
    ) == {"containerPort": 53, "hostIP": "127.0.0.1", "hostPort": 5353, "name": "dns", "protocol": "UDP"}


def test_named_port_used_by_a_probe_in_a_valid_manifest() -> None:
    with Workflow(generate_name="ports-", entrypoint="main") as w:
        Container(
            name="main",
            image="nginx",
            daemon=True,
            ports=[ContainerPort(container_port=80, name="http")],
            readiness_probe=Probe(http_get=HTTPGetAction(path="/", port="http")),
            sidecars=[UserContainer(name="side", image="redis", ports=[ContainerPort(container_port=6379)])],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    template = manifest["spec"]["templates"][0]
    assert template["container"]["ports"] == [{"containerPort": 80, "name": "http"}]
    assert template["sidecars"][0]["ports"] == [{"containerPort": 6379}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ContainerPort(container_port=0), r"ContainerPort: container_port 0 is outside 1-65535"),
        (lambda: ContainerPort(container_port="80"), r"ContainerPort: container_port must be a port number"),
        (lambda: ContainerPort(container_port=80, host_port=70000), r"host_port 70000 is outside 1-65535"),
        (
            lambda: ContainerPort(container_port=80, name="Web_UI"),
            r"ContainerPort 'Web_UI': name 'Web_UI' is not a port name; use at most 15 lowercase letters",
        ),
        (
            lambda: ContainerPort(container_port=80, protocol="tcp"),
            r"ContainerPort: protocol 'tcp' is not valid",
        ),
        (
            lambda: ContainerPort(container_port=80, host_ip="localhost"),
            r"host_ip 'localhost' is not an IP address",
        ),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
