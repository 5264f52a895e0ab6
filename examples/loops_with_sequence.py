"""A loop over a number sequence: `with_sequence=` a `models.Sequence`."""

from hera.workflows import Container, Parameter, Steps, Workflow
from hera.workflows.models import Sequence

with Workflow(generate_name="loops-with-sequence-", entrypoint="main") as w:
    echo = Container(
        name="echo",
        image="busybox",
        command=["echo", "{{inputs.parameters.n}}"],
        inputs=[Parameter(name="n")],
    )
    with Steps(name="main"):
        echo(name="count", arguments={"n": "{{item}}"}, with_sequence=Sequence(count="5"))
        echo(
            name="range",
            arguments={"n": "{{item}}"},
            with_sequence=Sequence(start="10", end="13", format="n%02d"),
        )
