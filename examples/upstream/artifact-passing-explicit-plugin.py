"""An output artifact stored by an artifact driver plugin, then read by the next step."""

from hera.workflows import Artifact, Container, PluginArtifact, Steps, Workflow

PLUGIN_CONFIGURATION = """\
bucket: my-bucket
endpoint: minio:9000
insecure: true
accessKeySecret:
  name: my-minio-cred
  key: accesskey
secretKeySecret:
  name: my-minio-cred
  key: secretkey
"""

with Workflow(generate_name="artifact-passing-", entrypoint="artifact-example") as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["sleep 1; echo hello world | tee /tmp/hello_world.txt"],
        outputs=[
            PluginArtifact(
                name="hello-art",
                path="/tmp/hello_world.txt",
                plugin_name="test",
                configuration=PLUGIN_CONFIGURATION,
                key="hi",
            )
        ],
    )
    print_message_from_file = Container(
        name="print-message-from-file",
        inputs=[Artifact(name="message", path="/tmp/message")],
        image="busybox",
        command=["sh", "-c"],
        args=["cat /tmp/message"],
    )
    with Steps(name="artifact-example"):
        generated = hello_world_to_file(name="generate-artifact")
        print_message_from_file(
            name="consume-artifact", arguments={"message": generated.get_artifact("hello-art")}
        )
