"""An output artifact uploaded to Azure Blob Storage."""

from hera.workflows import AzureArtifact, Container, SecretKeySelector, Workflow

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
            AzureArtifact(
                name="message",
                path="/tmp",
                endpoint="https://myazurestorageaccountname.blob.core.windows.net",
                container="my-container",
                blob="path/in/container/hello_world.txt.tgz",
                account_key_secret=SecretKeySelector(name="my-azure-credentials", key="accountKey"),
            )
        ],
    )
