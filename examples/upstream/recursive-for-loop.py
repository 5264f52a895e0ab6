"""A counter loop written as a steps template that calls itself until the limit is reached."""

from hera.workflows import Parameter, Script, Steps, Workflow

with Workflow(
    generate_name="recursive-loop-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="plan",
) as w:
    counter_iteration = Script(
        name="counter-iteration",
        inputs=[Parameter(name="counter")],
        image="python:alpine3.23",
        command=["python"],
        source="print({{inputs.parameters.counter}} + 1)\n",
    )
    with Steps(name="loop", inputs=[Parameter(name="counter"), Parameter(name="limit")]) as loop:
        limit = loop.get_parameter("limit")
        iterate = counter_iteration(
            name="iterate-counter", arguments={"counter": loop.get_parameter("counter")}
        )
        loop(
            name="continue",
            when=f"{iterate.result} < {limit}",
            arguments={"counter": iterate.result, "limit": limit},
        )
    with Steps(name="plan"):
        loop(name="recurse", arguments={"counter": "0", "limit": "10"})
