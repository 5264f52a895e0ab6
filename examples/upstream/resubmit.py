"""Randomly failing tasks and steps, to try resubmitting a failed workflow (`argo resubmit --memoized`)."""

from hera.workflows import DAG, Container, Steps, Workflow

with Workflow(
    generate_name="resubmit-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="rand-fail-dag",
) as w:
    random_fail = Container(
        name="random-fail",
        image="python:alpine3.23",
        command=["python", "-c"],
        args=[
            "import random; import sys; exit_code = random.choice([0, 0, 1]); "
            "print('exiting with code {}'.format(exit_code)); sys.exit(exit_code)"
        ],
    )
    with Steps(name="rand-fail-steps") as rand_fail_steps:
        with rand_fail_steps.parallel():
            for name in ("randfail1a", "randfail1b"):
                random_fail(name=name)
        with rand_fail_steps.parallel():
            for name in ("randfail2a", "randfail2b", "randfail2c", "randfail2d"):
                random_fail(name=name)
    with DAG(name="rand-fail-dag"):
        a = random_fail(name="A")
        b = rand_fail_steps(name="B")
        b >> random_fail(name="C")
        [a, b] >> random_fail(name="D")
