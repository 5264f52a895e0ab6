"""A resource template creating a Kubernetes object, with conditions and output parameters."""

from hera.workflows import Parameter, Resource, Steps, Workflow

MANIFEST = """apiVersion: v1
kind: ConfigMap
metadata:
  generateName: made-by-workflow-
data:
  key: value
"""

with Workflow(generate_name="resource-template-", entrypoint="main") as w:
    make = Resource(
        name="make-config-map",
        action="create",
        manifest=MANIFEST,
        set_owner_reference=True,
        outputs=[Parameter(name="created", value_from={"jsonPath": "{.metadata.name}"})],
    )
    with Steps(name="main"):
        make(name="make")
