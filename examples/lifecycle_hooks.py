"""Lifecycle hooks on the workflow and on a step: run a template when an expression becomes true."""

from hera.workflows import Container, Steps, Workflow
from hera.workflows.models import LifecycleHook

with Workflow(
    generate_name="lifecycle-hooks-",
    entrypoint="main",
    hooks={
        "exit": LifecycleHook(template="http"),
        "running": LifecycleHook(expression='workflow.status == "Running"', template="http"),
    },
) as w:
    Container(name="http", image="curlimages/curl", command=["curl", "-s", "https://example.com"])
    step_one = Container(name="step-one", image="busybox", command=["echo", "one"])
    with Steps(name="main"):
        step_one(
            name="step-1",
            hooks={
                "running": LifecycleHook(expression='steps["step-1"].status == "Running"', template="http"),
                "succeeded": {"expression": 'steps["step-1"].status == "Succeeded"', "template": "http"},
            },
        )
