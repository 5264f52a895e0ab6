"""A steps template whose output artifact is chosen by an expression over the step that ran."""

from hera.workflows import Artifact, Parallel, Script, Steps, Workflow

FLIP = 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n'
CHOICE = (
    "steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.artifacts.result : "
    "steps.tails.outputs.artifacts.result"
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
    generate_name="conditional-artifacts-",
    annotations={
        "workflows.argoproj.io/description": (
            "Conditional artifacts provide a way to choose the output artifacts based on expression.\n\n"
            "In this example the main template has two steps which will run conditionall using `when` .\n\n"
            "Based on the `when` condition one of step will not execute. The main template's output artifact "
            'named "result"\nwill be set to the executed step\'s output.\n'
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    flip_coin = Script(name="flip-coin", image="python:alpine3.23", command=["python"], source=FLIP)
    heads, tails = writer("heads"), writer("tails")
    with Steps(name="main", outputs=[Artifact(name="result", from_expression=CHOICE)]):
        flip = flip_coin(name="flip-coin")
        with Parallel():
            heads(name="heads", when=f"{flip.result} == heads")
            tails(name="tails", when=f"{flip.result} == tails")
