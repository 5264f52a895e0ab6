"""A step whose template is written inline (`inline=`) instead of being named."""

from hera.workflows import Container, Step, Steps, Workflow

with Workflow(
    generate_name="steps-inline-",
    annotations={
        "workflows.argoproj.io/description": "This workflow demonstrates running a steps with inline templates.\n",
        "workflows.argoproj.io/version": ">= 3.2.0",
    },
    entrypoint="main",
) as w:
    with Steps(name="main"):
        Step(name="a", inline=Container(image="argoproj/argosay:v2"))
