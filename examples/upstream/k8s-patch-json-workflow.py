"""A JSON patch adds a label to the running workflow itself."""

from hera.workflows import Resource, Workflow

with Workflow(
    generate_name="k8s-patch-json-workflow-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/description": "This example shows how to patch a workflow with json mergeStrategy\n"
    },
    entrypoint="main",
) as w:
    Resource(
        name="main",
        action="patch",
        merge_strategy="json",
        flags=["workflow", "{{workflow.name}}"],
        manifest=[{"op": "add", "path": "/metadata/labels/foo", "value": "bar"}],
    )
