"""Annotations and labels given to every pod of the workflow."""

from hera.workflows import Container, Metadata, Parameter, Steps, Workflow

with Workflow(
    generate_name="steps-",
    entrypoint="hello-hello-hello",
    pod_metadata=Metadata(
        annotations={"iam.amazonaws.com/role": "role-arn"},
        labels={"app": "print-message", "tier": "demo"},
    ),
) as w:
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with Steps(name="hello-hello-hello"):
        print_message(name="hello1", arguments={"message": "hello1"})
