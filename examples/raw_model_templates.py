"""Generated `models.Template` objects are accepted wherever a template is: in `templates` and as a task's template."""

from hera.workflows import DAG, Task, Workflow
from hera.workflows import models as m

hello = m.Template(
    name="hello",
    container=m.Container(image="busybox", command=["echo", "hello"]),
)
goodbye = m.Template(
    name="goodbye",
    inputs=m.Inputs(parameters=[m.Parameter(name="who", default="world")]),
    container=m.Container(image="busybox", command=["echo", "goodbye {{inputs.parameters.who}}"]),
)

with Workflow(generate_name="raw-model-templates-", entrypoint="main", templates=[hello, goodbye]) as w:
    with DAG(name="main"):
        a = Task(name="hello", template=hello)
        b = Task(name="goodbye", template=goodbye, arguments={"who": "everyone"})
        a >> b
