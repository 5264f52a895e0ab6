"""A workflow exit handler (`on_exit=`) that posts the workflow's name and status to a Slack webhook."""

from hera.workflows import Container, Workflow

PAYLOAD = (
    '{ "text": "{{workflow.name}} finished", "blocks": [ { "type": "section", "text": '
    '{ "type": "mrkdwn", "text": "Workflow {{workflow.name}} {{workflow.status}}", } } ] }'
)

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="exit-handler-slack-",
    entrypoint="say-hello",
) as w:
    Container(name="say-hello", image="alpine:3.23", command=["sh", "-c"], args=["echo hello"])
    w.on_exit = Container(
        name="exit-handler",
        image="curlimages/curl:latest",
        command=["sh", "-c"],
        args=[f"curl -X POST --data-urlencode 'payload={PAYLOAD}' YOUR_WEBHOOK_URL_HERE"],
    )
