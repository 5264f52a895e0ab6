"""A registry secret every pod of the workflow pulls its images with."""

from hera.workflows import Container, Workflow

with Workflow(
    generate_name="hello-world-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="hello-world",
    image_pull_secrets=["docker-registry-secret"],
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
