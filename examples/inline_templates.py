"""Templates written inline in a task or step with `inline=` (a DSL template or a model)."""

from hera.workflows import DAG, Container, Step, Steps, Task, Workflow
from hera.workflows import models as m

with Workflow(generate_name="inline-templates-", entrypoint="main") as w:
    with DAG(name="main"):
        a = Task(name="inline-container", inline=Container(image="busybox", command=["echo", "inline"]))
        b = Task(
            name="inline-model",
            inline=m.Template(container=m.Container(image="busybox", command=["echo", "model"])),
        )
        c = Task(name="run-steps", template="steps")
        a >> b >> c
    with Steps(name="steps"):
        Step(name="inline-step", inline=Container(image="busybox", command=["echo", "in a step"]))
