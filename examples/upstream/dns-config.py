"""A pod DNS configuration (name servers and resolver options) set for the whole workflow."""

from hera.workflows import Container, DNSConfig, DNSConfigOption, Resources, Workflow

with Workflow(
    generate_name="test-dns-config-",
    entrypoint="hello-world",
    dns_config=DNSConfig(nameservers=["1.2.3.4"], options=[DNSConfigOption(name="ndots", value="2")]),
) as w:
    Container(
        name="hello-world",
        image="busybox",
        command=["echo"],
        args=["hello world"],
        resources=Resources(memory_limit="32Mi", cpu_limit="100m"),
    )
