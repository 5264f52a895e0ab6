"""Template-level mutexes: at most one run of each template at a time, however many steps call it."""

from hera.workflows import Container, Mutex, Steps, Workflow

with Workflow(
    generate_name="synchronization-tmpl-level-mutex-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="synchronization-tmpl-level-mutex-example",
) as w:
    acquire_lock = Container(
        name="acquire-lock",
        synchronization=Mutex(name="welcome"),
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 20; echo acquired lock"],
    )
    acquire_lock_1 = Container(
        name="acquire-lock-1",
        synchronization=Mutex(name="test"),
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 50; echo acquired lock"],
    )
    with Steps(name="synchronization-tmpl-level-mutex-example") as steps, steps.parallel():
        loop = {"arguments": {"seconds": "{{item}}"}, "with_param": '["1","2","3","4","5"]'}
        acquire_lock(name="synchronization-acquire-lock", **loop)
        acquire_lock_1(name="synchronization-acquire-lock1", **loop)
