"""A WorkflowTemplate: a library of templates that workflows call by reference."""

from hera.workflows import Container, Parameter, WorkflowTemplate

with WorkflowTemplate(
    name="templates-library",
    entrypoint="print-message",
    arguments={"message": "hello from the library"},
) as w:
    Container(
        name="print-message",
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
        inputs=[Parameter(name="message")],
    )
