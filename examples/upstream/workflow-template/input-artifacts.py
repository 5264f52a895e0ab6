"""A WorkflowTemplate whose argument is an S3 artifact, read by its entrypoint as an input."""

from hera.workflows import Artifact, Container, S3Artifact, SecretKeySelector, WorkflowTemplate

with WorkflowTemplate(
    name="workflow-template-input-artifacts",
    entrypoint="argosay",
    arguments=[
        S3Artifact(
            name="input-file",
            endpoint="s3.amazonaws.com",
            region="us-east-1",
            bucket="your-bucket-name",
            key="input-file/upload.zip",
            access_key_secret=SecretKeySelector(name="s3-creds", key="accessKey"),
            secret_key_secret=SecretKeySelector(name="s3-creds", key="secretKey"),
        )
    ],
) as w:
    Container(
        name="argosay",
        inputs=[Artifact(name="input-file", path="/tmp/input-file")],
        image="alpine:latest",
        command=["cat"],
        args=["/tmp/input-file"],
    )
