"""A DAG limited to two running children, each of them a nested DAG of jobs."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "duration"},
    generate_name="parallelism-nested-dag-",
    entrypoint="A",
) as w:
    one_job = Container(
        name="one-job",
        inputs=[Parameter(name="msg")],
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=["echo {{inputs.parameters.msg}}; sleep 10"],
    )
    with DAG(name="B", inputs=[Parameter(name="msg")]) as b:
        c1, c2, c3 = (
            one_job(name=n, arguments={"msg": f"{{{{inputs.parameters.msg}}}} {n}"})
            for n in ("c1", "c2", "c3")
        )
        c1 >> [c2, c3]
    with DAG(name="A", parallelism=2):
        b1, b2, b3, b4, b5 = (b(name=f"b{i}", arguments={"msg": str(i)}) for i in range(1, 6))
        b1 >> [b2, b3, b4] >> b5
