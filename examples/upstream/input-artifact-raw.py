"""An input artifact whose content is written in the workflow itself."""

from hera.workflows import Container, RawArtifact, Workflow

with Workflow(generate_name="input-artifact-raw-", entrypoint="raw-contents") as w:
    Container(
        name="raw-contents",
        inputs=[RawArtifact(name="myfile", path="/tmp/file", data="this is\nthe raw file\ncontents\n")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["cat /tmp/file"],
    )
