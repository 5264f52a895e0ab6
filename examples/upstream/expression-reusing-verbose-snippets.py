"""An expression computed once into a JSON input parameter, whose fields later expressions read."""

from hera.workflows import Env, Parameter, Script, Workflow

WEEK_TEMPS = """\
{{=
  map([
      jsonpath(sprig.b64dec(jsonpath(workflow.parameters.weather, '$.weekWeather')), '$.temps')
    ], {
      toJson({
        avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,
        min: sprig.min(#[0], #[1], #[2], #[3], #[4]),
        max: sprig.max(#[0], #[1], #[2], #[3], #[4])
      })
  })[0]
}}"""

with Workflow(
    generate_name="expression-reusing-verbose-snippets-",
    arguments={"weather": '{"weekWeather": "eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo="}'},
    entrypoint="main",
) as w:
    Script(
        name="main",
        inputs=[Parameter(name="week-temps", value=WEEK_TEMPS)],
        env=[
            Env(name=field.upper(), value=f"{{{{=jsonpath(inputs.parameters['week-temps'], '$.{field}')}}}}")
            for field in ("avg", "min", "max")
        ],
        image="busybox",
        command=["sh"],
        source='echo "The week\'s average temperature was $AVG with a minimum of $MIN and a maximum of $MAX."\n',
    )
