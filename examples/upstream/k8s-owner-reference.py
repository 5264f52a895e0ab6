"""A resource template creates a Workflow owned by this one, so deleting this workflow deletes it too."""

from hera.workflows import Resource, Workflow

OWNED = """\
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: owned-eg-
spec:
  entrypoint: main
  templates:
    - name: main
      container:
        image: argoproj/argosay:v2
"""

with Workflow(
    generate_name="k8s-owner-reference-",
    annotations={
        "workflows.argoproj.io/description": (
            "This example creates a Kubernetes resource that will be deleted\n"
            "when the workflow is deleted via Kubernetes GC.\n"
            "\n"
            "A workflow is used for this example, but the same approach would apply\n"
            "to other resource types.\n"
            "\n"
            "https://kubernetes.io/docs/concepts/workloads/controllers/garbage-collection/\n"
        )
    },
    entrypoint="main",
) as w:
    Resource(name="main", action="create", set_owner_reference=True, manifest=OWNED)
