"""Field names of the Argo v4.1.2 objects the DSL writes, and how Python keyword names map onto them.

Each table lists an object's JSON keys in the order the DSL emits them, which is Argo's conventional order:
the order in which Argo's and Kubernetes' Go types declare the fields (`name`, `inputs`, `outputs`, then the
template body for a template; `name`, `image`, `command`, `args`, ... for a container; `name`, `generateName`,
`namespace`, `labels`, `annotations` for metadata), with two readability exceptions taken from Argo's own
examples: a workflow spec starts with `entrypoint` and `arguments` and ends with `templates`, and a CronWorkflow
spec starts with its schedules and ends with `workflowSpec`. DAG tasks and steps keep `name`, `depends`,
`template`, `arguments` first, as Argo's examples write them. The key sets equal the pinned schema's
properties; a test checks that they do.
"""

from __future__ import annotations

import re

__all__ = ["camel_to_snake", "field_map", "snake_to_camel"]

OBJECT_META: tuple[str, ...] = (
    "name",
    "generateName",
    "namespace",
    "selfLink",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "labels",
    "annotations",
    "ownerReferences",
    "finalizers",
    "managedFields",
)
WORKFLOW_SPEC: tuple[str, ...] = (
    "workflowTemplateRef",
    "entrypoint",
    "arguments",
    "serviceAccountName",
    "automountServiceAccountToken",
    "executor",
    "volumes",
    "volumeClaimTemplates",
    "parallelism",
    "artifactRepositoryRef",
    "suspend",
    "nodeSelector",
    "affinity",
    "tolerations",
    "imagePullSecrets",
    "hostNetwork",
    "dnsPolicy",
    "dnsConfig",
    "onExit",
    "ttlStrategy",
    "activeDeadlineSeconds",
    "priority",
    "schedulerName",
    "podGC",
    "podPriorityClassName",
    "hostAliases",
    "securityContext",
    "podSpecPatch",
    "podDisruptionBudget",
    "metrics",
    "shutdown",
    "synchronization",
    "volumeClaimGC",
    "retryStrategy",
    "podMetadata",
    "templateDefaults",
    "archiveLogs",
    "hooks",
    "workflowMetadata",
    "artifactGC",
    "executorPlugins",
    "resourceClaims",
    "podResources",
    "templates",
)
CRON_WORKFLOW_SPEC: tuple[str, ...] = (
    "schedules",
    "timezone",
    "concurrencyPolicy",
    "startingDeadlineSeconds",
    "suspend",
    "successfulJobsHistoryLimit",
    "failedJobsHistoryLimit",
    "when",
    "stopStrategy",
    "workflowMetadata",
    "workflowSpec",
)
TEMPLATE: tuple[str, ...] = (
    "name",
    "inputs",
    "outputs",
    "nodeSelector",
    "affinity",
    "metadata",
    "daemon",
    "steps",
    "container",
    "containerSet",
    "script",
    "resource",
    "dag",
    "suspend",
    "data",
    "http",
    "plugin",
    "volumes",
    "initContainers",
    "sidecars",
    "archiveLocation",
    "activeDeadlineSeconds",
    "retryStrategy",
    "parallelism",
    "failFast",
    "tolerations",
    "schedulerName",
    "priorityClassName",
    "serviceAccountName",
    "automountServiceAccountToken",
    "executor",
    "hostAliases",
    "securityContext",
    "podSpecPatch",
    "metrics",
    "synchronization",
    "memoize",
    "timeout",
    "annotations",
    "pendingTimeout",
    "resourceClaims",
    "podResources",
)
CONTAINER: tuple[str, ...] = (
    "name",
    "image",
    "command",
    "args",
    "workingDir",
    "ports",
    "envFrom",
    "env",
    "resources",
    "resizePolicy",
    "restartPolicy",
    "restartPolicyRules",
    "volumeMounts",
    "volumeDevices",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "lifecycle",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "imagePullPolicy",
    "securityContext",
    "stdin",
    "stdinOnce",
    "tty",
)
SCRIPT: tuple[str, ...] = (*CONTAINER, "source")  # a ScriptTemplate is a container plus its source
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
    "mergeStrategy",
    "manifest",
    "manifestFrom",
    "setOwnerReference",
    "successCondition",
    "failureCondition",
    "flags",
)
HTTP: tuple[str, ...] = (
    "method",
    "url",
    "headers",
    "timeoutSeconds",
    "successCondition",
    "body",
    "bodyFrom",
    "insecureSkipVerify",
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
    "value",
    "valueFrom",
    "globalName",
    "enum",
    "description",
)
ARTIFACT: tuple[str, ...] = (
    "name",
    "path",
    "mode",
    "from",
    "archiveLogs",
    "s3",
    "git",
    "http",
    "artifactory",
    "hdfs",
    "raw",
    "oss",
    "gcs",
    "azure",
    "plugin",
    "globalName",
    "archive",
    "optional",
    "subPath",
    "recurseMode",
    "fromExpression",
    "artifactGC",
    "deleted",
)
OUTPUTS: tuple[str, ...] = (
    "exitCode",
    "result",
    "artifacts",
    "parameters",
)

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_HUMP = re.compile(r"([a-z0-9])([A-Z])")


def snake_to_camel(name: str) -> str:
    """`volume_claim_gc` -> `volumeClaimGc` (JSON keys that differ from this are renamed explicitly)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def camel_to_snake(name: str) -> str:
    """`volumeClaimGC` -> `volume_claim_gc`, `activeDeadlineSeconds` -> `active_deadline_seconds`."""
    return _HUMP.sub(r"\1_\2", _ACRONYM.sub(r"\1_\2", name)).lower()


def field_map(
    keys: tuple[str, ...], *, skip: tuple[str, ...] = (), rename: dict[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    """`(python attribute, JSON key)` pairs for `keys` minus `skip`; `rename` maps a JSON key to an attribute."""
    rename = rename or {}
    return tuple((rename.get(key, camel_to_snake(key)), key) for key in keys if key not in skip)
