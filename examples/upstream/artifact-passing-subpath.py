"""A directory artifact passed whole to one step and, through `sub_path`, as a single file to another."""

from hera.workflows import Artifact, Container, NoneArchiveStrategy, Steps, Workflow

with Workflow(generate_name="artifact-passing-subpath-", entrypoint="artifact-example") as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["sleep 1; echo hello world | tee /tmp/hello_world.txt"],
        outputs=[Artifact(name="hello-art", path="/tmp/", archive=NoneArchiveStrategy())],
    )
    print_message_dir = Container(
        name="print-message-dir",
        inputs=[Artifact(name="message", path="/tmp/message")],
        image="busybox",
        command=["sh", "-c"],
        args=["ls /tmp/message"],
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
        hello_art = generated.get_artifact("hello-art")
        print_message_dir(name="list-artifact", arguments={"message": hello_art})
        print_message_from_file(
            name="consume-artifact",
            arguments=[Artifact(name="message", from_=hello_art.from_, sub_path="hello_world.txt")],
        )
