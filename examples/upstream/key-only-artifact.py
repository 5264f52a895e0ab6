"""Key-only artifacts: only the key is given; bucket and credentials come from the artifact repository."""

from hera.workflows import DAG, Container, S3Artifact, Workflow

with Workflow(generate_name="key-only-artifacts-", entrypoint="main") as w:
    generate = Container(
        name="generate",
        image="argoproj/argosay:v2",
        args=["echo", "hello", "/mnt/file"],
        outputs=[S3Artifact(name="file", path="/mnt/file", key="my-file")],
    )
    consume = Container(
        name="consume",
        image="argoproj/argosay:v2",
        args=["cat", "/tmp/file"],
        inputs=[S3Artifact(name="file", path="/tmp/file", key="my-file")],
    )
    with DAG(name="main"):
        generate(name="generate") >> consume(name="consume")
