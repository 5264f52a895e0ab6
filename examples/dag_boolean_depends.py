"""`|` and `&` build depends expressions: `(A | B) >> C` and `(A | B) & C` with correct parentheses."""

from hera.workflows import DAG, Container, Workflow

with Workflow(generate_name="dag-boolean-depends-", entrypoint="main") as w:
    step = Container(name="step", image="busybox", command=["true"])
    with DAG(name="main"):
        a = step(name="a")
        b = step(name="b")
        c = step(name="c")
        either = step(name="either")
        both_and_c = step(name="either-and-c")
        both = step(name="both")
        (a | b) >> either
        ((a | b) & c) >> both_and_c
        (a & b) >> both
