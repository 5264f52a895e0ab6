"""A template-level semaphore: the number of concurrent runs comes from a key of a ConfigMap."""

from hera.workflows import Container, Semaphore, Steps, Workflow

with Workflow(
    generate_name="synchronization-tmpl-level-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="synchronization-tmpl-level-example",
) as w:
    acquire_lock = Container(
        name="acquire-lock",
        synchronization=Semaphore(config_map="my-config", key="template"),
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["sleep 10; echo acquired lock"],
    )
    with Steps(name="synchronization-tmpl-level-example"):
        acquire_lock(
            name="synchronization-acquire-lock",
            arguments={"seconds": "{{item}}"},
            with_param='["1","2","3","4","5"]',
        )
