"""A claim Argo creates for the workflow: one step writes a file to it, the next reads it."""

from hera.workflows import Container, Steps, Volume, Workflow

workdir = Volume(name="workdir", size="1Gi", mount_path="/mnt/vol")

with Workflow(generate_name="volumes-pvc-", entrypoint="volumes-pvc-example") as w:
    write = Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo generating message in volume; echo hello world | tee /mnt/vol/hello_world.txt"],
        volumes=[workdir],
    )
    read = Container(
        name="print-message-from-file",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo getting message from volume; find /mnt/vol; cat /mnt/vol/hello_world.txt"],
        volumes=[workdir],
    )
    with Steps(name="volumes-pvc-example"):
        write(name="generate")
        read(name="print")
