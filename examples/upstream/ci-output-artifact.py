"""CI on a shared volume whose last step outputs the whole build tree as an artifact."""

from hera.workflows import Artifact, Container, GitArtifact, Parameter, Steps, Volume, Workflow

workdir = Volume(name="workdir", size="1Gi", mount_path="/go")

with Workflow(
    generate_name="ci-output-artifact-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="ci-example",
) as w:
    build_golang_example = Container(
        name="build-golang-example",
        inputs=[
            GitArtifact(
                name="code",
                path="/go/src/github.com/golang/example",
                repo="https://github.com/golang/example.git",
                revision="cfe12d6",
            )
        ],
        image="golang:1.8",
        command=["sh", "-c"],
        args=[" cd /go/src/github.com/golang/example/hello && go build -v . "],
        volumes=[workdir],
    )
    run_hello = Container(
        name="run-hello",
        inputs=[Parameter(name="os-image")],
        image="{{inputs.parameters.os-image}}",
        command=["sh", "-c"],
        args=[" uname -a ; cat /etc/os-release ; /go/src/github.com/golang/example/hello/hello "],
        volumes=[workdir],
    )
    release_artifact = Container(
        name="release-artifact",
        image="alpine:3.23",
        volumes=[workdir],
        outputs=[Artifact(name="release", path="/go")],
    )
    with Steps(name="ci-example"):
        build_golang_example(name="build")
        run_hello(
            name="test",
            arguments={"os-image": "{{item.image}}:{{item.tag}}"},
            with_items=[
                {"image": "debian", "tag": "9.1"},
                {"image": "alpine", "tag": "3.6"},
                {"image": "ubuntu", "tag": "17.10"},
            ],
        )
        release_artifact(name="release")
