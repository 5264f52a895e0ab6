"""A data template lists the keys of an S3 bucket and keeps the log files; a loop processes each one."""

from hera.workflows import Artifact, Container, Data, Parameter, Steps, Workflow
from hera.workflows.artifact import S3Artifact

with Workflow(
    generate_name="data-transformations-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/description": (
            "This workflow demonstrates using a data template to list in an S3 bucket\n"
            "and then process those log files.\n"
        ),
        "workflows.argoproj.io/version": ">= 3.1.0",
    },
    entrypoint="data-transformations",
) as w:
    list_log_files = Data(
        name="list-log-files",
        source=S3Artifact(name="test-bucket", bucket="my-bucket"),
        transformations=['filter(data, {# endsWith "main.log"})'],
    )
    process_logs = Container(
        name="process-logs",
        inputs=[Parameter(name="file-name"), Artifact(name="file", path="/file")],
        image="argoproj/argosay:v2",
        command=["sh", "-c"],
        args=["echo {{inputs.parameters.file-name}}\nhead /file\n"],
    )
    with Steps(name="data-transformations"):
        listed = list_log_files(name="list-log-files")
        process_logs(
            name="process-logs",
            with_param=listed.result,
            arguments=[
                S3Artifact(name="file", key="{{item}}"),
                Parameter(name="file-name", value="{{item}}"),
            ],
        )
