"""Workflow arguments as a dict: values that are not strings are written as JSON, as hera does."""

from hera.workflows import Artifact, Container, Parameter, Steps, Workflow
from hera.workflows.models import HTTPArtifact

with Workflow(
    generate_name="workflow-arguments-",
    entrypoint="main",
    arguments={
        "name": "world",
        "count": 3,
        "ratio": 0.5,
        "enabled": True,
        "config": {"retries": 2, "tags": ["a", "b"]},
        "dataset": Artifact(http=HTTPArtifact(url="https://example.com/data.csv")),
    },
) as w:
    show = Container(
        name="show",
        image="busybox",
        command=["sh", "-c", "echo {{inputs.parameters.name}} {{inputs.parameters.count}}; cat /data.csv"],
        inputs=[Parameter(name="name"), Parameter(name="count"), Artifact(name="dataset", path="/data.csv")],
    )
    with Steps(name="main", inputs=[Artifact(name="dataset")]):
        show(
            name="show",
            arguments={
                "name": "{{workflow.parameters.name}}",
                "count": "{{workflow.parameters.count}}",
                "dataset": Artifact(from_="{{inputs.artifacts.dataset}}"),
            },
        )
