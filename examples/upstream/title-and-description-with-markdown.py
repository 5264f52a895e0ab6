"""A workflow title and description, in Markdown, shown by the Argo UI."""

from hera.workflows import Container, Workflow

with Workflow(
    generate_name="title-and-description-with-markdown-",
    labels={"workflows.argoproj.io/archive-strategy": "false"},
    annotations={
        "workflows.argoproj.io/title": "**Test Title**",
        "workflows.argoproj.io/description": (
            "`This is a simple hello world example.`\n"
            "This is an embedded link to the docs: "
            "https://argo-workflows.readthedocs.io/en/latest/title-and-description/\n"
        ),
    },
    entrypoint="hello-world",
) as w:
    Container(name="hello-world", image="busybox", command=["echo"], args=["hello world"])
