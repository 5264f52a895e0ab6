"""An input artifact read from Azure Blob Storage with an account key from a Secret."""

from hera.workflows import AzureArtifact, Container, SecretKeySelector, Workflow

with Workflow(
    generate_name="input-artifact-s3-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="input-artifact-s3-example",
) as w:
    Container(
        name="input-artifact-s3-example",
        inputs=[
            AzureArtifact(
                name="my-art",
                path="/my-artifact",
                endpoint="https://myazurestorageaccountname.blob.core.windows.net",
                container="my-container",
                blob="path/in/container",
                account_key_secret=SecretKeySelector(name="my-azure-credentials", key="accountKey"),
            )
        ],
        image="debian:latest",
        command=["sh", "-c"],
        args=["ls -l /my-artifact"],
    )
