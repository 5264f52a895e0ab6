"""A step looped over the JSON list another step printed (`with_param=step.result`)."""

from hera.workflows import Container, Parameter, Script, Steps, Workflow

with Workflow(
    generate_name="loops-param-result-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    entrypoint="loop-param-result-example",
) as w:
    gen_number_list = Script(
        name="gen-number-list",
        image="python:alpine3.23",
        command=["python"],
        source="import json\nimport sys\njson.dump([i for i in range(20, 31)], sys.stdout)\n",
    )
    sleep_n_sec = Container(
        name="sleep-n-sec",
        inputs=[Parameter(name="seconds")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[
            "echo sleeping for {{inputs.parameters.seconds}} seconds; sleep {{inputs.parameters.seconds}};"
            " echo done"
        ],
    )
    with Steps(name="loop-param-result-example"):
        generate = gen_number_list(name="generate")
        sleep_n_sec(name="sleep", arguments={"seconds": "{{item}}"}, with_param=generate.result)
