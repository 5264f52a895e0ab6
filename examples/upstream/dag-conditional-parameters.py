"""A DAG template whose output parameter is chosen by an expression over the task that ran."""

from hera.workflows import DAG, Parameter, Script, ValueFrom, Workflow

DESCRIPTION = """\
Conditional parameters provide a way to choose the output parameters based on expression.

In this example DAG template has two task which will run conditionally based on `when`.

Based on this condition one of task may not execute. The template's output parameter will be set to the
executed taks's output result.
"""

with Workflow(
    generate_name="dag-conditional-parameter-",
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
    with DAG(
        name="main",
        outputs=[
            Parameter(
                name="stepresult",
                value_from=ValueFrom(
                    expression="tasks['flip-coin'].outputs.result == 'heads' "
                    "? tasks.heads.outputs.result : tasks.tails.outputs.result"
                ),
            )
        ],
    ):
        flip = flip_coin(name="flip-coin")
        flip >> heads(name="heads", when=f"{flip.result} == heads")
        flip >> tails(name="tails", when=f"{flip.result} == tails")
