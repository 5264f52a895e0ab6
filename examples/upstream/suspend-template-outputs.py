"""A suspended step whose output a person supplies before resuming; the next step prints it."""

from hera.workflows import Container, Parameter, Steps, Suspend, Workflow

with Workflow(
    name="suspend-outputs", labels={"workflows.argoproj.io/no-test": "environment"}, entrypoint="suspend"
) as w:
    approve = Suspend(name="approve", outputs=[Parameter(name="message")])
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with Steps(name="suspend"):
        approval = approve(name="approve")
        print_message(name="release", arguments={"message": approval.get_parameter("message")})
