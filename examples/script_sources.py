"""`Script` with its source as a string, its own command, env and resources (generated models)."""

from hera.workflows import Script, Steps, Workflow
from hera.workflows.models import EnvVar, ResourceRequirements

with Workflow(generate_name="script-sources-", entrypoint="main") as w:
    bash = Script(
        name="bash-script",
        image="debian:bookworm-slim",
        command=["bash"],
        source='for i in 1 2 3; do\n  echo "line $i"\ndone\n',
    )
    python = Script(
        name="python-script",
        source="import os\nprint(os.environ['GREETING'])",
        env=[EnvVar(name="GREETING", value="hello")],
        resources=ResourceRequirements(
            requests={"cpu": "100m", "memory": "64Mi"}, limits={"memory": "128Mi"}
        ),
    )
    with Steps(name="main"):
        bash(name="bash")
        python(name="python")
