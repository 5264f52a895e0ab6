"""Steps that run depending on the status of an earlier step that may fail (`{{steps.<name>.status}}`)."""

from hera.workflows import Container, ContinueOn, Steps, Workflow, WorkflowStatus

with Workflow(generate_name="status-reference-", entrypoint="status-reference") as w:
    flakey = Container(name="flakey-container", image="alpine:3.23", command=["sh", "-c"], args=["exit 1"])
    failed = Container(
        name="failed", image="alpine:3.23", command=["sh", "-c"], args=['echo "the flakey container failed"']
    )
    succeeded = Container(
        name="succeeded",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=['echo "the flakey container passed"'],
    )
    with Steps(name="status-reference") as steps:
        flakey_step = flakey(name="flakey-container", continue_on=ContinueOn(failed=True))
        with steps.parallel():
            failed(name="failed", when=f"{flakey_step.status} == {WorkflowStatus.failed}")
            succeeded(name="succeeded", when=f"{flakey_step.status} == {WorkflowStatus.succeeded}")
