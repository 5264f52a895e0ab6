"""A list too large for a parameter passed as an artifact to steps looped over a counted sequence."""

from hera.workflows import Artifact, Container, Parameter, Sequence, Steps, ValueFrom, Workflow

with Workflow(
    generate_name="handle-large-output-results-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="handle-large-output-results",
) as w:
    get_items = Container(
        name="get-items",
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=['echo \'["a", "b", "c"]\' > /tmp/items && echo \'3\' > /tmp/count'],
        outputs=[
            Artifact(name="items", path="/tmp/items"),
            Parameter(name="count", value_from=ValueFrom(path="/tmp/count")),
        ],
    )
    echo = Container(
        name="echo",
        inputs=[Parameter(name="index"), Artifact(name="items", path="/tmp/items")],
        image="stedolan/jq:latest",
        command=["sh", "-c"],
        args=["cat /tmp/items | jq '.[{{inputs.parameters.index}}]'"],
    )
    with Steps(name="handle-large-output-results"):
        items = get_items(name="get-items")
        echo(
            name="sequence-param",
            arguments={"index": "{{item}}", "items": items.get_artifact("items")},
            with_sequence=Sequence(count=str(items.get_parameter("count"))),
        )
