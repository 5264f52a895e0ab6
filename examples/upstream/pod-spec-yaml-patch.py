"""A workflow-level pod spec patch, written as YAML, setting the main container's memory limit."""

from hera.workflows import Container, Parameter, Workflow

PATCH = """\
containers:
  - name: main
    resources:
      limits:
        memory: "{{workflow.parameters.mem-limit}}"
"""

with Workflow(
    generate_name="pod-spec-patch-",
    entrypoint="hello-world",
    arguments=[Parameter(name="mem-limit", value="100Mi")],
    pod_spec_patch=PATCH,
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
