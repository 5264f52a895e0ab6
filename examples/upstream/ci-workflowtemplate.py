"""A CI WorkflowTemplate: Go module and build caches restored from and saved to S3 around a DAG build."""

from hera.workflows import (
    DAG,
    Container,
    NoneArchiveStrategy,
    S3Artifact,
    Volume,
    VolumeMount,
    WorkflowTemplate,
)

CACHE_KEY = "github.com/golang/examples/{{workflow.parameters.branch}}"
SOURCE = "/go/src/github.com/golang/example"
RESTORE = """\
mkdir -p $(go env GOMODCACHE)
[ -e /mnt/GOMODCACHE ] && cp -Rf /mnt/GOMODCACHE $(go env GOMODCACHE)
mkdir -p $(go env GOCACHE)
[ -e /mnt/GOCACHE ] &&  cp -Rf /mnt/GOCACHE $(go env GOCACHE)
"""
TEST = """\
go install github.com/jstemmer/go-junit-report@latest
go install github.com/alexec/junit2html@v0.0.2

trap 'cat test.out | go-junit-report | junit2html > test-report.html' EXIT

go test -v ./... 2>&1 > test.out
"""


def caches(subpaths: tuple[str, str], source: bool = True) -> list[VolumeMount]:
    """Mounts of the work volume: the source tree (optionally) and the two Go caches at `subpaths`."""
    mounts = [VolumeMount(name="work", mount_path=SOURCE, sub_path="src")] if source else []
    return [
        *mounts,
        VolumeMount(name="work", mount_path="/go/pkg/mod", sub_path=subpaths[0]),
        VolumeMount(name="work", mount_path="/root/.cache/go-build", sub_path=subpaths[1]),
    ]


def cached(name: str, path: str) -> S3Artifact:
    """An optional cache directory kept in S3 under the branch's cache key."""
    return S3Artifact(name=name, path=path, optional=True, key=f"{CACHE_KEY}/{name}")


def go_step(name: str, shell: str, script: str, **kwargs: object) -> Container:
    """A golang container running `script` with `sh <shell>` in the source tree, with the caches mounted."""
    return Container(
        name=name,
        image="golang:1.18",
        volume_mounts=caches(("GOMODCACHE", "GOCACHE")),
        working_dir=SOURCE,
        command=["sh", shell],
        args=[script],
        **kwargs,
    )


with WorkflowTemplate(
    name="ci",
    annotations={
        "workflows.argoproj.io/description": (
            "This workflows builds and tests Argo Workflows.\n\nIt demonstrates:\n\n"
            "* Cache restore and store.\n* Publishing test reports.\n"
        )
    },
    arguments={"branch": "master"},
    entrypoint="main",
    on_exit="cache-store",
    volume_claim_templates=[Volume(name="work", size="64Mi")],
) as w:
    cache_restore = Container(
        name="cache-restore",
        inputs=[cached("GOMODCACHE", "/mnt/GOMODCACHE"), cached("GOCACHE", "/mnt/GOCACHE")],
        volume_mounts=caches(("mod", "cache"), source=False),
        image="golang:1.18",
        working_dir=SOURCE,
        command=["sh", "-euxc"],
        args=[RESTORE],
    )
    Container(
        name="cache-store",
        volume_mounts=caches(("GOMODCACHE", "GOCACHE"), source=False),
        image="golang:1.18",
        working_dir=SOURCE,
        outputs=[cached("GOMODCACHE", "/go/pkg/mod"), cached("GOCACHE", "/root/.cache/go-build")],
    )
    clone = go_step(
        "clone",
        "-euxc",
        'git clone -v -b "{{workflow.parameters.branch}}" --single-branch --depth 1 '
        "https://github.com/golang/example.git .\n",
    )
    deps = go_step("deps", "-xuce", "go mod download -x\n")
    build = go_step("build", "-xuce", "go build ./...\n")
    test = go_step(
        "test",
        "-euxc",
        TEST,
        outputs=[
            S3Artifact(
                name="test-report",
                path=f"{SOURCE}/test-report.html",
                archive=NoneArchiveStrategy(),
                key="{{workflow.parameters.branch}}/test-report.html",
            )
        ],
    )
    with DAG(name="main"):
        cache_restore(name="cache-restore")
        clone(name="clone")
        deps(name="deps", dependencies=["clone", "cache-restore"])
        build(name="build", dependencies=["deps"])
        test(name="test", dependencies=["build"])
