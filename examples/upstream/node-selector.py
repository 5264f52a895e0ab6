"""A node selector whose value (the CPU architecture) is an input parameter of the template."""

from hera.workflows import Container, Parameter, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="node-selector-",
    entrypoint="print-arch",
    arguments=[Parameter(name="arch", value="amd64")],
) as w:
    Container(
        name="print-arch",
        inputs=[Parameter(name="arch")],
        node_selector={"beta.kubernetes.io/arch": "{{inputs.parameters.arch}}"},
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["uname -a"],
    )
