"""A claim that already exists, attached to the workflow: one step appends to a log on it, the next prints it."""

from hera.workflows import Container, ExistingVolume, Steps, Workflow

workdir = ExistingVolume(name="workdir", claim_name="my-existing-volume", mount_path="/mnt/vol")

with Workflow(
    generate_name="volumes-existing-", entrypoint="volumes-existing-example", volumes=[workdir]
) as w:
    append = Container(
        name="append-to-accesslog",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo accessed at: $(date) | tee -a /mnt/vol/accesslog"],
        volume_mounts=[workdir],
    )
    show = Container(
        name="print-accesslog",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo 'Volume access log:'; cat /mnt/vol/accesslog"],
        volume_mounts=[workdir],
    )
    with Steps(name="volumes-existing-example"):
        append(name="generate")
        show(name="print")
