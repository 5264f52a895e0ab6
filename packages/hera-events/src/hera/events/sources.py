"""Typed helpers for the common kinds of event sources: `WebhookSource`, `CalendarSource`, `ResourceSource`,
`KafkaSource`, `SNSSource`, `SQSSource`, `GithubSource`.

Each is one named event of an `EventSource` (`EventSource(name="x", sources=[WebhookSource(...)])` or
`event_source.add(...)`). The common fields are typed arguments in snake_case; any other field of the kind's
Argo Events model goes into `extra` under its manifest (camelCase) name. Secret references (`auth_secret`,
`access_key`, ...) are `{"name": ..., "key": ...}` dicts or `hera.events.models.SecretKeySelector` objects:
they name a Kubernetes secret, they never hold its value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from hera.events._plain import plain
from hera.events.exceptions import EventsDSLError
from hera.shared._value_object import ValueObject

__all__ = [
    "CalendarSource",
    "GithubSource",
    "KafkaSource",
    "ResourceSource",
    "SNSSource",
    "SQSSource",
    "SourceHelper",
    "WebhookSource",
]

_RESOURCE_EVENT_TYPES = frozenset({"ADD", "UPDATE", "DELETE"})
_HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


@dataclasses.dataclass(kw_only=True)
class SourceHelper(ValueObject):
    """Base of the typed source helpers: `name` is the event name; `kind` the EventSourceSpec key."""

    kind: ClassVar[str]
    # (attribute, manifest key) of the fields written as they are, after those `_fields()` writes.
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = ()

    name: str
    metadata: Mapping[str, str] | None = None
    filter: str | Mapping[str, Any] | Any = None
    extra: Mapping[str, Any] | None = None

    @property
    def where(self) -> str:
        return f"{self.kind} source {self.name!r}"

    def _fields(self) -> dict[str, Any]:
        """The fields that need a conversion or a check (subclasses)."""
        return {}

    def _build(self) -> dict[str, Any]:
        if not isinstance(self.name, str) or not self.name:
            raise EventsDSLError(f"{self.kind} source: name must be a non-empty string, got {self.name!r}")
        data = self._fields()
        for attr, key in self._KEYS:
            value = getattr(self, attr)
            if value is not None:
                data[key] = plain(value, f"{self.where}: {key}")
        if self.metadata is not None:
            data["metadata"] = plain(self.metadata, f"{self.where}: metadata")
        if self.filter is not None:
            data["filter"] = self._filter()
        for key, value in (self.extra or {}).items():
            if key in data:
                raise EventsDSLError(
                    f"{self.where}: {key!r} is given twice (as an argument and in extra=); keep one"
                )
            data[key] = plain(value, f"{self.where}: {key}")
        return data

    def _filter(self) -> Any:
        # Most kinds take an EventSourceFilter, whose only field is an expression.
        if isinstance(self.filter, str):
            return {"expression": self.filter}
        return plain(self.filter, f"{self.where}: filter")


def _webhook_context(
    where: str, port: int | str, endpoint: str, method: str, url: str | None
) -> dict[str, Any]:
    if (
        isinstance(port, bool)
        or not isinstance(port, (int, str))
        or not str(port).isascii()
        or not str(port).isdigit()
    ):
        raise EventsDSLError(f"{where}: port must be a port number (like 12000), got {port!r}")
    if not 0 < int(port) < 65536:
        raise EventsDSLError(f"{where}: port {port} is out of range; use 1-65535")
    if not isinstance(endpoint, str) or not endpoint.startswith("/"):
        raise EventsDSLError(f"{where}: endpoint must be a path starting with '/', got {endpoint!r}")
    if method.upper() not in _HTTP_METHODS:
        raise EventsDSLError(
            f"{where}: method {method!r} is not an HTTP method; use one of {sorted(_HTTP_METHODS)}"
        )
    context: dict[str, Any] = {"port": str(port), "endpoint": endpoint, "method": method.upper()}
    if url is not None:
        context["url"] = url
    return context


@dataclasses.dataclass(kw_only=True)
class WebhookSource(SourceHelper):
    """An HTTP endpoint that turns each request into an event (`spec.webhook.<name>`).

    `port` is written as the string Argo Events expects; `filter` is an expression string or an
    EventSourceFilter.
    """

    kind: ClassVar[str] = "webhook"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_payload_size", "maxPayloadSize"),
        ("auth_secret", "authSecret"),
        ("server_cert_secret", "serverCertSecret"),
        ("server_key_secret", "serverKeySecret"),
    )

    port: int | str
    endpoint: str
    method: str = "POST"
    url: str | None = None
    max_payload_size: int | None = None
    auth_secret: Any = None
    server_cert_secret: Any = None
    server_key_secret: Any = None

    def _fields(self) -> dict[str, Any]:
        return _webhook_context(self.where, self.port, self.endpoint, self.method, self.url)


@dataclasses.dataclass(kw_only=True)
class CalendarSource(SourceHelper):
    """Events on a schedule (`spec.calendar.<name>`): a cron `schedule` or an `interval` like `"10s"`."""

    kind: ClassVar[str] = "calendar"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schedule", "schedule"),
        ("interval", "interval"),
        ("timezone", "timezone"),
        ("exclusion_dates", "exclusionDates"),
        ("persistence", "persistence"),
    )

    schedule: str | None = None
    interval: str | None = None
    timezone: str | None = None
    exclusion_dates: Sequence[str] | None = None
    persistence: Any = None

    def _fields(self) -> dict[str, Any]:
        if not self.schedule and not self.interval:
            raise EventsDSLError(
                f"{self.where}: give schedule= (a cron expression like '*/5 * * * *') or interval= (like '10s')"
            )
        return {}


@dataclasses.dataclass(kw_only=True)
class ResourceSource(SourceHelper):
    """Kubernetes resource events (`spec.resource.<name>`): `group`/`version`/`resource` in `namespace`.

    `event_types` are among ADD, UPDATE, DELETE; `filter` is a ResourceFilter (prefix, labels, fields,
    createdBy, afterStart) as a dict or model.
    """

    kind: ClassVar[str] = "resource"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("namespace", "namespace"),
        ("group", "group"),
        ("version", "version"),
        ("resource", "resource"),
    )

    version: str
    resource: str
    namespace: str = ""
    group: str = ""
    event_types: Sequence[str] = ("ADD",)

    def _fields(self) -> dict[str, Any]:
        types = [str(t).upper() for t in self.event_types]
        bad = [t for t in types if t not in _RESOURCE_EVENT_TYPES]
        if not types or bad:
            raise EventsDSLError(
                f"{self.where}: event_types must list some of ADD, UPDATE, DELETE, got {list(self.event_types)!r}"
            )
        return {"eventTypes": types}

    def _filter(self) -> Any:
        return plain(self.filter, f"{self.where}: filter")

    def _build(self) -> dict[str, Any]:
        data = super()._build()
        # Argo's own order: where to look, then what to look for.
        data = {
            key: data.pop(key) for key in ("namespace", "group", "version", "resource") if key in data
        } | data
        return data


@dataclasses.dataclass(kw_only=True)
class KafkaSource(SourceHelper):
    """Messages of a Kafka topic (`spec.kafka.<name>`). `consumer_group` is a group name or a
    KafkaConsumerGroup; `tls`, `sasl`, `connection_backoff` are dicts or models.
    """

    kind: ClassVar[str] = "kafka"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("topic", "topic"),
        ("json_body", "jsonBody"),
        ("version", "version"),
        ("limit_events_per_second", "limitEventsPerSecond"),
        ("tls", "tls"),
        ("sasl", "sasl"),
        ("connection_backoff", "connectionBackoff"),
    )

    url: str
    topic: str
    partition: int | str | None = None
    consumer_group: str | Mapping[str, Any] | Any = None
    json_body: bool | None = None
    version: str | None = None
    limit_events_per_second: int | None = None
    tls: Any = None
    sasl: Any = None
    connection_backoff: Any = None

    def _fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.partition is not None:
            data["partition"] = str(self.partition)
        group = self.consumer_group
        if group is not None:
            data["consumerGroup"] = (
                {"groupName": group} if isinstance(group, str) else plain(group, self.where)
            )
        return data


@dataclasses.dataclass(kw_only=True)
class SNSSource(SourceHelper):
    """AWS SNS notifications (`spec.sns.<name>`), received on an HTTP endpoint (`port`, `endpoint`, `url`:
    the public URL SNS calls).
    """

    kind: ClassVar[str] = "sns"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("topic_arn", "topicArn"),
        ("region", "region"),
        ("access_key", "accessKey"),
        ("secret_key", "secretKey"),
        ("role_arn", "roleARN"),
        ("validate_signature", "validateSignature"),
        ("aws_endpoint", "endpoint"),
    )

    topic_arn: str
    region: str
    port: int | str
    endpoint: str
    url: str | None = None
    method: str = "POST"
    access_key: Any = None
    secret_key: Any = None
    role_arn: str | None = None
    validate_signature: bool | None = None
    aws_endpoint: str | None = None

    def _fields(self) -> dict[str, Any]:
        return {"webhook": _webhook_context(self.where, self.port, self.endpoint, self.method, self.url)}


@dataclasses.dataclass(kw_only=True)
class SQSSource(SourceHelper):
    """Messages of an AWS SQS queue (`spec.sqs.<name>`), long-polled for `wait_time_seconds`."""

    kind: ClassVar[str] = "sqs"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("json_body", "jsonBody"),
        ("access_key", "accessKey"),
        ("secret_key", "secretKey"),
        ("session_token", "sessionToken"),
        ("region", "region"),
        ("queue", "queue"),
        ("queue_account_id", "queueAccountId"),
        ("wait_time_seconds", "waitTimeSeconds"),
        ("role_arn", "roleARN"),
        ("aws_endpoint", "endpoint"),
        ("dlq", "dlq"),
    )

    queue: str
    region: str
    wait_time_seconds: int = 20
    json_body: bool | None = None
    access_key: Any = None
    secret_key: Any = None
    session_token: Any = None
    queue_account_id: str | None = None
    role_arn: str | None = None
    aws_endpoint: str | None = None
    dlq: bool | None = None

    def _fields(self) -> dict[str, Any]:
        if isinstance(self.wait_time_seconds, bool) or not isinstance(self.wait_time_seconds, int):
            raise EventsDSLError(
                f"{self.where}: wait_time_seconds must be an integer, got {self.wait_time_seconds!r}"
            )
        if not 0 <= self.wait_time_seconds <= 20:
            raise EventsDSLError(
                f"{self.where}: wait_time_seconds must be 0-20 (the SQS limit), got {self.wait_time_seconds}"
            )
        return {}


@dataclasses.dataclass(kw_only=True)
class GithubSource(SourceHelper):
    """GitHub webhook events (`spec.github.<name>`) for `repositories` (`{"owner": [repo, ...]}` or a list
    of `{"owner": ..., "names": [...]}`) or `organizations`, received on `port`/`endpoint` (`url`: the public
    URL GitHub calls). `api_token` / `webhook_secret` are secret references.
    """

    kind: ClassVar[str] = "github"
    _KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("organizations", "organizations"),
        ("events", "events"),
        ("api_token", "apiToken"),
        ("webhook_secret", "webhookSecret"),
        ("insecure", "insecure"),
        ("active", "active"),
        ("content_type", "contentType"),
        ("delete_hook_on_finish", "deleteHookOnFinish"),
        ("github_base_url", "githubBaseURL"),
        ("github_upload_url", "githubUploadURL"),
        ("github_app", "githubApp"),
    )

    events: Sequence[str]
    port: int | str
    endpoint: str
    url: str | None = None
    method: str = "POST"
    repositories: Mapping[str, Sequence[str]] | Sequence[Any] | None = None
    organizations: Sequence[str] | None = None
    api_token: Any = None
    webhook_secret: Any = None
    insecure: bool | None = None
    active: bool | None = None
    content_type: str | None = None
    delete_hook_on_finish: bool | None = None
    github_base_url: str | None = None
    github_upload_url: str | None = None
    github_app: Any = None

    def _fields(self) -> dict[str, Any]:
        if isinstance(self.events, str) or not self.events:
            raise EventsDSLError(
                f"{self.where}: events must be a non-empty list like ['push', 'pull_request']"
            )
        if not self.repositories and not self.organizations:
            raise EventsDSLError(
                f"{self.where}: give repositories= ({{'owner': ['repo']}}) or organizations="
            )
        data: dict[str, Any] = {}
        if self.repositories:
            repos = self.repositories
            if isinstance(repos, Mapping):
                data["repositories"] = [
                    {"owner": owner, "names": list(names)} for owner, names in repos.items()
                ]
            else:
                data["repositories"] = plain(list(repos), f"{self.where}: repositories")
        data["webhook"] = _webhook_context(self.where, self.port, self.endpoint, self.method, self.url)
        return data
