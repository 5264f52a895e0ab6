"""Input parameters picked out of a JSON workflow argument with filtering and slicing `jsonpath` queries."""

from hera.workflows import Env, Parameter, Script, Workflow

CONFIG = '{"employees": [{"name": "Baris", "age":43},{"name": "Mo", "age": 42}, {"name": "Jai", "age" :44}]}'
QUERIES = {
    "a": '$.employees[?(@.name=="Baris")].age',
    "b": "$.employees[?(@.age>42 && @.age<44)].age",
    "c": "$.employees[0:1]",
    "d": "$.employees[*].name",
}

with Workflow(
    generate_name="expression-destructure-json-complex-",
    arguments={"config": CONFIG},
    entrypoint="main",
) as w:
    Script(
        name="main",
        inputs=[
            Parameter(name=key, value=f"{{{{=jsonpath(workflow.parameters.config, '{query}')}}}}")
            for key, query in QUERIES.items()
        ],
        env=[Env(name=key.upper(), value=f"{{{{inputs.parameters.{key}}}}}") for key in QUERIES],
        image="busybox",
        command=["sh"],
        source='echo "$A$B$C$D"\n',
    )
