"""`DNSConfig`, `DNSConfigOption` and `HostAlias`: output, shorthands, use in workflows and templates, errors."""

from __future__ import annotations

import pytest

from hera.workflows import Container, DNSConfig, DNSConfigOption, HostAlias, Workflow
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_dns_config_output_and_the_options_mapping() -> None:
    config = DNSConfig(
        nameservers=["1.2.3.4", "fd00::53"],
        searches=["ns1.svc.cluster.local"],
        options={"ndots": "2", "edns0": None},
    )
    assert plain(config) == {
        "nameservers": ["1.2.3.4", "fd00::53"],
        "options": [{"name": "ndots", "value": "2"}, {"name": "edns0"}],
        "searches": ["ns1.svc.cluster.local"],
    }
    assert config.options == [DNSConfigOption(name="ndots", value="2"), DNSConfigOption(name="edns0")]
    listed = DNSConfig(
        options=[DNSConfigOption(name="ndots", value="1"), {"name": "rotate"}, m.PodDNSConfigOption(name="a")]
    )
    assert plain(listed) == {"options": [{"name": "ndots", "value": "1"}, {"name": "rotate"}, {"name": "a"}]}


def test_host_alias_output() -> None:
    assert plain(HostAlias(ip="10.0.0.5", hostnames=["db", "db.local"])) == {
        "hostnames": ["db", "db.local"],
        "ip": "10.0.0.5",
    }


def test_in_a_workflow_and_a_template_with_a_valid_manifest() -> None:
    with Workflow(
        generate_name="dns-",
        entrypoint="main",
        dns_policy="None",
        dns_config=DNSConfig(nameservers=["1.2.3.4"], options={"ndots": "2"}),
        host_aliases=[HostAlias(ip="10.0.0.1", hostnames=["registry"])],
    ) as w:
        Container(name="main", image="alpine", host_aliases=[HostAlias(ip="10.0.0.2", hostnames=["db"])])
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    assert manifest["spec"]["dnsConfig"] == {
        "nameservers": ["1.2.3.4"],
        "options": [{"name": "ndots", "value": "2"}],
    }
    assert manifest["spec"]["hostAliases"] == [{"hostnames": ["registry"], "ip": "10.0.0.1"}]
    assert manifest["spec"]["templates"][0]["hostAliases"] == [{"hostnames": ["db"], "ip": "10.0.0.2"}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: DNSConfig(nameservers=["dns.local"]),
            r"DNSConfig: nameservers\[0\] 'dns.local' is not an IP address",
        ),
        (
            lambda: DNSConfig(nameservers="1.2.3.4"),
            r"DNSConfig: nameservers must be a list of strings, got the string",
        ),
        (
            lambda: DNSConfig(nameservers=["1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4"]),
            r"DNSConfig: nameservers holds 4 addresses; Kubernetes allows at most 3",
        ),
        (lambda: DNSConfig(searches=[f"d{i}.local" for i in range(33)]), r"searches holds 33 domains"),
        (
            lambda: DNSConfig(options={"ndots": 2}),
            r"DNSConfig: options\[0\]: DNSConfigOption 'ndots': value must be",
        ),
        (
            lambda: DNSConfig(options=[HostAlias(ip="1.2.3.4")]),
            r"DNSConfig: options\[0\] must be a DNSConfigOption",
        ),
        (lambda: DNSConfigOption(name=""), r"DNSConfigOption: name must be a non-empty string"),
        (lambda: HostAlias(ip="10.0.0"), r"HostAlias '10.0.0': ip '10.0.0' is not an IP address"),
        (lambda: HostAlias(ip="10.0.0.1", hostnames="db"), r"HostAlias '10.0.0.1': hostnames must be a list"),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
