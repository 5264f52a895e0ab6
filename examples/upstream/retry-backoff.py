"""Retries with an exponential backoff: waits start at one second, double each time, at most five seconds,
within one minute overall."""

from hera.workflows import Backoff, Container, RetryStrategy, Workflow

with Workflow(
    generate_name="retry-backoff-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    entrypoint="retry-backoff",
) as w:
    Container(
        name="retry-backoff",
        retry_strategy=RetryStrategy(
            limit="10", backoff=Backoff(duration="1", factor="2", max_duration="1m", cap="5")
        ),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"],
    )
