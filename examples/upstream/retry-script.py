"""A script template retried up to ten times."""

from hera.workflows import RetryStrategy, Script, Workflow

with Workflow(generate_name="retry-script-", entrypoint="retry-script") as w:
    Script(
        name="retry-script",
        retry_strategy=RetryStrategy(limit="10"),
        image="python:alpine3.23",
        command=["python"],
        source="import random;\nimport sys; \nexit_code = random.choice([0, 1, 1]); \nsys.exit(exit_code)\n",
    )
