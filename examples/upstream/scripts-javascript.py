"""A Node.js script prints a random number; its stdout is the result the next step prints."""

from hera.workflows import Container, Parameter, Script, Steps, Workflow

with Workflow(generate_name="scripts-javascript-", entrypoint="javascript-script-example") as w:
    gen_random_int = Script(
        name="gen-random-int",
        image="node:9.1-alpine",
        command=["node"],
        source="var rand = Math.floor(Math.random() * 100);\nconsole.log(rand);\n",
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo result was: {{inputs.parameters.message}}"],
    )
    with Steps(name="javascript-script-example"):
        generate = gen_random_int(name="generate")
        print_message(name="print", arguments={"message": generate.result})
