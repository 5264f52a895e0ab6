"""Passing outputs between tasks: `get_parameter`, `result`, `get_result_as`, `get_outputs_as_arguments`."""

from hera.workflows import DAG, Artifact, Container, Parameter, Workflow, script
from hera.workflows.models import ValueFrom


@script(add_cwd_to_sys_path=False)
def show(value, note="none"):
    print(value, note)


with Workflow(generate_name="dag-outputs-", entrypoint="main") as w:
    produce = Container(
        name="produce",
        image="busybox",
        command=["sh", "-c", "echo 42 | tee /tmp/answer && echo data > /tmp/data"],
        outputs=[
            Parameter(name="answer", value_from=ValueFrom(path="/tmp/answer")),
            Artifact(name="data", path="/tmp/data"),
        ],
    )
    consume = Container(
        name="consume",
        image="busybox",
        command=["cat", "/tmp/data"],
        inputs=[Parameter(name="answer"), Artifact(name="data", path="/tmp/data")],
    )
    with DAG(name="main"):
        p = produce(name="produce")
        a = show(name="show-parameter", arguments={"value": p.get_parameter("answer")})
        b = show(
            name="show-result", arguments=[p.get_result_as("value"), Parameter(name="note", value="result")]
        )
        c = consume(name="consume", arguments=p.get_outputs_as_arguments())
        p >> [a, b, c]
