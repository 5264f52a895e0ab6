"""An output artifact uploaded to S3."""

from hera.workflows import Container, S3Artifact, SecretKeySelector, Workflow

with Workflow(
    generate_name="output-artifact-s3-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="hello-world-to-file",
) as w:
    Container(
        name="hello-world-to-file",
        image="busybox",
        command=["sh", "-c"],
        args=["echo hello world | tee /tmp/hello_world.txt"],
        outputs=[
            S3Artifact(
                name="message",
                path="/tmp",
                endpoint="s3.amazonaws.com",
                bucket="my-bucket",
                region="us-west-2",
                key="path/in/bucket/hello_world.txt.tgz",
                access_key_secret=SecretKeySelector(name="my-s3-credentials", key="accessKey"),
                secret_key_secret=SecretKeySelector(name="my-s3-credentials", key="secretKey"),
            )
        ],
    )
