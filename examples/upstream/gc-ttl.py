"""A workflow deleted some seconds after it finishes, with a different delay for success and failure."""

from hera.workflows import Container, TTLStrategy, Workflow

with Workflow(
    generate_name="gc-ttl-",
    ttl_strategy=TTLStrategy(seconds_after_completion=10, seconds_after_success=5, seconds_after_failure=5),
    entrypoint="hello-world",
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
