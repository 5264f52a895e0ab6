"""A template reading a workflow argument directly as `{{workflow.parameters.<name>}}`."""

from hera.workflows import Container, Workflow

with Workflow(
    generate_name="global-parameters-",
    entrypoint="print-message",
    arguments={"message": "hello world"},
) as w:
    Container(
        name="print-message",
        image="busybox",
        command=["echo"],
        args=["{{workflow.parameters.message}}"],
    )
