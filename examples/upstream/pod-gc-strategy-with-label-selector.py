"""Pod garbage collection limited by a label selector: only succeeded pods labelled for deletion are deleted,
thirty seconds after they finish."""

from hera.workflows import Container, PodGC, PodGCStrategy, Steps, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="pod-gc-strategy-with-label-selector-",
    entrypoint="pod-gc-strategy-with-label-selector",
    pod_gc=PodGC(
        strategy=PodGCStrategy.on_pod_success,
        delete_delay_duration="30s",
        match_labels={"should-be-deleted": "true"},
    ),
) as w:

    def exiting(name: str, code: int, deleted: bool) -> Container:
        """A container exiting with `code`, labelled for deletion or not."""
        return Container(
            name=name,
            labels={"should-be-deleted": "true" if deleted else "false"},
            image="alpine:3.23",
            command=["sh", "-c"],
            args=[f"exit {code}"],
        )

    fail = exiting("fail", 1, deleted=True)
    succeed_deleted = exiting("succeed-deleted", 0, deleted=True)
    succeed_not_deleted = exiting("succeed-not-deleted", 0, deleted=False)
    with Steps(name="pod-gc-strategy-with-label-selector") as steps, steps.parallel():
        fail(name="fail")
        succeed_deleted(name="succeed-deleted")
        succeed_not_deleted(name="succeed-not-deleted")
