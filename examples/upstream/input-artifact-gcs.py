"""An input artifact read from Google Cloud Storage with a service account key from a Secret."""

from hera.workflows import Container, GCSArtifact, SecretKeySelector, Workflow

with Workflow(
    generate_name="input-artifact-gcs-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="input-artifact-gcs-example",
) as w:
    Container(
        name="input-artifact-gcs-example",
        inputs=[
            GCSArtifact(
                name="my-art",
                path="/my-artifact",
                bucket="my-bucket-name",
                key="path/in/bucket",
                service_account_key_secret=SecretKeySelector(
                    name="my-gcs-credentials", key="serviceAccountKey"
                ),
            )
        ],
        image="debian:latest",
        command=["sh", "-c"],
        args=["ls -l /my-artifact"],
    )
