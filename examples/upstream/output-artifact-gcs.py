"""An output artifact uploaded to Google Cloud Storage."""

from hera.workflows import Container, GCSArtifact, SecretKeySelector, Workflow

with Workflow(
    generate_name="output-artifact-gcs-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="hello-world-to-file",
) as w:
    Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt"],
        outputs=[
            GCSArtifact(
                name="message",
                path="/tmp",
                bucket="my-bucket",
                key="path/in/bucket/hello_world.txt.tgz",
                service_account_key_secret=SecretKeySelector(
                    name="my-gcs-credentials", key="serviceAccountKey"
                ),
            )
        ],
    )
