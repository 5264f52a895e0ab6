"""A daemoned nginx step that later steps reach through its IP address."""

from hera.workflows import Container, HTTPGetAction, Parameter, Probe, Steps, Workflow

with Workflow(generate_name="daemon-nginx-", entrypoint="daemon-nginx-example") as w:
    nginx_server = Container(
        name="nginx-server",
        daemon=True,
        image="nginx:1.13",
        readiness_probe=Probe(
            http_get=HTTPGetAction(path="/", port=80), initial_delay_seconds=2, timeout_seconds=1
        ),
    )
    nginx_client = Container(
        name="nginx-client",
        inputs=[Parameter(name="server-ip")],
        image="curlimages/curl:latest",
        command=["/bin/sh", "-c"],
        args=[
            "echo curl --silent -G http://{{inputs.parameters.server-ip}}:80/ && "
            "curl --silent -G http://{{inputs.parameters.server-ip}}:80/"
        ],
    )
    with Steps(name="daemon-nginx-example"):
        server = nginx_server(name="nginx-server")
        nginx_client(name="nginx-client", arguments={"server-ip": server.ip})
