"""The output parameters of a looped DAG task, aggregated into one JSON list for the tasks after it."""

from hera.workflows import DAG, Container, Parameter, ValueFrom, Workflow

ODD_OR_EVEN = """\
sleep 1 &&
echo {{inputs.parameters.num}} > /tmp/num &&
if [ $(({{inputs.parameters.num}}%2)) -eq 0 ]; then
  echo "even" > /tmp/even;
else
  echo "odd" > /tmp/even;
fi
"""

with Workflow(generate_name="parameter-aggregation-dag-", entrypoint="parameter-aggregation") as w:
    odd_or_even = Container(
        name="odd-or-even",
        inputs=[Parameter(name="num")],
        outputs=[
            Parameter(name="num", value_from=ValueFrom(path="/tmp/num")),
            Parameter(name="evenness", value_from=ValueFrom(path="/tmp/even")),
        ],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[ODD_OR_EVEN],
    )
    divide_by_2 = Container(
        name="divide-by-2",
        inputs=[Parameter(name="num")],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["echo $(({{inputs.parameters.num}}/2))"],
    )
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with DAG(name="parameter-aggregation"):
        numbers = odd_or_even(name="odd-or-even", arguments={"num": "{{item}}"}, with_items=[1, 2, 3, 4])
        print_nums = print_message(name="print-nums", arguments={"message": numbers.get_parameter("num")})
        print_evenness = print_message(
            name="print-evenness", arguments={"message": numbers.get_parameter("evenness")}
        )
        halves = divide_by_2(
            name="divide-by-2",
            arguments={"num": "{{item.num}}"},
            with_param=numbers.get_parameters_as("num"),
            when="{{item.evenness}} == even",
        )
        print_halves = print_message(
            name="print", arguments={"message": "{{item}}"}, with_param=halves.result
        )
        numbers >> [print_nums, print_evenness, halves]
        halves >> print_halves
