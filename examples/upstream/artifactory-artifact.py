"""An artifact written to and read from JFrog Artifactory, with credentials from a Secret."""

from hera.workflows import ArtifactoryArtifact, Container, SecretKeySelector, Steps, Workflow

URL = "http://artifactory:8081/artifactory/generic-local/hello_world.tgz"


def artifactory(name: str, path: str) -> ArtifactoryArtifact:
    """The artifact `name` at `path`, stored at URL."""
    return ArtifactoryArtifact(
        name=name,
        path=path,
        url=URL,
        username_secret=SecretKeySelector(name="my-artifactory-credentials", key="username"),
        password_secret=SecretKeySelector(name="my-artifactory-credentials", key="password"),
    )


with Workflow(
    generate_name="artifactory-artifact-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="artifact-example",
) as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt"],
        outputs=[artifactory("hello-art", "/tmp/hello_world.txt")],
    )
    print_message_from_file = Container(
        name="print-message-from-file",
        inputs=[artifactory("message", "/tmp/message")],
        image="busybox",
        command=["sh", "-c"],
        args=["cat /tmp/message"],
    )
    with Steps(name="artifact-example"):
        generated = hello_world_to_file(name="generate-artifact")
        print_message_from_file(
            name="consume-artifact", arguments={"message": generated.get_artifact("hello-art")}
        )
