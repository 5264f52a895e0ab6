"""The JSON results printed by a looped script step, aggregated into one list for the next step."""

from hera.workflows import Parameter, Script, Steps, Workflow

ODD_OR_EVEN = """\
import json
i = {{inputs.parameters.num}}
res = {
  "num": i,
  "evenness": "even" if i % 2 == 0 else "odd"
}
print(json.dumps(res))
"""

with Workflow(generate_name="parameter-aggregation-script-", entrypoint="parameter-aggregation") as w:
    odd_or_even = Script(
        name="odd-or-even",
        inputs=[Parameter(name="num")],
        image="python:alpine3.23",
        command=["python"],
        source=ODD_OR_EVEN,
    )
    divide_by_2 = Script(
        name="divide-by-2",
        inputs=[Parameter(name="num")],
        image="alpine:3.23",
        command=["sh", "-x"],
        source="echo $(({{inputs.parameters.num}}/2))\n",
    )
    with Steps(name="parameter-aggregation"):
        numbers = odd_or_even(name="odd-or-even", arguments={"num": "{{item}}"}, with_items=[1, 2, 3, 4])
        divide_by_2(
            name="divide-by-2",
            arguments={"num": "{{item.num}}"},
            with_param=numbers.result,
            when="{{item.evenness}} == even",
        )
