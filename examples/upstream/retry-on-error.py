"""A retry policy: retry on errors as well as failures (`RetryPolicy.always`)."""

from hera.workflows import Container, RetryPolicy, RetryStrategy, Workflow

with Workflow(
    generate_name="retry-on-error-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="error-container",
) as w:
    Container(
        name="error-container",
        retry_strategy=RetryStrategy(limit="2", retry_policy=RetryPolicy.always),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice(range(0, 5)); sys.exit(exit_code)"],
    )
