"""A workflow label whose value is computed from a workflow parameter."""

from hera.workflows import Container, LabelValueFrom, Parameter, Workflow, WorkflowMetadata

with Workflow(
    generate_name="label-value-from-",
    annotations={
        "workflows.argoproj.io/version": ">= v3.3.0",
        "workflows.argoproj.io/description": (
            "This examples show you how to add labels based on an expression.\n"
            "You can then query workflows based on the parameters they were invoked with.\n"
            "In this specific case, the value of foo will set as a label on the workflow.\n"
        ),
    },
    arguments=[Parameter(name="foo", value="bar")],
    workflow_metadata=WorkflowMetadata(
        labels_from={"foo": LabelValueFrom(expression="workflow.parameters.foo")}
    ),
    entrypoint="main",
) as w:
    Container(name="main", image="argoproj/argosay:v2")
