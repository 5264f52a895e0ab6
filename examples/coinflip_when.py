"""Conditional steps with `when=`, using a script's result."""

from hera.workflows import Steps, Workflow, script


@script(image="python:alpine3.6", add_cwd_to_sys_path=False)
def flip_coin():
    import random

    print("heads" if random.randint(0, 1) == 0 else "tails")


@script(image="python:alpine3.6", add_cwd_to_sys_path=False)
def heads():
    print("it was heads")


@script(image="python:alpine3.6", add_cwd_to_sys_path=False)
def tails():
    print("it was tails")


with Workflow(generate_name="coinflip-", entrypoint="coinflip") as w:
    with Steps(name="coinflip") as s:
        flip = flip_coin()
        with s.parallel():
            heads(when=f"{flip.result} == heads")
            tails(when=f"{flip.result} == tails")
