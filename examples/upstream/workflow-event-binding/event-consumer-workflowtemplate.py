"""The WorkflowTemplate an event binding submits: it greets the appellation taken from the event."""

from hera.workflows import Container, Parameter, Steps, WorkflowTemplate

with WorkflowTemplate(
    name="event-consumer",
    entrypoint="main",
    arguments={"salutation": "hello"},
) as w:
    argosay = Container(
        name="argosay",
        inputs=[Parameter(name="salutation"), Parameter(name="appellation")],
        image="argoproj/argosay:v2",
        args=["echo", "{{inputs.parameters.salutation}} {{inputs.parameters.appellation}}"],
    )
    with Steps(name="main"):
        argosay(
            name="a",
            arguments={
                "salutation": "{{workflow.parameters.salutation}}",
                "appellation": "{{workflow.parameters.appellation}}",
            },
        )
