"""A Git repository checked out at a revision as an input artifact."""

from hera.workflows import Container, GitArtifact, Workflow

with Workflow(
    generate_name="input-artifact-git-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="git-clone",
) as w:
    Container(
        name="git-clone",
        inputs=[
            GitArtifact(
                name="argo-source",
                path="/src",
                repo="https://github.com/argoproj/argo-workflows.git",
                revision="v2.1.1",
            )
        ],
        image="golang:1.10",
        command=["sh", "-c"],
        args=["git status && ls && cat VERSION"],
        working_dir="/src",
    )
