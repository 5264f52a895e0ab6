"""A JSON merge patch, given as a dict, adds an annotation to the workflow's own pod."""

from hera.workflows import Resource, Workflow

with Workflow(
    generate_name="k8s-patch-merge-pod-",
    annotations={
        "workflows.argoproj.io/description": "This example shows a more advanced JSON merge patch\n"
    },
    entrypoint="main",
) as w:
    Resource(
        name="main",
        action="patch",
        merge_strategy="merge",
        flags=["pod", "{{pod.name}}"],
        manifest={"metadata": {"annotations": {"foo": "bar"}}},
    )
