"""Workflow-level `parallelism`: ten looped sleeps, at most two at a time."""

from hera.workflows import Container, Steps, Workflow

ITEMS = ["this", "workflow", "should", "take", "at", "least", 60, "seconds", "to", "complete"]

with Workflow(
    labels={"workflows.argoproj.io/no-test": "duration"},
    generate_name="parallelism-limit-",
    entrypoint="parallelism-limit",
    parallelism=2,
) as w:
    sleep = Container(name="sleep", image="busybox", command=["sh", "-c", "sleep 10"])
    with Steps(name="parallelism-limit"):
        sleep(name="sleep", with_items=ITEMS)
