"""Suspend templates: a timed pause, and an approval that asks for a value when resumed."""

from hera.workflows import Container, Parameter, Steps, Suspend, Workflow

with Workflow(generate_name="suspend-approval-", entrypoint="main") as w:
    wait = Suspend(name="wait", duration=30)
    approve = Suspend(
        name="approve",
        intermediate_parameters=[Parameter(name="approved")],
    )
    deploy = Container(
        name="deploy",
        image="busybox",
        command=["echo", "approved: {{inputs.parameters.approved}}"],
        inputs=[Parameter(name="approved")],
    )
    with Steps(name="main"):
        wait(name="wait")
        a = approve(name="approve")
        deploy(name="deploy", arguments={"approved": a.get_parameter("approved")})
