"""A template-level semaphore whose limit is kept in the controller's database."""

from hera.workflows import Container, Semaphore, Steps, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="synchronization-db-tmpl-level-",
    entrypoint="synchronization-db-tmpl-level-example",
) as w:
    acquire_lock = Container(
        name="acquire-lock",
        synchronization=Semaphore(key="template", database=True),
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 10; echo acquired lock"],
    )
    with Steps(name="synchronization-db-tmpl-level-example"):
        acquire_lock(
            name="synchronization-acquire-lock",
            arguments={"seconds": "{{item}}"},
            with_param='["1","2","3","4","5"]',
        )
