"""The WorkflowTemplate submitted for a GitHub push: it prints the files the push changed."""

from hera.workflows import Container, Parameter, Steps, WorkflowTemplate

with WorkflowTemplate(name="github-path-filter", entrypoint="main", arguments={"files": "[]"}) as w:
    argosay = Container(
        name="argosay",
        inputs=[Parameter(name="files")],
        image="argoproj/argosay:v2",
        args=["echo", "Files affected by commit: {{inputs.parameters.files}}"],
    )
    with Steps(name="main"):
        argosay(name="a", arguments={"files": "{{workflow.parameters.files}}"})
