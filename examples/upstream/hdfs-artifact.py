"""An artifact written to and read from HDFS."""

from hera.workflows import Container, HDFSArtifact, Steps, Workflow

NAMENODES = [
    "my-hdfs-namenode-0.my-hdfs-namenode.default.svc.cluster.local:8020",
    "my-hdfs-namenode-1.my-hdfs-namenode.default.svc.cluster.local:8020",
]


def in_hdfs(name: str, path: str) -> HDFSArtifact:
    """The artifact `name` at `path` in the container, kept at /tmp/argo/foo in HDFS."""
    return HDFSArtifact(
        name=name, path=path, addresses=NAMENODES, hdfs_path="/tmp/argo/foo", hdfs_user="root", force=True
    )


with Workflow(
    generate_name="hdfs-artifact-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="artifact-example",
) as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt"],
        outputs=[in_hdfs("hello-art", "/tmp/hello_world.txt")],
    )
    print_message_from_hdfs = Container(
        name="print-message-from-hdfs",
        inputs=[in_hdfs("message", "/tmp/message")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["cat /tmp/message"],
    )
    with Steps(name="artifact-example"):
        generated = hello_world_to_file(name="generate-artifact")
        print_message_from_hdfs(
            name="consume-artifact", arguments={"message": generated.get_artifact("hello-art")}
        )
