"""A Python script prints a random number; its stdout is the result the next step prints."""

from hera.workflows import Container, Parameter, Script, Steps, Workflow

with Workflow(generate_name="scripts-python-", entrypoint="python-script-example") as w:
    gen_random_int = Script(
        name="gen-random-int",
        image="python:alpine3.23",
        command=["python"],
        source="import random\ni = random.randint(1, 100)\nprint(i)\n",
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo result was: {{inputs.parameters.message}}"],
    )
    with Steps(name="python-script-example"):
        generate = gen_random_int(name="generate")
        print_message(name="print", arguments={"message": generate.result})
