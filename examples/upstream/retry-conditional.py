"""A retry `expression`: retry only for some exit codes and durations, or when an earlier step said it is safe."""

from hera.workflows import Parameter, RetryStrategy, Script, Steps, Workflow

with Workflow(
    generate_name="retry-script-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
) as w:
    safe_to_retry = Script(
        name="safe-to-retry", image="python:alpine3.23", command=["python"], source='print("true")\n'
    )
    retry_script = Script(
        name="retry-script",
        inputs=[Parameter(name="safe-to-retry")],
        retry_strategy=RetryStrategy(
            limit="10",
            expression=" && ".join(
                [
                    "asInt(lastRetry.exitCode) > 1",
                    'lastRetry.status != "Error"',
                    "asInt(lastRetry.duration) < 120",
                    "({{inputs.parameters.safe-to-retry}} == true || "
                    "lastRetry.message matches 'imminent node shutdown|pod deleted')",
                ]
            ),
        ),
        image="python:alpine3.23",
        command=["python"],
        source="import random;\nimport sys;\nexit_code = random.choice([1, 2]);\nsys.exit(exit_code)\n",
    )
    with Steps(name="main"):
        check = safe_to_retry(name="safe-to-retry")
        retry_script(name="retry", arguments={"safe-to-retry": check.result})
