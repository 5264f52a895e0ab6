"""A container retried up to ten times."""

from hera.workflows import Container, RetryStrategy, Workflow

with Workflow(generate_name="retry-container-", entrypoint="retry-container") as w:
    Container(
        name="retry-container",
        retry_strategy=RetryStrategy(limit="10"),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"],
    )
