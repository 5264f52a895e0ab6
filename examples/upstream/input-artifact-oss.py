"""An input artifact read from Alibaba Cloud OSS with keys from a Secret."""

from hera.workflows import Container, OSSArtifact, SecretKeySelector, Workflow

with Workflow(
    generate_name="input-artifact-oss-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="input-artifact-oss-example",
) as w:
    Container(
        name="input-artifact-oss-example",
        inputs=[
            OSSArtifact(
                name="my-art",
                path="/my-artifact",
                endpoint="http://oss-cn-hangzhou-zmf.aliyuncs.com",
                bucket="test-bucket-name",
                key="test/mydirectory/",
                access_key_secret=SecretKeySelector(name="my-oss-credentials", key="accessKey"),
                secret_key_secret=SecretKeySelector(name="my-oss-credentials", key="secretKey"),
            )
        ],
        image="debian:latest",
        command=["sh", "-c"],
        args=["ls -l /my-artifact"],
    )
