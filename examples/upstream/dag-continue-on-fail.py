"""A DAG where one task runs only when another failed (`B.Failed && C`), so the failure does not stop it."""

from hera.workflows import DAG, Container, TaskResult, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    generate_name="dag-contiue-on-fail-",
    entrypoint="workflow",
) as w:
    hello = Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
    fail = Container(
        name="intentional-fail",
        image="busybox",
        command=["sh", "-c"],
        args=["echo intentional failure; exit 1"],
    )
    with DAG(name="workflow"):
        a = hello(name="A")
        b = fail(name="B")
        c = hello(name="C")
        d = hello(name="D")
        e = fail(name="E")
        f = hello(name="F")
        g = hello(name="G")
        a >> [b, c, e, f]
        b.next(d, on=TaskResult.failed)
        c >> d
        [e, f] >> g
