"""A workflow exit handler (`on_exit=`) made of steps that run depending on `{{workflow.status}}`."""

from hera.workflows import Container, Steps, Workflow, WorkflowStatus

with Workflow(
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    generate_name="exit-handlers-",
    entrypoint="intentional-fail",
    on_exit="exit-handler",
) as w:
    Container(
        name="intentional-fail",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo intentional failure; exit 1"],
    )
    send_email = Container(
        name="send-email",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[
            "echo send e-mail: {{workflow.name}} {{workflow.status}} {{workflow.duration}}. "
            "Failed steps {{workflow.failures}}"
        ],
    )
    celebrate = Container(name="celebrate", image="alpine:3.23", command=["sh", "-c"], args=["echo hooray!"])
    cry = Container(name="cry", image="alpine:3.23", command=["sh", "-c"], args=["echo boohoo!"])
    with Steps(name="exit-handler") as handler, handler.parallel():
        send_email(name="notify")
        celebrate(name="celebrate", when=f"{{{{workflow.status}}}} == {WorkflowStatus.succeeded}")
        cry(name="cry", when=f"{{{{workflow.status}}}} != {WorkflowStatus.succeeded}")
