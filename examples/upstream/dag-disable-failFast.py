"""A DAG with `failFast` off: a failed, retried task does not stop the branches that do not depend on it."""

from hera.workflows import DAG, Container, RetryStrategy, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    generate_name="dag-primay-branch-",
    entrypoint="statis",
) as w:
    a = Container(name="a", image="busybox", command=["echo"], args=["hello world"])
    b = Container(
        name="b",
        retry_strategy=RetryStrategy(limit="2"),
        image="busybox",
        command=["sh", "-c"],
        args=["sleep 30; echo haha"],
    )
    c = Container(
        name="c",
        retry_strategy=RetryStrategy(limit="3"),
        image="busybox",
        command=["sh", "-c"],
        args=["echo intentional failure; exit 2"],
    )
    d = Container(name="d", image="busybox", command=["echo"], args=["hello world"])
    with DAG(name="statis", dag_fail_fast=False):
        task_a = a(name="A")
        task_b = b(name="B")
        task_a >> [task_b, c(name="C")]
        task_b >> d(name="D") >> d(name="E")
