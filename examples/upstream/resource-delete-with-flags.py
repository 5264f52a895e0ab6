"""Create a labelled ConfigMap, then delete it by label selector with kubectl flags and no manifest."""

from hera.workflows import Parameter, Resource, Steps, Workflow

CONFIG_MAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: resource-delete-with-flags
  labels:
    cleanup: "true"
data:
  key: value
"""

with Workflow(
    generate_name="resource-delete-with-flags-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
) as w:
    create_configmap = Resource(name="create-configmap", action="create", manifest=CONFIG_MAP)
    delete_resource = Resource(
        name="delete-resource",
        inputs=[Parameter(name="selector")],
        action="delete",
        flags=["configmap", "--selector", "{{inputs.parameters.selector}}"],
    )
    with Steps(name="main"):
        create_configmap(name="submit-resource")
        delete_resource(name="delete-resource", arguments={"selector": "cleanup=true"})
