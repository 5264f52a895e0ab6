"""A privileged Docker daemon sidecar that the main container drives through DOCKER_HOST."""

from hera.workflows import Container, Env, SecurityContext, UserContainer, Workflow

with Workflow(
    generate_name="sidecar-dind-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="dind-sidecar-example",
) as w:
    Container(
        name="dind-sidecar-example",
        image="docker:19.03.13",
        command=["sh", "-c"],
        args=["until docker ps; do sleep 3; done; docker run --rm debian:latest cat /etc/os-release"],
        env=[Env(name="DOCKER_HOST", value="127.0.0.1")],
        sidecars=[
            UserContainer(
                name="dind",
                image="docker:19.03.13-dind",
                command=["dockerd-entrypoint.sh"],
                env=[Env(name="DOCKER_TLS_CERTDIR", value="")],
                security_context=SecurityContext(privileged=True),
                mirror_volume_mounts=True,
            )
        ],
    )
