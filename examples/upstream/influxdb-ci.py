"""InfluxDB CI: check out the source, build and unit test in parallel, then coverage and an end-to-end test
against the built server run as a daemon."""

from hera.workflows import (
    Artifact,
    Container,
    GitArtifact,
    HTTPGetAction,
    Parallel,
    Parameter,
    Probe,
    Resources,
    Steps,
    Workflow,
)

SOURCE = "/go/src/github.com/influxdata/influxdb"
PREPARE = f" cd {SOURCE} && go get github.com/golang/dep/cmd/dep && dep ensure -vendor-only && "
SERVER = "http://{{steps.influxdb-server.ip}}:8086"


def golang(name: str, script: str, **kwargs: object) -> Container:
    """A golang container running `script` with `/bin/sh -c`."""
    return Container(name=name, image="golang:1.18", command=["/bin/sh", "-c"], args=[script], **kwargs)


with Workflow(
    generate_name="influxdb-ci-",
    labels={"workflows.argoproj.io/no-test": "duration"},
    entrypoint="influxdb-ci",
    arguments={"repo": "https://github.com/influxdata/influxdb.git", "revision": "1.6"},
) as w:
    checkout = golang(
        "checkout",
        "cd /src && git status && ls -l",
        inputs=[
            GitArtifact(
                name="source",
                path="/src",
                repo="{{workflow.parameters.repo}}",
                revision="{{workflow.parameters.revision}}",
            )
        ],
        outputs=[Artifact(name="source", path="/src")],
    )
    build = golang(
        "build",
        PREPARE + "go install -v ./... ",
        inputs=[Artifact(name="source", path=SOURCE)],
        outputs=[Artifact(name="influxd", path="/go/bin")],
        resources=Resources(memory_request="1024Mi", cpu_request="200m"),
    )
    test_unit = golang(
        "test-unit", PREPARE + "go test -parallel=1 ./... ", inputs=[Artifact(name="source", path=SOURCE)]
    )
    test_cov_base = golang(
        "test-cov-base",
        PREPARE
        + "go test -v -coverprofile /tmp/cov.out ./{{inputs.parameters.package}} && "
        + "go tool cover -html=/tmp/cov.out -o /tmp/index.html ",
        inputs=[Parameter(name="package"), Artifact(name="source", path=SOURCE)],
        outputs=[Artifact(name="covreport", path="/tmp/index.html")],
        resources=Resources(memory_request="4096Mi", cpu_request="200m"),
    )
    influxdb_server = Container(
        name="influxdb-server",
        inputs=[Artifact(name="influxd", path="/app")],
        daemon=True,
        outputs=[Artifact(name="data", path="/var/lib/influxdb/data")],
        image="busybox",
        readiness_probe=Probe(
            http_get=HTTPGetAction(path="/ping", port=8086), initial_delay_seconds=5, timeout_seconds=1
        ),
        command=["/bin/sh", "-c"],
        args=["chmod +x /app/influxd && /app/influxd"],
        resources=Resources(memory_request="512Mi", cpu_request="250m"),
    )
    influxdb_client = Container(
        name="influxdb-client",
        inputs=[Parameter(name="cmd")],
        image="curlimages/curl:latest",
        command=["/bin/sh", "-c"],
        args=["{{inputs.parameters.cmd}}"],
        resources=Resources(memory_request="32Mi", cpu_request="100m"),
    )
    with Steps(name="test-cov", inputs=[Artifact(name="source")]) as test_cov:
        source = test_cov.get_artifact("source")
        with Parallel():
            test_cov_base(name="test-cov-query", arguments={"package": "query", "source": source})
            test_cov_base(name="test-cov-tsm1", arguments={"package": "tsdb/engine/tsm1", "source": source})
    with Steps(name="test-e2e", inputs=[Artifact(name="influxd")]) as test_e2e:
        influxdb_server(name="influxdb-server", arguments={"influxd": test_e2e.get_artifact("influxd")})
        influxdb_client(
            name="initdb",
            arguments={"cmd": f"curl -XPOST '{SERVER}/query' --data-urlencode \"q=CREATE DATABASE mydb\""},
        )
        with Parallel():
            influxdb_client(
                name="producer1",
                arguments={
                    "cmd": f"for i in $(seq 1 20); do curl -XPOST '{SERVER}/write?db=mydb' -d "
                    '"cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done'
                },
            )
            influxdb_client(
                name="producer2",
                arguments={
                    "cmd": f"for i in $(seq 1 20); do curl -XPOST '{SERVER}/write?db=mydb' -d "
                    '"cpu,host=server02,region=uswest load=$((RANDOM % 100))" ; sleep .5 ; done'
                },
            )
            influxdb_client(
                name="producer3",
                arguments={
                    "cmd": f"curl -XPOST '{SERVER}/write?db=mydb' -d 'cpu,host=server03,region=useast load=15.4'"
                },
            )
            influxdb_client(
                name="consumer",
                arguments={
                    "cmd": f'curl --silent -G {SERVER}/query?pretty=true --data-urlencode "db=mydb" '
                    '--data-urlencode "q=SELECT * FROM cpu"'
                },
            )
    with Steps(name="influxdb-ci"):
        checked_out = checkout(name="checkout")
        source = checked_out.get_artifact("source")
        with Parallel():
            built = build(name="build", arguments=[source])
            test_unit(name="test-unit", arguments=[source])
        with Parallel():
            test_cov(name="test-cov", arguments=[source])
            test_e2e(name="test-e2e", arguments=[built.get_artifact("influxd")])
