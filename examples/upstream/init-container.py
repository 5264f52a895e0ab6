"""An init container that runs before the main one and sees the same volume mounts."""

from hera.workflows import Container, EmptyDirVolume, UserContainer, VolumeMount, Workflow

with Workflow(
    generate_name="init-container-",
    entrypoint="init-container-example",
    volumes=[EmptyDirVolume(name="foo")],
) as w:
    Container(
        name="init-container-example",
        image="alpine:3.23",
        command=["echo", "bye"],
        volume_mounts=[VolumeMount(name="foo", mount_path="/foo")],
        init_containers=[
            UserContainer(
                name="hello", image="alpine:3.23", command=["echo", "hello"], mirror_volume_mounts=True
            )
        ],
    )
