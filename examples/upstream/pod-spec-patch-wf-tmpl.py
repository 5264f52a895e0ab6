"""Pod spec patches at both levels: the workflow's sets the memory limit, the template's the CPU limit."""

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
    arguments=[Parameter(name="cpu-limit", value="100m"), Parameter(name="mem-limit", value="100Mi")],
    pod_spec_patch=PATCH,
) as w:
    Container(
        name="hello-world",
        pod_spec_patch=(
            '{"containers":[{"name":"main", "resources":{"limits":{"cpu": "{{workflow.parameters.cpu-limit}}" }}}]}'
        ),
        image="busybox",
        command=["echo"],
        args=["hello world"],
    )
