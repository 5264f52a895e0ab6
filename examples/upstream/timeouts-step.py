"""A template-level deadline: the container is stopped after ten seconds (`active_deadline_seconds`)."""

from hera.workflows import Container, Workflow

NO_TEST_REASON = "\n".join(
    [
        "It looks like the container does not terminate in a clean way",
        "",
        'time=2025-11-28T16:47:21.850Z level=DEBUG msg="ignore signal" argo=true signal="child exited"',
        'time=2025-11-28T16:47:22.858Z level=DEBUG msg="forwarding signal" argo=true signal=terminated',
        'time=2025-11-28T16:47:23.327Z level=INFO msg="sub-process exited" argo=true error="exit status 143"',
        'time=2025-11-28T16:47:23.327Z level=DEBUG msg="ignore signal" argo=true signal="urgent I/O condition"',
        "Error: exit status 143",
        "",
    ]
)

with Workflow(
    generate_name="timeouts-step-",
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    annotations={"workflows.argoproj.io/no-test-reason": NO_TEST_REASON},
    entrypoint="sleep",
) as w:
    Container(
        name="sleep",
        image="argoproj/argosay:v2",
        command=["bash", "-c"],
        args=["echo 123; sleep 1d"],
        active_deadline_seconds=10,
    )
