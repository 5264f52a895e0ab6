"""Commands that refer to artifact and output-parameter paths through `{{...path}}` placeholders."""

from hera.workflows import Artifact, Container, Parameter, RawArtifact, ValueFrom, Workflow

COMMAND = (
    'mkdir -p "$(dirname "{{outputs.artifacts.text.path}}")" '
    '"$(dirname "{{outputs.parameters.actual-lines-count.path}}")" ; '
    'head -n {{inputs.parameters.lines-count}} < "{{inputs.artifacts.text.path}}" | '
    'tee "{{outputs.artifacts.text.path}}" | wc -l > "{{outputs.parameters.actual-lines-count.path}}"'
)

with Workflow(
    generate_name="artifact-path-placeholders-",
    entrypoint="head-lines",
    arguments=[Parameter(name="lines-count", value="3"), RawArtifact(name="text", data="1\n2\n3\n4\n5\n")],
) as w:
    Container(
        name="head-lines",
        inputs=[Parameter(name="lines-count"), Artifact(name="text", path="/inputs/text/data")],
        outputs=[
            Parameter(
                name="actual-lines-count", value_from=ValueFrom(path="/outputs/actual-lines-count/data")
            ),
            Artifact(name="text", path="/outputs/text/data"),
        ],
        image="busybox",
        command=["sh", "-c", COMMAND],
    )
