"""A Kubernetes secret used twice: one key as an environment variable, the whole secret as mounted files."""

from hera.workflows import Container, SecretEnv, SecretVolume, Workflow

secret_volume = SecretVolume(name="my-secret-vol", secret_name="my-secret", mount_path="/secret/mountpath")

with Workflow(
    generate_name="secrets-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="print-secret",
    volumes=[secret_volume],
) as w:
    Container(
        name="print-secret",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[
            ' echo "secret from env: $MYSECRETPASSWORD"; '
            'echo "secret from file: `cat /secret/mountpath/mypassword`" '
        ],
        env=[SecretEnv(name="MYSECRETPASSWORD", secret_name="my-secret", secret_key="mypassword")],
        volume_mounts=[secret_volume],
    )
