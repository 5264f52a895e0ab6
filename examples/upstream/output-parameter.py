"""An output parameter read from a file (with a default), passed to the next step."""

from hera.workflows import Container, Parameter, Steps, ValueFrom, Workflow

with Workflow(generate_name="output-parameter-", entrypoint="output-parameter") as w:
    hello_world_to_file = Container(
        name="hello-world-to-file",
        outputs=[
            Parameter(name="hello-param", value_from=ValueFrom(default="Foobar", path="/tmp/hello_world.txt"))
        ],
        image="busybox",
        command=["sh", "-c"],
        args=["sleep 1; echo -n hello world > /tmp/hello_world.txt"],
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with Steps(name="output-parameter"):
        generated = hello_world_to_file(name="generate-parameter")
        print_message(name="consume-parameter", arguments={"message": generated.get_parameter("hello-param")})
