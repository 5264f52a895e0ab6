"""Output artifacts stored without a tarball (`NoneArchiveStrategy`) or as an uncompressed one."""

from hera.workflows import Artifact, Container, NoneArchiveStrategy, Steps, TarArchiveStrategy, Workflow

with Workflow(
    generate_name="artifact-disable-archive-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="artifact-disable-archive",
) as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt | tee /tmp/hello_world_nc.txt ; sleep 1"],
        outputs=[
            Artifact(name="etc", path="/etc", archive=NoneArchiveStrategy()),
            Artifact(name="hello-txt", path="/tmp/hello_world.txt", archive=NoneArchiveStrategy()),
            Artifact(
                name="hello-txt-nc",
                path="/tmp/hello_world_nc.txt",
                archive=TarArchiveStrategy(compression_level=0),
            ),
        ],
    )
    print_message_from_files = Container(
        name="print-message-from-files",
        inputs=[
            Artifact(name="etc", path="/tmp/etc"),
            Artifact(name="hello-txt", path="/tmp/hello.txt"),
            Artifact(name="hello-txt-nc", path="/tmp/hello_nc.txt"),
        ],
        image="busybox",
        command=["sh", "-c"],
        args=["cat /tmp/hello.txt && cat /tmp/hello_nc.txt && cd /tmp/etc && find ."],
    )
    with Steps(name="artifact-disable-archive"):
        generated = hello_world_to_file(name="generate-artifact")
        print_message_from_files(
            name="consume-artifact",
            arguments=[generated.get_artifact(name) for name in ("etc", "hello-txt", "hello-txt-nc")],
        )
