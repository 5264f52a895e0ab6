"""A template `timeout` set from an input: two parallel steps stop after ten seconds and the workflow goes on."""

from hera.workflows import Container, ContinueOn, Parameter, Steps, Workflow

with Workflow(
    generate_name="steps-tmpl-timeout-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="sleep-sleep",
) as w:
    sleep = Container(
        name="sleep",
        timeout="{{inputs.parameters.timeout}}",
        inputs=[Parameter(name="timeout")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 30s"],
    )
    with Steps(name="sleep-sleep") as steps, steps.parallel():
        sleep(name="sleep1", continue_on=ContinueOn(error=True), arguments={"timeout": "10s"})
        sleep(name="sleep2", continue_on=ContinueOn(failed=True), arguments={"timeout": "10s"})
