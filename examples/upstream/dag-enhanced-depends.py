"""`depends` on task results: `.Succeeded` / `.Failed` conditions combined with `&&` and `||`."""

from hera.workflows import DAG, Container, Operator, Workflow

with Workflow(generate_name="dag-diamond-", entrypoint="diamond") as w:
    pass_ = Container(name="pass", image="busybox", command=["sh", "-c", "exit 0"])
    fail = Container(name="fail", image="busybox", command=["sh", "-c", "exit 1"])
    with DAG(name="diamond"):
        A = pass_(name="A")
        B = pass_(name="B")
        C = fail(name="C")
        A >> [B, C]
        (A & (C.succeeded | C.failed)) >> pass_(name="should-execute-1")
        should_execute_2 = pass_(name="should-execute-2")
        B >> should_execute_2
        C.next(should_execute_2, operator=Operator.or_)
        should_not_execute = [B, C] >> pass_(name="should-not-execute")
        should_execute_3 = should_execute_2.on_success(pass_(name="should-execute-3"))
        should_not_execute.next(should_execute_3, operator=Operator.or_)
