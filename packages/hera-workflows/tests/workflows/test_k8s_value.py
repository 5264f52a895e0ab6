"""`K8sValue`: every value class mirrors its schema definition exactly; shared checks, repr, defaults and hooks."""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

import pytest

from hera.shared import global_config
from hera.workflows import Probe, TCPSocketAction, Toleration
from hera.workflows import models as m
from hera.workflows._k8s_value import (
    K8sValue,
    check_choice,
    check_int,
    check_ip,
    check_kind,
    check_port,
    check_str_list,
    check_str_map,
    is_port_name,
    json_keys,
)
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError

MODULES = (
    "affinity",
    "container_lifecycle",
    "container_port",
    "dns_config",
    "metadata",
    "probe",
    "security_context",
    "toleration",
)
MODEL_NAMES = {"DNSConfig": "PodDNSConfig", "DNSConfigOption": "PodDNSConfigOption"}


def _public_classes() -> list[type[K8sValue]]:
    for module in MODULES:
        importlib.import_module(f"hera.workflows.{module}")
    found: list[type[K8sValue]] = []
    pending: list[type[Any]] = [K8sValue]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls is not K8sValue and not cls.__name__.startswith("_"):
            found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


CLASSES = _public_classes()


def test_every_module_class_is_found() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert {"Probe", "SecurityContext", "PodSecurityContext", "Affinity", "Toleration", "DNSConfig"} <= names
    assert len(CLASSES) == 36


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_fields_and_keys_equal_the_generated_model(cls: type[K8sValue]) -> None:
    model = getattr(m, MODEL_NAMES.get(cls.__name__, cls.__name__))
    expected = {name: field.alias or name for name, field in model.model_fields.items()}
    assert dict(json_keys(cls)) == expected
    required = {f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING}
    schema_required = {name for name, field in model.model_fields.items() if field.is_required()}
    assert schema_required <= required
    hera_name = __import__("hera.workflows", fromlist=[cls.__name__])
    assert getattr(hera_name, cls.__name__) is cls
    assert cls.__doc__ and cls.__doc__.strip()


def test_a_built_value_loads_into_its_model() -> None:
    probe = Probe(tcp_socket=8080, period_seconds=5)
    model = m.Probe.model_validate(plain(probe))
    assert model.tcp_socket is not None and plain(model) == plain(probe)


def test_repr_shows_the_fields_that_are_set() -> None:
    assert repr(Toleration(key="gpu", operator="Exists")) == "Toleration(key='gpu', operator='Exists')"
    assert repr(TCPSocketAction(port=80)) == "TCPSocketAction(port=80)"


def test_checks_run_again_when_built() -> None:
    probe = Probe(tcp_socket=80)
    probe.timeout_seconds = 0
    with pytest.raises(DSLError, match=r"Probe: timeout_seconds 0 is out of range; use a whole number >= 1"):
        plain(probe)


def test_class_defaults_and_pre_build_hooks() -> None:
    global_config.set_class_defaults(Probe, timeout_seconds=5, period_seconds=30)
    probe = Probe(exec=["true"], period_seconds=10)
    assert plain(probe) == {"exec": {"command": ["true"]}, "periodSeconds": 10, "timeoutSeconds": 5}

    @global_config.register_pre_build_hook
    def tolerate_for_an_hour(toleration: Toleration) -> Toleration:
        return dataclasses.replace(toleration, effect="NoExecute", toleration_seconds=3600)

    assert plain(Toleration(key="spot", operator="Exists")) == {
        "effect": "NoExecute",
        "key": "spot",
        "operator": "Exists",
        "tolerationSeconds": 3600,
    }


def test_check_int() -> None:
    check_int(None, "X", "f", minimum=1)
    check_int(3, "X", "f", minimum=1, maximum=3)
    with pytest.raises(DSLError, match=r"X: f must be a whole number >= 1, got True"):
        check_int(True, "X", "f", minimum=1)
    with pytest.raises(DSLError, match=r"X: f must be a whole number, got '3'"):
        check_int("3", "X", "f")
    with pytest.raises(DSLError, match=r"X: f 101 is out of range; use a whole number from 1 to 100"):
        check_int(101, "X", "f", minimum=1, maximum=100)


def test_check_port_and_port_names() -> None:
    assert check_port(1, "X", "port") == 1
    assert check_port(65535, "X", "port") == 65535
    assert check_port("http", "X", "port") == "http"
    assert check_port("{{inputs.parameters.port}}", "X", "port") == "{{inputs.parameters.port}}"
    with pytest.raises(DSLError, match=r"X: port 0 is outside 1-65535"):
        check_port(0, "X", "port")
    with pytest.raises(DSLError, match=r"X: port 65536 is outside 1-65535"):
        check_port(65536, "X", "port")
    with pytest.raises(DSLError, match=r"X: port '80' is a number written as a string; write port=80"):
        check_port("80", "X", "port")
    with pytest.raises(DSLError, match=r"X: port 'HTTP' is not a port name"):
        check_port("HTTP", "X", "port")
    with pytest.raises(DSLError, match=r"X: port must be a port number from 1 to 65535, got 'http'"):
        check_port("http", "X", "port", names=False)
    assert is_port_name("grpc-web") and is_port_name("h2c")
    assert not is_port_name("a--b") and not is_port_name("-a") and not is_port_name("123")
    assert not is_port_name("a" * 16)


def test_other_checks() -> None:
    with pytest.raises(DSLError, match=r"X: f 'tcp' is not valid; use one of 'TCP', 'UDP'"):
        check_choice("tcp", "X", "f", ("TCP", "UDP"))
    with pytest.raises(DSLError, match=r"X: f must be a list of strings, got the string 'a'; write \['a'\]"):
        check_str_list("a", "X", "f")
    with pytest.raises(DSLError, match=r"X: f must hold at least one string"):
        check_str_list([], "X", "f", required=True)
    with pytest.raises(
        DSLError, match=r"X: f\['a'\] must be a string, got 1; write it as a string, e.g. '1'"
    ):
        check_str_map({"a": 1}, "X", "f")
    check_ip("::1", "X", "ip")
    check_ip("{{inputs.parameters.ip}}", "X", "ip")
    with pytest.raises(DSLError, match=r"X: ip '1.2.3' is not an IP address"):
        check_ip("1.2.3", "X", "ip")


def test_check_kind_accepts_the_kinds_dicts_and_models_only() -> None:
    check_kind(TCPSocketAction(port=1), "X", "f", TCPSocketAction)
    check_kind({"port": 1}, "X", "f", TCPSocketAction)
    check_kind(m.TCPSocketAction(port=1), "X", "f", TCPSocketAction)
    with pytest.raises(
        DSLError,
        match=r"X: f must be a TCPSocketAction, a port \(or a dict / generated model of it\), got '1'",
    ):
        check_kind("1", "X", "f", TCPSocketAction, "a port")
    with pytest.raises(
        DSLError,
        match=r"X: f must be a TCPSocketAction or Probe \(or a dict / generated model of it\), got Toleration",
    ):
        check_kind(Toleration(operator="Exists"), "X", "f", (TCPSocketAction, Probe))
