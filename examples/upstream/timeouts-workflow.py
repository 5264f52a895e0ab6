"""A workflow-level deadline: after thirty seconds every running or unschedulable step is stopped."""

from hera.workflows import Container, Steps, Workflow

with Workflow(
    generate_name="timeouts-workflow-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    active_deadline_seconds=30,
    entrypoint="bunch-of-sleeps",
) as w:
    sleep = Container(name="sleep", image="busybox", command=["sleep", "1d"])
    unschedulable = Container(
        name="unschedulable", node_selector={"beta.kubernetes.io/arch": "no-such-arch"}, image="alpine:3.23"
    )
    with Steps(name="bunch-of-sleeps") as steps, steps.parallel():
        sleep(name="sleep-one-day", with_items=[1, 2, 3])
        unschedulable(name="unschedulable", with_items=[1, 2, 3])
