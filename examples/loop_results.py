"""Results of looped tasks: `when_any_succeeded` and `when_all_failed` (AnySucceeded / AllFailed)."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(generate_name="loop-results-", entrypoint="main") as w:
    attempt = Container(
        name="attempt",
        image="busybox",
        command=["sh", "-c", "exit {{inputs.parameters.code}}"],
        inputs=[Parameter(name="code")],
    )
    note = Container(name="note", image="busybox", command=["echo", "noted"])
    with DAG(name="main"):
        tries = attempt(name="tries", arguments={"code": "{{item}}"}, with_param='["0", "1", "1"]')
        some = note(name="some-succeeded")
        none = note(name="all-failed")
        tries.when_any_succeeded(some)
        tries.when_all_failed(none)
