"""Fan out and fan in with lists: `start >> [...]` and `[...] >> finish`."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(generate_name="fan-out-fan-in-", entrypoint="main") as w:
    work = Container(
        name="work",
        image="busybox",
        command=["echo", "{{inputs.parameters.part}}"],
        inputs=[Parameter(name="part", default="all")],
    )
    with DAG(name="main"):
        start = work(name="start")
        parts = [work(name=f"part-{i}", arguments={"part": i}) for i in range(4)]
        finish = work(name="finish")
        start >> parts
        parts >> finish
