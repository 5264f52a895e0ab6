"""An event with an appellation in its payload submits the event-consumer WorkflowTemplate with it."""

from hera.workflows import Parameter, ValueFrom, WorkflowEventBinding

binding = WorkflowEventBinding(
    name="event-consumer",
    event_selector='payload.appellation != ""',
    workflow_template_ref="event-consumer",
    arguments=[Parameter(name="appellation", value_from=ValueFrom(event="payload.appellation"))],
)
documents = [binding]
