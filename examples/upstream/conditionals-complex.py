"""Conditions on two coin flips: plain comparisons, regular expressions, and `&&` / `||` with grouping."""

from hera.workflows import Container, Parallel, Script, Steps, Workflow

with Workflow(generate_name="coinflip-", entrypoint="coinflip") as w:
    flip_coin = Script(
        name="flip-coin",
        image="python:alpine3.23",
        command=["python"],
        source='import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n',
    )
    heads = Container(name="heads", image="busybox", command=["sh", "-c"], args=['echo "it was heads"'])
    tails = Container(name="tails", image="busybox", command=["sh", "-c"], args=['echo "it was tails"'])
    heads_tails_or_twice_tails = Container(
        name="heads-tails-or-twice-tails",
        image="busybox",
        command=["sh", "-c"],
        args=['echo "it was heads the first flip and tails the second. Or it was two times tails."'],
    )
    with Steps(name="coinflip"):
        first = flip_coin(name="flip-coin")
        with Parallel():
            heads(name="heads", when=f"{first.result} == heads")
            tails(name="tails", when=f"{first.result} == tails")
        second = flip_coin(name="flip-again")
        with Parallel():
            heads_tails_or_twice_tails(
                name="complex-condition",
                when=(
                    f"( {first.result} == heads &&\n  {second.result} == tails\n) || "
                    f"( {first.result} == tails &&\n  {second.result} == tails )"
                ),
            )
            heads(name="heads-regex", when=f"{second.result} =~ hea")
            tails(name="tails-regex", when=f"{second.result} =~ tai")
