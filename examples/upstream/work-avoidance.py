"""Work avoidance: markers of finished work are restored from S3 at the start and saved at the end."""

from hera.workflows import (
    Container,
    Parameter,
    S3Artifact,
    Script,
    SecretKeySelector,
    Sequence,
    Steps,
    Volume,
    Workflow,
)

ECHO = """\
marker=/work/markers/$(date +%Y-%m-%d)-echo-{{inputs.parameters.num}}
if [ -e  ${marker} ]; then
  echo "work already done"
  exit 0
fi
echo "working very hard"
# toss a virtual coin and exit 1 if 1
if [ $(($(($RANDOM%10))%2)) -eq 1 ]; then
  echo "oh no!"
  exit 1
fi
touch ${marker}
"""

work = Volume(name="work", size="10Mi", mount_path="/work")


def markers(optional: bool | None = None) -> S3Artifact:
    """The markers directory, kept in a MinIO bucket."""
    return S3Artifact(
        name="markers",
        path="/work/markers",
        key="work-avoidance-markers",
        bucket="my-bucket",
        endpoint="minio:9000",
        insecure=True,
        access_key_secret=SecretKeySelector(name="my-minio-cred", key="accesskey"),
        secret_key_secret=SecretKeySelector(name="my-minio-cred", key="secretkey"),
        optional=optional,
    )


with Workflow(
    generate_name="work-avoidance-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
    on_exit="save-markers",
) as w:
    load_markers = Container(
        name="load-markers",
        inputs=[markers(optional=True)],
        image="busybox",
        command=["mkdir", "-p", "/work/markers"],
        volumes=[work],
    )
    echo = Script(
        name="echo",
        inputs=[Parameter(name="num")],
        image="busybox",
        command=["sh", "-eux"],
        source=ECHO,
        volumes=[work],
    )
    Container(name="save-markers", image="busybox", command=["true"], volumes=[work], outputs=[markers()])
    with Steps(name="main"):
        load_markers(name="load-markers")
        echo(name="echo", arguments={"num": "{{item}}"}, with_sequence=Sequence(count="3"))
