"""Nested `with_sequence` loops whose ends are the results of earlier steps."""

from hera.workflows import Script, Sequence, Steps, Workflow

with Workflow(generate_name="withsequence-nested-result-", entrypoint="hello-entrypoint") as w:
    hello = Script(
        name="hello",
        image="python:alpine3.23",
        command=["python"],
        source="import random\nresult = random.randint(0,5)\nprint(result)\n",
    )
    with Steps(name="hello-hello") as hello_hello:
        b = hello(name="hello-b")
        hello(name="hello-c", with_sequence=Sequence(start="1", end=b.result))
    with Steps(name="hello-entrypoint"):
        a = hello(name="hello-a")
        hello_hello(name="hello-b", with_sequence=Sequence(start="1", end=a.result))
