"""Steps calling a template that is retried up to ten times; `{{retries}}` is the attempt number."""

from hera.workflows import Container, RetryStrategy, Steps, Workflow

with Workflow(
    generate_name="retry-with-steps-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="retry-with-steps",
) as w:
    random_fail = Container(
        name="random-fail",
        retry_strategy=RetryStrategy(limit="10"),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=[
            "import random; import sys; print('retries: {{retries}}'); "
            "exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"
        ],
    )
    with Steps(name="retry-with-steps") as steps:
        random_fail(name="hello1")
        with steps.parallel():
            random_fail(name="hello2a")
            random_fail(name="hello2b")
