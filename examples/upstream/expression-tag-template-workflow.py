"""Expression tags (`{{= ...}}`) in a loop parameter, an argument and a container's arguments."""

from hera.workflows import DAG, Container, Parameter, ValueFrom, Workflow

with Workflow(
    generate_name="expression-tag-template-",
    annotations={"workflows.argoproj.io/version": ">= 3.1.0"},
    entrypoint="main",
) as w:
    pod_0 = Container(
        name="pod-0",
        inputs=[Parameter(name="foo")],
        outputs=[Parameter(name="output", value_from=ValueFrom(path="/output"))],
        image="argoproj/argosay:v2",
        args=[
            "echo",
            "hello {{=asInt(inputs.parameters.foo) * 10}} @ {{=sprig.date('2006', workflow.creationTimestamp)}}\n",
            "/output",
        ],
    )
    with DAG(name="main"):
        pod_0(
            name="task-0", arguments={"foo": "{{=item}}"}, with_param="{{=toJson(filter([1, 3], {# > 1}))}}"
        )
