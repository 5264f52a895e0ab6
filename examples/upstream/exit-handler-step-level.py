"""Each step has an exit hook (`hooks={"exit": LifecycleHook(...)}`) run when that step completes."""

from hera.workflows import Container, LifecycleHook, Parameter, Steps, Workflow

with Workflow(generate_name="exit-handler-step-level-", entrypoint="main") as w:
    cleanup = Container(name="exit", image="busybox", command=["echo"], args=["step cleanup"])
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    on_exit = {"exit": LifecycleHook(template=cleanup)}
    with Steps(name="main") as steps:
        print_message(name="hello1", arguments={"message": "hello1"}, hooks=on_exit)
        with steps.parallel():
            print_message(name="hello2a", arguments={"message": "hello2a"}, hooks=on_exit)
            print_message(name="hello2b", arguments={"message": "hello2b"}, hooks=on_exit)
