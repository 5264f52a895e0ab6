"""A script's printed result decides, through `when`, which of two steps runs."""

from hera.workflows import Container, Parallel, Script, Steps, Workflow

with Workflow(
    generate_name="coinflip-",
    annotations={
        "workflows.argoproj.io/description": (
            "This is an example of coin flip defined as a sequence of conditional steps.\\\n"
        )
    },
    entrypoint="coinflip",
) as w:
    flip_coin = Script(
        name="flip-coin",
        image="python:alpine3.23",
        command=["python"],
        source='import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n',
    )
    heads = Container(name="heads", image="busybox", command=["sh", "-c"], args=['echo "it was heads"'])
    tails = Container(name="tails", image="busybox", command=["sh", "-c"], args=['echo "it was tails"'])
    with Steps(name="coinflip"):
        flip = flip_coin(name="flip-coin")
        with Parallel():
            heads(name="heads", when=f"{flip.result} == heads")
            tails(name="tails", when=f"{flip.result} == tails")
