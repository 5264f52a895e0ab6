"""A WorkflowTemplate that clones a repository, builds it and pushes an image with rootless BuildKit."""

from hera.workflows import (
    DAG,
    Container,
    Env,
    ExecAction,
    Parameter,
    Probe,
    SecretVolume,
    Volume,
    VolumeMount,
    WorkflowTemplate,
)

work = VolumeMount(name="work", mount_path="/work")

with WorkflowTemplate(
    name="buildkit",
    arguments={
        "repo": "https://github.com/argoproj/argo-workflows",
        "branch": "master",
        "path": "test/e2e/images/argosay/v2",
        "image": "alexcollinsintuit/argosay:v2",
    },
    entrypoint="main",
    volume_claim_templates=[Volume(name="work", size="64Mi")],
) as w:
    clone = Container(
        name="clone",
        inputs=[Parameter(name="repo"), Parameter(name="branch")],
        volume_mounts=[work],
        image="alpine/git:v2.26.2",
        working_dir="/work",
        args=[
            "clone",
            "--depth",
            "1",
            "--branch",
            "{{inputs.parameters.branch}}",
            "--single-branch",
            "{{inputs.parameters.repo}}",
            ".",
        ],
    )
    build = Container(
        name="build",
        inputs=[Parameter(name="path")],
        image="golang:1.18",
        volume_mounts=[work],
        working_dir="/work/{{inputs.parameters.path}}",
        env=[Env(name="GO111MODULE", value="off")],
        command=["go"],
        args=["build", "-v", "-o", "argosay", "./..."],
    )
    image = Container(
        name="image",
        inputs=[Parameter(name="path"), Parameter(name="image")],
        volumes=[SecretVolume(name="docker-config", secret_name="docker-config", mount_path="/.docker")],
        readiness_probe=Probe(exec=ExecAction(command=["sh", "-c", "buildctl debug workers"])),
        image="moby/buildkit:v0.9.3-rootless",
        volume_mounts=[work],
        working_dir="/work/{{inputs.parameters.path}}",
        env=[
            Env(name="BUILDKITD_FLAGS", value="--oci-worker-no-process-sandbox"),
            Env(name="DOCKER_CONFIG", value="/.docker"),
        ],
        command=["buildctl-daemonless.sh"],
        args=[
            "build",
            "--frontend",
            "dockerfile.v0",
            "--local",
            "context=.",
            "--local",
            "dockerfile=.",
            "--output",
            "type=image,name=docker.io/{{inputs.parameters.image}},push=true",
        ],
    )
    with DAG(name="main"):
        cloned = clone(
            name="clone",
            arguments={"repo": "{{workflow.parameters.repo}}", "branch": "{{workflow.parameters.branch}}"},
        )
        built = build(name="build", arguments={"path": "{{workflow.parameters.path}}"})
        imaged = image(
            name="image",
            arguments={"path": "{{workflow.parameters.path}}", "image": "{{workflow.parameters.image}}"},
        )
        cloned >> built >> imaged
