"""Steps looped over number sequences (`with_sequence`): counts, ranges, descending ranges and formats."""

from hera.workflows import Container, Parallel, Parameter, Sequence, Steps, Workflow

with Workflow(
    generate_name="loops-sequence-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="loops-sequence",
    arguments={"count": "3"},
) as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="msg")],
        image="alpine:3.23",
        command=["echo", "{{inputs.parameters.msg}}"],
    )
    with Steps(name="loops-sequence"):
        with Parallel():
            item = {"msg": "{{item}}"}
            echo(name="sequence-count", arguments=item, with_sequence=Sequence(count="5"))
            echo(name="sequence-start-end", arguments=item, with_sequence=Sequence(start="100", end="105"))
            echo(
                name="sequence-param",
                arguments=item,
                with_sequence=Sequence(start="200", count="{{workflow.parameters.count}}"),
            )
            echo(name="sequence-negative", arguments=item, with_sequence=Sequence(start="5", end="0"))
            echo(
                name="sequence-format",
                arguments=item,
                with_sequence=Sequence(count="5", format="testuser%02X"),
            )
