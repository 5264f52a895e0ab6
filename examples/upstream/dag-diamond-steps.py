"""A diamond DAG whose every task fans out into three looped steps."""

from hera.workflows import DAG, Container, Parameter, Steps, Workflow

with Workflow(generate_name="dag-diamond-steps-", entrypoint="diamond") as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo", "{{inputs.parameters.message}}"],
    )
    with Steps(name="echo-thrice", inputs=[Parameter(name="message")]) as echo_thrice:
        echo(
            name="echo",
            arguments={"message": f"{echo_thrice.get_parameter('message')}{{{{item}}}}"},
            with_items=[1, 2, 3],
        )
    with DAG(name="diamond"):
        A = echo_thrice(name="A", arguments={"message": "A"})
        B = echo_thrice(name="B", arguments={"message": "B"})
        C = echo_thrice(name="C", arguments={"message": "C"})
        D = echo_thrice(name="D", arguments={"message": "D"})
        A >> [B, C] >> D
