"""Outputs exported as workflow-wide outputs (`global_name`) and read by later steps and the exit handler."""

from hera.workflows import Artifact, Container, Parallel, Parameter, Steps, ValueFrom, Workflow

with Workflow(generate_name="global-outputs-", entrypoint="generate-globals", on_exit="consume-globals") as w:
    global_output = Container(
        name="global-output",
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 1; echo -n hello world > /tmp/hello_world.txt"],
        outputs=[
            Parameter(
                name="hello-param",
                value_from=ValueFrom(path="/tmp/hello_world.txt"),
                global_name="my-global-param",
            ),
            Artifact(name="hello-art", path="/tmp/hello_world.txt", global_name="my-global-art"),
        ],
    )
    consume_global_param = Container(
        name="consume-global-param",
        inputs=[Parameter(name="param", value="{{workflow.outputs.parameters.my-global-param}}")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo {{inputs.parameters.param}}"],
    )
    consume_global_art = Container(
        name="consume-global-art",
        inputs=[Artifact(name="art", path="/art")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["cat /art"],
    )
    with Steps(name="consume-globals") as consume_globals:
        with Parallel():
            consume_global_param(name="consume-global-param")
            consume_global_art(
                name="consume-global-art",
                arguments={"art": Artifact(from_="{{workflow.outputs.artifacts.my-global-art}}")},
            )
    with Steps(name="generate-globals"):
        global_output(name="generate")
        consume_globals(name="consume-globals")
