"""Image processing steps sharing one volume claim, with the resulting directory as an output artifact."""

from hera.workflows import Artifact, Container, Steps, Volume, Workflow

INVALID_UPSTREAM = "upstream indents generateName under metadata.labels, so the workflow has no name"

workdir = Volume(name="workdir", size="1Gi", mount_path="/mnt/data")

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment", "generateName": "fun-with-gifs-"},
    entrypoint="run-workflow",
) as w:

    def on_workdir(name: str, image: str, command: list[str], **kwargs: object) -> Container:
        """A template running `command` in `image` with the shared volume mounted at /mnt/data."""
        return Container(name=name, image=image, command=command, volumes=[workdir], **kwargs)

    templates = [
        on_workdir("create-output-dir", "alpine:3.23", ["mkdir", "/mnt/data/output"]),
        on_workdir(
            "download-images",
            "mesosphere/aws-cli",
            [
                "aws",
                "--no-sign-request",
                "s3",
                "cp",
                "--recursive",
                "s3://ax-public/cricket_gif_images",
                "/mnt/data/",
            ],
        ),
        on_workdir(
            "create-gif",
            "v4tech/imagemagick",
            ["convert", "-delay", "20", "-loop", "0", "/mnt/data/*.gif", "/mnt/data/output/orig.gif"],
        ),
        on_workdir(
            "black-and-white",
            "v4tech/imagemagick",
            [
                "convert",
                "/mnt/data/output/orig.gif",
                "-colorspace",
                "Gray",
                "/mnt/data/output/black_white.gif",
            ],
        ),
        on_workdir(
            "combine-horizontal",
            "v4tech/imagemagick",
            ["convert", "+append", "/mnt/data/*.gif", "/mnt/data/output/horizontal.gif"],
        ),
        on_workdir(
            "combine-vertical",
            "v4tech/imagemagick",
            ["convert", "-append", "/mnt/data/*.gif", "/mnt/data/output/vertical.gif"],
        ),
        on_workdir(
            "make-bigger",
            "starefossen/gifsicle",
            [
                "gifsicle",
                "/mnt/data/output/orig.gif",
                "--resize",
                "1000x800",
                "-o",
                "/mnt/data/output/orig_big.gif",
            ],
        ),
        on_workdir(
            "bundle-up", "alpine:3.23", ["ls"], outputs=[Artifact(name="output-gif", path="/mnt/data/output")]
        ),
    ]
    with Steps(name="run-workflow"):
        for number, template in enumerate(templates, start=1):
            template(name=f"step-{number}")
