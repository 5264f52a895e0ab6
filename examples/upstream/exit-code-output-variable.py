"""A step reads the exit code of the failed step before it (`{{steps.<name>.exitCode}}`)."""

from hera.workflows import Container, ContinueOn, Parameter, Steps, Workflow

with Workflow(generate_name="exit-code-output-variable-", entrypoint="exit-code-output-variable") as w:
    failing = Container(
        name="failing-container", image="alpine:3.23", command=["sh", "-c"], args=["exit 123"]
    )
    echo = Container(
        name="echo-container",
        inputs=[Parameter(name="exitCode")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=['echo "Exit code was: {{inputs.parameters.exitCode}}"'],
    )
    with Steps(name="exit-code-output-variable"):
        failed = failing(name="failing-container", continue_on=ContinueOn(failed=True))
        echo(name="echo-container", arguments={"exitCode": failed.exit_code})
