"""A strategic merge patch (the default strategy) of the workflow's own pod, named by `{{pod.name}}`."""

from hera.workflows import Resource, Workflow

PATCH = """\
apiVersion: v1
kind: Pod
metadata:
  name: {{pod.name}}
  annotations:
    foo: bar
"""

with Workflow(
    generate_name="k8s-patch-pod-",
    annotations={
        "workflows.argoproj.io/description": (
            "This example shows a standard patch with the default mergeStrategy (strategic)\n"
        )
    },
    entrypoint="main",
) as w:
    Resource(name="main", action="patch", manifest=PATCH)
