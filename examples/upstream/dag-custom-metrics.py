"""Custom metrics of a workflow and of a template called in loops: duration gauges and result counters,
labelled with the status and an input of the template."""

from hera.workflows import DAG, Container, Counter, Gauge, Parameter, Workflow

with Workflow(
    generate_name="dag-task-",
    entrypoint="dag-task",
    metrics=[
        Gauge(
            name="playground_workflow_duration",
            help="Duration gauge by workflow level",
            labels={"playground_id_workflow": "test", "status": "{{workflow.status}}"},
            realtime=False,
            value="{{workflow.duration}}",
        ),
        Counter(
            name="playground_workflow_result_counter",
            help="Count of workflow execution by result status  - workflow level",
            labels={"playground_id_workflow_counter": "test", "status": "{{workflow.status}}"},
            value="1",
        ),
    ],
) as w:
    echo = Container(
        name="echo",
        inputs=[Parameter(name="message"), Parameter(name="tag")],
        metrics=[
            Gauge(
                name="playground_workflow_duration_task_seconds",
                help="Duration gauge by task name in seconds - task level",
                labels={"playground_task_name": "{{inputs.parameters.tag}}", "status": "{{status}}"},
                realtime=False,
                value="{{duration}}",
            ),
            Counter(
                name="playground_workflow_result_task_counter",
                help="Count of task execution by result status  - task level",
                labels={"playground_task_name_counter": "{{inputs.parameters.tag}}", "status": "{{status}}"},
                value="1",
            ),
        ],
        image="busybox",
        command=["echo", "{{inputs.parameters.message}}"],
    )
    arguments = {"message": "console output-->TEST-{{item.command}}", "tag": "{{item.tag}}"}
    with DAG(name="dag-task"):
        for task, (first, second) in {"ONE": ("ONE-A", "ONE-B"), "TWO": ("TWO-A", "TWO-B")}.items():
            echo(
                name=f"TEST-{task}",
                arguments=arguments,
                with_items=[
                    {"tag": f"TEST-{first}", "command": first},
                    {"tag": f"TEST-{second}", "command": second},
                ],
            )
