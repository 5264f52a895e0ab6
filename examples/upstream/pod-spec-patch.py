"""A template's pod spec patch setting the main container's CPU limit from a workflow parameter."""

from hera.workflows import Container, Parameter, Workflow

with Workflow(
    generate_name="pod-spec-patch-",
    entrypoint="hello-world",
    arguments=[Parameter(name="cpu-limit", value="100m")],
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
