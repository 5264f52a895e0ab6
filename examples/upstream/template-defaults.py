"""Template defaults (a timeout and a retry strategy) applied by Argo to every template of the workflow."""

from hera.workflows import Container, RetryStrategy, Steps, TemplateDefaults, Workflow

with Workflow(
    generate_name="template-defaults-",
    labels={"workflows.argoproj.io/no-test": "expected-failure"},
    annotations={
        "workflows.argoproj.io/description": (
            "Template defaults will provide the fixability to configure the defaults values for all templates "
            "in workflow.\nIndividual template can be overide default values.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
        "workflows.argoproj.io/no-test-reasons": (
            "This tests requires interaction and we can't test it automatically.\n"
        ),
    },
    entrypoint="main",
    template_defaults=TemplateDefaults(timeout="30s", retry_strategy=RetryStrategy(limit="2")),
) as w:
    hello_world = Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
    retry_backoff = Container(
        name="retry-backoff",
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"],
    )
    with Steps(name="main"):
        retry_backoff(name="retry-backoff")
        hello_world(name="hello-world")
