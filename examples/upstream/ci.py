"""CI: check out a Git revision, build it on a shared volume, then run the binary on several images."""

from hera.workflows import Container, GitArtifact, Parameter, Steps, Volume, Workflow

workdir = Volume(name="workdir", size="1Gi", mount_path="/go")

with Workflow(
    generate_name="ci-example-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="ci-example",
    arguments={"revision": "cfe12d6"},
) as w:
    build_golang_example = Container(
        name="build-golang-example",
        inputs=[
            Parameter(name="revision"),
            GitArtifact(
                name="code",
                path="/go/src/github.com/golang/example",
                repo="https://github.com/golang/example.git",
                revision="{{inputs.parameters.revision}}",
            ),
        ],
        image="golang:1.8",
        command=["sh", "-c"],
        args=[" cd /go/src/github.com/golang/example/hello && git status && go build -v . "],
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
    with Steps(name="ci-example", inputs=[Parameter(name="revision")]):
        build_golang_example(name="build", arguments={"revision": "{{inputs.parameters.revision}}"})
        run_hello(
            name="test",
            arguments={"os-image": "{{item.image}}:{{item.tag}}"},
            with_items=[
                {"image": "debian", "tag": "9.1"},
                {"image": "alpine", "tag": "3.6"},
                {"image": "ubuntu", "tag": "17.10"},
            ],
        )
