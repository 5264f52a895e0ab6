"""A DAG template whose output artifact is chosen by an expression over the task that ran."""

from hera.workflows import DAG, Artifact, Script, Workflow

FLIP = 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n'
CHOICE = (
    "tasks['flip-coin'].outputs.result == 'heads' ? tasks.heads.outputs.artifacts.result : "
    "tasks.tails.outputs.artifacts.result"
)


def writer(side: str) -> Script:
    """A script that writes `it was <side>` to result.txt and outputs it as the artifact `result`."""
    return Script(
        name=side,
        image="python:alpine3.23",
        command=["python"],
        source=f'with open("result.txt", "w") as f:\n  f.write("it was {side}")\n',
        outputs=[Artifact(name="result", path="/result.txt")],
    )


with Workflow(
    generate_name="dag-conditional-artifacts-",
    annotations={
        "workflows.argoproj.io/description": (
            "Conditional artifacts provides a way to choose the output artifacts based on an expression.\n\n"
            "In this example the DAG template has two tasks which will run conditionall using `when`.\n\n"
            "Based on the condition one of steps may not execute. The step template output's artifact will be "
            "set to the\nexecuted step's output artifacts.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    flip_coin = Script(name="flip-coin", image="python:alpine3.23", command=["python"], source=FLIP)
    heads, tails = writer("heads"), writer("tails")
    with DAG(name="main", outputs=[Artifact(name="result", from_expression=CHOICE)]):
        flip = flip_coin(name="flip-coin")
        flip >> heads(name="heads", when=f"{flip.result} == heads")
        flip >> tails(name="tails", when=f"{flip.result} == tails")
