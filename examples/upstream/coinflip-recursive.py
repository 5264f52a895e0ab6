"""A steps template that calls itself until the coin lands on heads."""

from hera.workflows import Container, Parallel, Script, Steps, Workflow

with Workflow(generate_name="coinflip-recursive-", entrypoint="coinflip") as w:
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
