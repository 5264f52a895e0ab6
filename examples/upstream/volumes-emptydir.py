"""An emptyDir volume declared for the workflow and mounted in its container."""

from hera.workflows import Container, EmptyDirVolume, Workflow

workdir = EmptyDirVolume(name="workdir", mount_path="/mnt/vol")

with Workflow(
    generate_name="volumes-emptydir-", entrypoint="volumes-emptydir-example", volumes=[workdir]
) as w:
    Container(
        name="volumes-emptydir-example",
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=[
            ' if grep -q /mnt/vol /proc/mounts; then echo "Volume mounted and found"; '
            'else echo "Not found"; exit 1; fi '
        ],
        volume_mounts=[workdir],
    )
