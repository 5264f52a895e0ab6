"""A step's exit hook that receives the step's output artifact."""

from hera.workflows import Artifact, Container, LifecycleHook, Script, Steps, Workflow

with Workflow(
    generate_name="exit-handler-with-artifacts-",
    annotations={
        "workflows.argoproj.io/description": (
            "onExitTemplate enables workflow to pass the arguments (parameters/Artifacts) to exit handler "
            "template.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    output = Script(
        name="output",
        image="python:alpine3.23",
        command=["python"],
        source='with open("result.txt", "w") as f:\n  f.write("Welcome")\n',
        outputs=[Artifact(name="result", path="/result.txt")],
    )
    exit_handler = Container(
        name="exit",
        inputs=[Artifact(name="message", path="/tmp/message")],
        image="python:alpine3.23",
        command=["sh", "-c"],
        args=["cat /tmp/message"],
    )
    with Steps(name="main"):
        step = output(name="step-1")
        step.hooks = {
            "exit": LifecycleHook(template=exit_handler, arguments={"message": step.get_artifact("result")})
        }
