"""Nested parallelism: workers run in parallel, each running its own sequence one job at a time."""

from hera.workflows import Container, Parameter, Steps, Workflow

with Workflow(
    generate_name="parallelism-nested-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    arguments={"seq-list": '["a","b","c","d"]\n', "parallel-list": "[1,2,3,4]\n"},
    entrypoint="parallel-worker",
) as w:
    one_job = Container(
        name="one-job",
        inputs=[Parameter(name="seq-id"), Parameter(name="parallel-id")],
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=["echo {{inputs.parameters.parallel-id}} {{inputs.parameters.seq-id}}; sleep 10"],
    )
    with Steps(
        name="seq-worker", parallelism=1, inputs=[Parameter(name="seq-list"), Parameter(name="parallel-id")]
    ) as seq:
        one_job(
            name="seq-step",
            arguments={"parallel-id": "{{inputs.parameters.parallel-id}}", "seq-id": "{{item}}"},
            with_param="{{inputs.parameters.seq-list}}",
        )
    with Steps(name="parallel-worker", inputs=[Parameter(name="seq-list"), Parameter(name="parallel-list")]):
        seq(
            name="parallel-worker",
            arguments={"seq-list": "{{inputs.parameters.seq-list}}", "parallel-id": "{{item}}"},
            with_param="{{inputs.parameters.parallel-list}}",
        )
