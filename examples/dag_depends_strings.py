"""Depends written as strings, mixed with `>>`; Argo's enhanced depends logic."""

from hera.workflows import DAG, Container, Task, Workflow

with Workflow(generate_name="dag-depends-strings-", entrypoint="main") as w:
    ok = Container(name="ok", image="busybox", command=["true"])
    fail = Container(name="fail", image="busybox", command=["false"])
    with DAG(name="main"):
        a = ok(name="a")
        b = fail(name="b")
        c = ok(name="c", depends="a.Succeeded && (b.Failed || b.Errored)")
        d = Task(name="d", template=ok, depends="c")
        e = ok(name="e")
        a >> e
        d >> e
