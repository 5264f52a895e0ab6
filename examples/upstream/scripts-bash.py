"""A shell script prints a random number; its stdout is the result the next step prints."""

from hera.workflows import Container, Parameter, Script, Steps, Workflow

with Workflow(generate_name="scripts-bash-", entrypoint="bash-script-example") as w:
    gen_random_int = Script(
        name="gen-random-int",
        image="alpine:3.23",
        command=["sh", "-c"],
        source="cat /dev/urandom | od -N2 -An -i | awk -v f=1 -v r=100 '{printf \"%i\\n\", f + r * $1 / 65536}'\n",
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo result was: {{inputs.parameters.message}}"],
    )
    with Steps(name="bash-script-example"):
        generate = gen_random_int(name="generate")
        print_message(name="print", arguments={"message": generate.result})
