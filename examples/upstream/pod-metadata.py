"""Annotations and labels given to the pod of one template."""

from hera.workflows import Container, Parameter, Steps, Workflow

with Workflow(generate_name="steps-", entrypoint="hello-hello-hello") as w:
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
        annotations={"iam.amazonaws.com/role": "role-arn"},
        labels={"app": "print-message", "tier": "demo"},
    )
    with Steps(name="hello-hello-hello"):
        print_message(name="hello1", arguments={"message": "hello1"})
