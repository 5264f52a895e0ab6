"""A retried daemon task serving nginx to six clients, one client at a time through a mutex."""

from hera.workflows import (
    DAG,
    Container,
    HTTPGetAction,
    Mutex,
    Parameter,
    Probe,
    RetryStrategy,
    Sequence,
    Synchronization,
    Workflow,
)

with Workflow(
    generate_name="dag-daemon-retry-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    entrypoint="main",
) as w:
    server = Container(
        name="server",
        retry_strategy=RetryStrategy(limit="6"),
        daemon=True,
        image="nginx:1.13",
        command=["nginx"],
        args=["-g", "daemon off;"],
        readiness_probe=Probe(
            http_get=HTTPGetAction(path="/", port=80), initial_delay_seconds=2, timeout_seconds=1
        ),
    )
    client = Container(
        name="client",
        inputs=[Parameter(name="server-ip")],
        synchronization=Synchronization(mutexes=[Mutex(name="client-{{workflow.uid}}")]),
        image="curlimages/curl:latest",
        command=["/bin/sh", "-c"],
        args=[
            "echo curl --silent -G http://{{inputs.parameters.server-ip}}:80/ && "
            "curl --silent -G http://{{inputs.parameters.server-ip}}:80/"
        ],
    )
    with DAG(name="main"):
        s = server(name="server")
        s >> client(name="client", arguments={"server-ip": s.ip}, with_sequence=Sequence(count="6"))
