"""Field names of the Argo v4.1.2 objects the DSL writes, and how Python keyword names map onto them.

Each table lists an object's JSON keys in the order the DSL emits them: `name` first, then scalar
fields, then lists, then objects, each group alphabetical (the order hera 7 writes, so YAML diffs stay
small). The key sets equal the pinned schema's properties; a test checks that they do.
"""

from __future__ import annotations

import re

__all__ = ["camel_to_snake", "field_map"]

OBJECT_META: tuple[str, ...] = (
    "name",
    "creationTimestamp",
    "deletionGracePeriodSeconds",
    "deletionTimestamp",
    "generateName",
    "generation",
    "namespace",
    "resourceVersion",
    "selfLink",
    "uid",
    "finalizers",
    "managedFields",
    "ownerReferences",
    "annotations",
    "labels",
)
WORKFLOW_SPEC: tuple[str, ...] = (
    "activeDeadlineSeconds",
    "archiveLogs",
    "automountServiceAccountToken",
    "dnsPolicy",
    "entrypoint",
    "hostNetwork",
    "onExit",
    "parallelism",
    "podPriorityClassName",
    "podSpecPatch",
    "priority",
    "schedulerName",
    "serviceAccountName",
    "shutdown",
    "suspend",
    "executorPlugins",
    "hostAliases",
    "imagePullSecrets",
    "resourceClaims",
    "templates",
    "tolerations",
    "volumeClaimTemplates",
    "volumes",
    "affinity",
    "arguments",
    "artifactGC",
    "artifactRepositoryRef",
    "dnsConfig",
    "executor",
    "hooks",
    "metrics",
    "nodeSelector",
    "podDisruptionBudget",
    "podGC",
    "podMetadata",
    "podResources",
    "retryStrategy",
    "securityContext",
    "synchronization",
    "templateDefaults",
    "ttlStrategy",
    "volumeClaimGC",
    "workflowMetadata",
    "workflowTemplateRef",
)
CRON_WORKFLOW_SPEC: tuple[str, ...] = (
    "concurrencyPolicy",
    "failedJobsHistoryLimit",
    "startingDeadlineSeconds",
    "successfulJobsHistoryLimit",
    "suspend",
    "timezone",
    "when",
    "schedules",
    "stopStrategy",
    "workflowMetadata",
    "workflowSpec",
)
TEMPLATE: tuple[str, ...] = (
    "name",
    "activeDeadlineSeconds",
    "automountServiceAccountToken",
    "daemon",
    "failFast",
    "parallelism",
    "pendingTimeout",
    "podSpecPatch",
    "priorityClassName",
    "schedulerName",
    "serviceAccountName",
    "timeout",
    "hostAliases",
    "initContainers",
    "resourceClaims",
    "sidecars",
    "steps",
    "tolerations",
    "volumes",
    "affinity",
    "annotations",
    "archiveLocation",
    "container",
    "containerSet",
    "dag",
    "data",
    "executor",
    "http",
    "inputs",
    "memoize",
    "metadata",
    "metrics",
    "nodeSelector",
    "outputs",
    "plugin",
    "podResources",
    "resource",
    "retryStrategy",
    "script",
    "securityContext",
    "suspend",
    "synchronization",
)
CONTAINER: tuple[str, ...] = (
    "name",
    "image",
    "imagePullPolicy",
    "restartPolicy",
    "stdin",
    "stdinOnce",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "tty",
    "workingDir",
    "args",
    "command",
    "env",
    "envFrom",
    "ports",
    "resizePolicy",
    "restartPolicyRules",
    "volumeDevices",
    "volumeMounts",
    "lifecycle",
    "livenessProbe",
    "readinessProbe",
    "resources",
    "securityContext",
    "startupProbe",
)
SCRIPT: tuple[str, ...] = (
    "name",
    "image",
    "imagePullPolicy",
    "restartPolicy",
    "source",
    "stdin",
    "stdinOnce",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "tty",
    "workingDir",
    "args",
    "command",
    "env",
    "envFrom",
    "ports",
    "resizePolicy",
    "restartPolicyRules",
    "volumeDevices",
    "volumeMounts",
    "lifecycle",
    "livenessProbe",
    "readinessProbe",
    "resources",
    "securityContext",
    "startupProbe",
)
DAG_TEMPLATE: tuple[str, ...] = (
    "failFast",
    "target",
    "tasks",
)
DAG_TASK: tuple[str, ...] = (
    "name",
    "depends",
    "onExit",
    "template",
    "when",
    "withParam",
    "dependencies",
    "withItems",
    "arguments",
    "continueOn",
    "hooks",
    "inline",
    "templateRef",
    "withSequence",
)
WORKFLOW_STEP: tuple[str, ...] = (
    "name",
    "onExit",
    "template",
    "when",
    "withParam",
    "withItems",
    "arguments",
    "continueOn",
    "hooks",
    "inline",
    "templateRef",
    "withSequence",
)
SUSPEND: tuple[str, ...] = ("duration",)
RESOURCE: tuple[str, ...] = (
    "action",
    "failureCondition",
    "manifest",
    "mergeStrategy",
    "setOwnerReference",
    "successCondition",
    "flags",
    "manifestFrom",
)
HTTP: tuple[str, ...] = (
    "body",
    "insecureSkipVerify",
    "method",
    "successCondition",
    "timeoutSeconds",
    "url",
    "headers",
    "bodyFrom",
)
DATA: tuple[str, ...] = (
    "transformation",
    "source",
)
CONTAINER_SET: tuple[str, ...] = (
    "containers",
    "volumeMounts",
    "retryStrategy",
)
PARAMETER: tuple[str, ...] = (
    "name",
    "default",
    "description",
    "globalName",
    "value",
    "enum",
    "valueFrom",
)
ARTIFACT: tuple[str, ...] = (
    "name",
    "archiveLogs",
    "deleted",
    "from",
    "fromExpression",
    "globalName",
    "mode",
    "optional",
    "path",
    "recurseMode",
    "subPath",
    "archive",
    "artifactGC",
    "artifactory",
    "azure",
    "gcs",
    "git",
    "hdfs",
    "http",
    "oss",
    "plugin",
    "raw",
    "s3",
)
OUTPUTS: tuple[str, ...] = (
    "exitCode",
    "result",
    "artifacts",
    "parameters",
)

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_HUMP = re.compile(r"([a-z0-9])([A-Z])")


def camel_to_snake(name: str) -> str:
    """`volumeClaimGC` -> `volume_claim_gc`, `activeDeadlineSeconds` -> `active_deadline_seconds`."""
    return _HUMP.sub(r"\1_\2", _ACRONYM.sub(r"\1_\2", name)).lower()


def field_map(
    keys: tuple[str, ...], *, skip: tuple[str, ...] = (), rename: dict[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    """`(python attribute, JSON key)` pairs for `keys` minus `skip`; `rename` maps a JSON key to an attribute."""
    rename = rename or {}
    return tuple((rename.get(key, camel_to_snake(key)), key) for key in keys if key not in skip)
