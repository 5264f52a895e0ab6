"""Fibonacci numbers by mutually recursive, memoized steps templates with conditional output parameters."""

from hera.workflows import Container, Memoize, Parameter, Script, Steps, ValueFrom, Workflow

with Workflow(
    generate_name="fibonacci-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    annotations={
        "workflows.argoproj.io/description": (
            "This example demonstrates fibonacci sequence problem using conditional parameter feature.\n"
        ),
        "workflows.argoproj.io/veriiony": ">= 3.1.0",
    },
    entrypoint="main",
    arguments={"num": "5"},
) as w:
    Script(name="return-1", image="python:alpine3.23", command=["python"], source="print(1)")
    do_math = Script(
        name="do-math",
        inputs=[Parameter(name="a"), Parameter(name="op"), Parameter(name="b")],
        image="python:alpine3.23",
        command=["python"],
        source="print({{inputs.parameters.a}} {{inputs.parameters.op}} {{inputs.parameters.b}})\n",
    )
    print_result = Container(
        name="printresult",
        inputs=[Parameter(name="result")],
        image="busybox",
        command=["sh", "-c"],
        args=["echo {{inputs.parameters.result}}"],
    )
    fibonacci = Steps(
        name="fibonacci",
        inputs=[Parameter(name="num")],
        outputs=[
            Parameter(
                name="fib",
                value_from=ValueFrom(
                    expression="asInt(inputs.parameters.num) == 1? 1: asInt(inputs.parameters.num) == 2? 1: "
                    "steps['fibonacci-helper'].outputs.parameters.result"
                ),
            )
        ],
        memoize=Memoize(key="{{inputs.parameters.num}}", max_age="120s", config_map="fibonacci-m"),
    )
    with Steps(name="fibonaccihelper", inputs=[Parameter(name="num-1")]) as helper:
        n = helper.get_parameter("num-1")
        sub_1 = do_math(name="sub-1", arguments={"a": n, "op": "-", "b": "1"})
        sub_2 = do_math(name="sub-2", when=f"{n} != 1 && {n} != 2", arguments={"a": n, "op": "-", "b": "2"})
        fib_1 = fibonacci(name="fib-sub-1", arguments={"num": sub_1.result})
        fib_2 = fibonacci(name="fib-sub-2", arguments={"num": sub_2.result})
        add = do_math(
            name="add",
            arguments={"a": fib_1.get_parameter("fib"), "op": "+", "b": fib_2.get_parameter("fib")},
        )
    helper.outputs = [Parameter(name="result", value_from=ValueFrom(parameter=add.result))]
    with fibonacci:
        num = fibonacci.get_parameter("num")
        helper(name="fibonacci-helper", when=f"{num} != 1 && {num} != 2", arguments={"num-1": num})
    with Steps(name="main"):
        fib = fibonacci(name="fibonaccimain", arguments={"num": "{{workflow.parameters.num}}"})
        print_result(name="printresult", arguments={"result": fib.get_parameter("fib")})
