"""One step writes a file as an output artifact; the next step reads it as an input artifact."""

from hera.workflows import Artifact, Container, Steps, Workflow

with Workflow(generate_name="artifact-passing-", entrypoint="artifact-example") as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["sleep 1; echo hello world | tee /tmp/hello_world.txt"],
        outputs=[Artifact(name="hello-art", path="/tmp/hello_world.txt")],
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
