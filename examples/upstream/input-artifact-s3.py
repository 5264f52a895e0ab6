"""An input artifact read from S3 with credentials from a Secret."""

from hera.workflows import Container, S3Artifact, SecretKeySelector, Workflow

with Workflow(
    generate_name="input-artifact-s3-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="input-artifact-s3-example",
) as w:
    Container(
        name="input-artifact-s3-example",
        inputs=[
            S3Artifact(
                name="my-art",
                path="/my-artifact",
                endpoint="s3.amazonaws.com",
                bucket="my-bucket-name",
                key="path/in/bucket",
                region="us-west-2",
                access_key_secret=SecretKeySelector(name="my-s3-credentials", key="accessKey"),
                secret_key_secret=SecretKeySelector(name="my-s3-credentials", key="secretKey"),
            )
        ],
        image="debian:latest",
        command=["sh", "-c"],
        args=["ls -l /my-artifact"],
    )
