"""The output parameters of a looped step, aggregated into one JSON list for the next steps."""

from hera.workflows import Container, Parameter, Script, Steps, ValueFrom, Workflow

ODD_OR_EVEN = """\
sleep 1 &&
echo {{inputs.parameters.num}} > /tmp/num &&
if [ $(({{inputs.parameters.num}}%2)) -eq 0 ]; then
  echo "even" > /tmp/even;
else
  echo "odd" > /tmp/even;
fi
"""

with Workflow(generate_name="parameter-aggregation-", entrypoint="parameter-aggregation") as w:
    odd_or_even = Container(
        name="odd-or-even",
        inputs=[Parameter(name="num")],
        outputs=[
            Parameter(name="num", value_from=ValueFrom(path="/tmp/num")),
            Parameter(name="evenness", value_from=ValueFrom(path="/tmp/even")),
        ],
        image="alpine:3.23",
        command=["sh", "-xc"],
        args=[ODD_OR_EVEN],
    )
    divide_by_2 = Script(
        name="divide-by-2",
        inputs=[Parameter(name="num")],
        image="alpine:3.23",
        command=["sh", "-x"],
        source="#!/bin/sh\necho $(({{inputs.parameters.num}}/2))\n",
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with Steps(name="parameter-aggregation"):
        numbers = odd_or_even(name="odd-or-even", arguments={"num": "{{item}}"}, with_items=[1, 2, 3, 4])
        print_message(name="print-nums", arguments={"message": numbers.get_parameter("num")})
        print_message(name="print-evenness", arguments={"message": numbers.get_parameter("evenness")})
        halves = divide_by_2(
            name="divide-by-2",
            arguments={"num": "{{item.num}}"},
            with_param=numbers.get_parameters_as("num"),
            when="{{item.evenness}} == even",
        )
        print_message(name="print", arguments={"message": "{{item}}"}, with_param=halves.result)
