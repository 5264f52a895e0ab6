"""Template-level `parallelism`: the steps template runs at most two of its looped sleeps at a time."""

from hera.workflows import Container, Steps, Workflow

ITEMS = ["this", "workflow", "should", "take", "at", "least", 60, "seconds", "to", "complete"]

with Workflow(
    generate_name="parallelism-template-limit-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="parallelism-template-limit",
) as w:
    sleep = Container(name="sleep", image="alpine:3.23", command=["sh", "-c", "sleep 10"])
    with Steps(name="parallelism-template-limit", parallelism=2):
        sleep(name="sleep", with_items=ITEMS)
