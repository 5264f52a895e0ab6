"""A JSON patch, given as a list of operations, adds an annotation to the workflow's own pod."""

from hera.workflows import Resource, Workflow

with Workflow(
    generate_name="k8s-patch-json-pod-",
    annotations={
        "workflows.argoproj.io/description": "This example shows a more advanced patch with json mergeStrategy\n"
    },
    entrypoint="main",
) as w:
    Resource(
        name="main",
        action="patch",
        merge_strategy="json",
        flags=["pod", "{{pod.name}}"],
        manifest=[{"op": "add", "path": "/metadata/annotations/foo", "value": "bar"}],
    )
