"""A steps template whose output parameter is chosen by an expression over the step that ran."""

from hera.workflows import Parallel, Parameter, Script, Steps, ValueFrom, Workflow

DESCRIPTION = """\
Conditional parameters provide a way to choose the output parameters based on expression.

In this example the step template has two steps which will run conditionally on `when`.

Based on that condition, one of step will not be executed. The step template's output parameter will be
set from the executed step's output.
"""

with Workflow(
    generate_name="conditional-parameter-",
    annotations={
        "workflows.argoproj.io/description": DESCRIPTION,
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="main",
) as w:
    flip_coin = Script(
        name="flip-coin",
        image="python:alpine3.23",
        command=["python"],
        source='import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n',
    )
    heads = Script(name="heads", image="python:alpine3.23", command=["python"], source='print("heads")\n')
    tails = Script(name="tails", image="python:alpine3.23", command=["python"], source='print("tails")\n')
    with Steps(
        name="main",
        outputs=[
            Parameter(
                name="stepresult",
                value_from=ValueFrom(
                    expression="steps['flip-coin'].outputs.result == 'heads' "
                    "? steps.heads.outputs.result : steps.tails.outputs.result"
                ),
            )
        ],
    ):
        flip = flip_coin(name="flip-coin")
        with Parallel():
            heads(name="heads", when=f"{flip.result} == heads")
            tails(name="tails", when=f"{flip.result} == tails")
