"""Steps run one after the other; each step calls a container template with an argument."""

from hera.workflows import Container, Parameter, Steps, Workflow

with Workflow(generate_name="steps-hello-", entrypoint="hello-hello") as w:
    print_message = Container(
        name="print-message",
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
        inputs=[Parameter(name="message")],
    )
    with Steps(name="hello-hello"):
        print_message(name="hello1", arguments={"message": "hello1"})
        print_message(name="hello2", arguments={"message": "hello2"})
