"""A steps template limited to one running child at a time, each child looping over jobs in parallel."""

from hera.workflows import Container, Parameter, Steps, Workflow

with Workflow(
    generate_name="parallelism-nested-workflow-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    arguments={"seq-list": '["a","b","c","d"]\n'},
    entrypoint="A",
) as w:
    one_job = Container(
        name="one-job",
        inputs=[Parameter(name="seq-id")],
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=["echo {{inputs.parameters.seq-id}}; sleep 30"],
    )
    with Steps(name="B", inputs=[Parameter(name="seq-id")]) as b:
        one_job(name="jobs", arguments={"seq-id": "{{inputs.parameters.seq-id}}"}, with_param="[1, 2]")
    with Steps(name="A", parallelism=1, inputs=[Parameter(name="seq-list")]):
        b(name="seq-step", arguments={"seq-id": "{{item}}"}, with_param="{{inputs.parameters.seq-list}}")
