"""Steps run in sequence, and the steps of one `Parallel` group at the same time."""

from hera.workflows import Container, Parallel, Parameter, Steps, Workflow

with Workflow(generate_name="steps-", entrypoint="hello-hello-hello") as w:
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with Steps(name="hello-hello-hello"):
        print_message(name="hello1", arguments={"message": "hello1"})
        with Parallel():
            print_message(name="hello2a", arguments={"message": "hello2a"})
            print_message(name="hello2b", arguments={"message": "hello2b"})
