"""An empty retry strategy: the container is retried until it succeeds."""

from hera.workflows import Container, RetryStrategy, Workflow

with Workflow(
    generate_name="retry-to-completion-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    entrypoint="retry-to-completion",
) as w:
    Container(
        name="retry-to-completion",
        retry_strategy=RetryStrategy(),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice(range(0, 5)); sys.exit(exit_code)"],
    )
