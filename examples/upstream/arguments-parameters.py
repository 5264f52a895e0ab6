"""A workflow argument passed to the entrypoint template's input parameter."""

from hera.workflows import Container, Parameter, Workflow

with Workflow(
    generate_name="arguments-parameters-",
    entrypoint="print-message",
    arguments={"message": "hello world"},
) as w:
    Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
