"""`continue_on=`: the workflow goes on after a step that fails."""

from hera.workflows import Container, Steps, Workflow
from hera.workflows.models import ContinueOn

with Workflow(generate_name="continue-on-", entrypoint="main") as w:
    ok = Container(name="ok", image="busybox", command=["true"])
    fail = Container(name="fail", image="busybox", command=["false"])
    with Steps(name="main") as s:
        with s.parallel():
            ok(name="good")
            fail(name="bad", continue_on=ContinueOn(failed=True))
        ok(name="after")
        fail(name="bad-again", continue_on={"error": True, "failed": True})
