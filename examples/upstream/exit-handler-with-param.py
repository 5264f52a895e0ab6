"""A step's exit hook receives the step's output parameter as an argument."""

from hera.workflows import Container, LifecycleHook, Parameter, Script, Steps, ValueFrom, Workflow

with Workflow(
    generate_name="exit-handler-with-param-",
    annotations={
        "workflows.argoproj.io/description": (
            "onExitTemplate enables workflow to pass the arguments (parameters/Artifacts) to exit handler template.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    output = Container(
        name="output",
        image="python:alpine3.23",
        command=["sh", "-c"],
        args=["echo -n hello world > /tmp/hello_world.txt"],
        outputs=[
            Parameter(name="result", value_from=ValueFrom(default="Foobar", path="/tmp/hello_world.txt"))
        ],
    )
    exit_handler = Script(
        name="exit",
        inputs=[Parameter(name="message")],
        image="python:alpine3.23",
        command=["python"],
        source='print("{{inputs.parameters.message}}")\n',
    )
    with Steps(name="main"):
        output(
            name="step-1",
            hooks={
                "exit": LifecycleHook(
                    template=exit_handler,
                    arguments={"message": "{{steps.step-1.outputs.parameters.result}}"},
                )
            },
        )
