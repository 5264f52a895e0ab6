"""A workflow parameter read from a ConfigMap and passed to the entrypoint as its input."""

from hera.workflows import ConfigMapKeySelector, Container, Parameter, ValueFrom, Workflow

with Workflow(
    generate_name="global-parameter-from-configmap-referenced-as-local-variable-",
    annotations={
        "workflows.argoproj.io/description": (
            "This example demonstrates how a global parameter from a ConfigMap can be referenced as a template "
            "local variable.\n"
            'Note that the "simple-parameters" ConfigMap (defined in '
            "`examples/configmaps/simple-parameters-configmap.yaml`) needs to be created first before "
            "submitting this workflow.\n"
        ),
    },
    entrypoint="print-message",
    arguments=[
        Parameter(
            name="message",
            value_from=ValueFrom(
                config_map_key_ref=ConfigMapKeySelector(name="simple-parameters", key="msg")
            ),
        )
    ],
) as w:
    Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
