"""Every field of a parameter: value, default, enum, description, global_name, value_from."""

from hera.workflows import Container, Parameter, Steps, Workflow
from hera.workflows.models import ConfigMapKeySelector, ValueFrom

with Workflow(
    generate_name="parameters-",
    entrypoint="main",
    arguments=[
        Parameter(name="color", value="blue", enum=["red", "blue"], description="the color to use"),
        Parameter(name="size", value=3),
        Parameter(
            name="from-config",
            value_from=ValueFrom(config_map_key_ref=ConfigMapKeySelector(name="cfg", key="k")),
        ),
    ],
) as w:
    produce = Container(
        name="produce",
        image="busybox",
        command=["sh", "-c", "echo {{inputs.parameters.color}} > /tmp/color"],
        inputs=[
            Parameter(name="color", default="red", enum=["red", "blue"], description="the color"),
            Parameter(name="size", default=1),
        ],
        outputs=[
            Parameter(name="color-out", global_name="chosen-color", value_from=ValueFrom(path="/tmp/color")),
            Parameter(name="fixed", value="constant"),
            Parameter(name="guarded", value_from={"path": "/tmp/missing", "default": "fallback"}),
        ],
    )
    with Steps(name="main"):
        produce(name="produce", arguments={"color": "{{workflow.parameters.color}}", "size": 2})
