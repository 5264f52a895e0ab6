"""A diamond DAG whose every task is the recursive coin flip written as steps."""

from hera.workflows import DAG, Container, Parallel, Script, Steps, Workflow

with Workflow(
    generate_name="dag-diamond-coinflip-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    annotations={"workflows.argoproj.io/description": "This is an example of coin flip defined as a DAG.\n"},
    entrypoint="diamond",
) as w:
    flip_coin = Script(
        name="flip-coin",
        image="python:alpine3.23",
        command=["python"],
        source='import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n',
    )
    heads = Container(name="heads", image="busybox", command=["sh", "-c"], args=['echo "it was heads"'])
    with Steps(name="coinflip") as coinflip:
        flip = flip_coin(name="flip-coin")
        with Parallel():
            heads(name="heads", when=f"{flip.result} == heads")
            coinflip(name="tails", when=f"{flip.result} == tails")
    with DAG(name="diamond"):
        A = coinflip(name="A")
        B = coinflip(name="B")
        C = coinflip(name="C")
        D = coinflip(name="D")
        A >> [B, C] >> D
