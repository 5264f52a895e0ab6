"""Input parameters whose values are taken out of a JSON workflow argument with `jsonpath` expressions."""

from hera.workflows import Env, Parameter, Script, Workflow

with Workflow(
    generate_name="expression-destructure-json-",
    annotations={"workflows.argoproj.io/version": ">= 3.1.0"},
    arguments={"config": '{"a": "1", "b": "2", "c": "3"}'},
    entrypoint="main",
) as w:
    Script(
        name="main",
        inputs=[
            Parameter(name=key, value=f"{{{{=jsonpath(workflow.parameters.config, '$.{key}')}}}}")
            for key in ("a", "b", "c")
        ],
        env=[Env(name=key.upper(), value=f"{{{{inputs.parameters.{key}}}}}") for key in ("a", "b", "c")],
        image="busybox",
        command=["sh"],
        source='echo "$A$B$C"\n',
    )
