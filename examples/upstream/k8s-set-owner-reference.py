"""A ConfigMap, given as a dict, created with this workflow as its owner."""

from hera.workflows import Resource, Workflow

with Workflow(
    generate_name="k8s-set-owner-reference-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/no-test-reasons": (
            "main: Error (exit code 64): no more retries Error from server (Forbidden):\n"
            'error when creating "/tmp/manifest.yaml": configmaps is forbidden: User\n'
            '"system:serviceaccount:argo:default" cannot create resource "configmaps"\n'
            'in API group "" in the namespace "argo"\n'
        )
    },
    entrypoint="k8s-set-owner-reference",
) as w:
    Resource(
        name="k8s-set-owner-reference",
        action="create",
        set_owner_reference=True,
        manifest={
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"generateName": "owned-eg-"},
            "data": {"some": "value"},
        },
    )
