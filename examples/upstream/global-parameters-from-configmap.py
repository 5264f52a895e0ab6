"""A workflow parameter whose value is read from a ConfigMap and used as a global variable."""

from hera.workflows import ConfigMapKeySelector, Container, Parameter, ValueFrom, Workflow

with Workflow(
    generate_name="global-parameter-values-from-configmap-",
    annotations={
        "workflows.argoproj.io/description": (
            "This example demonstrates loading global parameter values from a ConfigMap.\n"
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
        image="busybox",
        command=["echo"],
        args=["{{workflow.parameters.message}}"],
    )
