"""An input parameter whose value is read from a key of a ConfigMap."""

from hera.workflows import ConfigMapKeySelector, Container, Parameter, ValueFrom, Workflow

with Workflow(
    generate_name="arguments-parameters-from-configmap-",
    annotations={
        "workflows.argoproj.io/description": (
            "This example demonstrates loading parameter values from a ConfigMap.\n"
            'Note that the "simple-parameters" ConfigMap (defined in '
            "`examples/configmaps/simple-parameters-configmap.yaml`) needs to be created first before "
            "submitting this workflow.\n"
        ),
        "workflows.argoproj.io/verify.py": 'assert status["phase"] == "Succeeded"\n',
    },
    entrypoint="print-message-from-configmap",
) as w:
    Container(
        name="print-message-from-configmap",
        inputs=[
            Parameter(
                name="message",
                value_from=ValueFrom(
                    config_map_key_ref=ConfigMapKeySelector(name="simple-parameters", key="msg")
                ),
            )
        ],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
