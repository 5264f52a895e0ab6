"""Dependencies on task results: `next(..., on=TaskResult...)`, `on_success`, `on_failure`, `on_error`."""

from hera.workflows import DAG, Container, TaskResult, Workflow

with Workflow(generate_name="dag-task-results-", entrypoint="main") as w:
    flaky = Container(name="flaky", image="busybox", command=["sh", "-c", "exit $((RANDOM % 2))"])
    report = Container(name="report", image="busybox", command=["echo", "done"])
    with DAG(name="main"):
        run = flaky(name="run")
        celebrate = report(name="celebrate")
        investigate = report(name="investigate")
        page = report(name="page")
        cleanup = report(name="cleanup")
        run.on_success(celebrate)
        run.on_failure(investigate)
        run.on_error(page)
        run.next(cleanup, on=TaskResult.skipped)
