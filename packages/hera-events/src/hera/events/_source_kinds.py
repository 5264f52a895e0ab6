"""The kinds of event sources of an EventSource spec (Argo Events v1.9.11), by manifest key and snake_case name.

Each is a map of event name to that kind's source in `EventSourceSpec`; a test checks this table against the
generated model.
"""

from __future__ import annotations

__all__ = ["SOURCE_KINDS", "kind_key"]

SOURCE_KINDS: dict[str, str] = {
    "amqp": "amqp",
    "azure_events_hub": "azureEventsHub",
    "azure_queue_storage": "azureQueueStorage",
    "azure_service_bus": "azureServiceBus",
    "bitbucket": "bitbucket",
    "bitbucketserver": "bitbucketserver",
    "calendar": "calendar",
    "emitter": "emitter",
    "file": "file",
    "generic": "generic",
    "gerrit": "gerrit",
    "github": "github",
    "gitlab": "gitlab",
    "hdfs": "hdfs",
    "kafka": "kafka",
    "minio": "minio",
    "mns": "mns",
    "mqtt": "mqtt",
    "nats": "nats",
    "nsq": "nsq",
    "pub_sub": "pubSub",
    "pulsar": "pulsar",
    "redis": "redis",
    "redis_stream": "redisStream",
    "resource": "resource",
    "sftp": "sftp",
    "slack": "slack",
    "sns": "sns",
    "sqs": "sqs",
    "storage_grid": "storageGrid",
    "stripe": "stripe",
    "webhook": "webhook",
}
_KEYS = frozenset(SOURCE_KINDS.values())


def kind_key(kind: str) -> str | None:
    """The manifest key for a kind given by manifest key (`pubSub`) or snake_case (`pub_sub`), else None."""
    if kind in _KEYS:
        return kind
    return SOURCE_KINDS.get(kind)
