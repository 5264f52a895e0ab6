"""Steps calling a retried template of a WorkflowTemplate through `TemplateRef`."""

from hera.workflows import Steps, TemplateRef, Workflow

with Workflow(
    generate_name="workflow-template-retry-with-steps-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="retry-with-steps",
) as w:
    random_fail = TemplateRef(name="workflow-template-random-fail-template", template="random-fail-template")
    with Steps(name="retry-with-steps") as steps:
        random_fail(name="hello1")
        with steps.parallel():
            random_fail(name="hello2a")
            random_fail(name="hello2b")
