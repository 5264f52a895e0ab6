"""A step looped over a JSON list one item at a time (`parallelism=1`), stopping at the first failure."""

from hera.workflows import Container, Parameter, Steps, Workflow

STEP_PARAMS = """\
[
  { "exit_code": 0, "message": "succeeds 1" },
  { "exit_code": 0, "message": "succeeds 2" },
  { "exit_code": 0, "message": "succeeds 3" },
  { "exit_code": 1, "message": "will fail and stop here" },
  { "exit_code": 0, "message": "will not run" },
  { "exit_code": 0, "message": "will not run" }
]
"""

with Workflow(
    generate_name="loop-arbitrary-sequential-steps-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="loop-arbitrary-sequential-steps-example",
    arguments={"step_params": STEP_PARAMS},
) as w:
    unit_step = Container(
        name="unit-step-template",
        inputs=[Parameter(name="exit_code"), Parameter(name="message")],
        image="alpine:3.23",
        command=["/bin/sh", "-c"],
        args=["echo {{inputs.parameters.message}}; exit {{inputs.parameters.exit_code}}"],
    )
    with Steps(
        name="loop-arbitrary-sequential-steps-example",
        inputs=[Parameter(name="step_params")],
        parallelism=1,
        fail_fast=True,
    ) as example:
        unit_step(
            name="unit-step",
            arguments={"exit_code": "{{item.exit_code}}", "message": "{{item.message}}"},
            with_param=example.get_parameter("step_params"),
        )
