__path__ = __import__("pkgutil").extend_path(__path__, __name__)

__doc__ = """Write Argo Workflows in Python: the DSL (`Workflow`, `DAG`, `Steps`, `@script`, ...), loaders, and a client.

Importing this package is cheap: each name is imported from its module on first use.
"""

import sys as _sys
import types as _types
from typing import TYPE_CHECKING, Any

from hera.workflows._version import __version__

if TYPE_CHECKING:
    from hera.workflows._template import TemplateBase
    from hera.workflows.archive import (
        ArchiveStrategy,
        NoneArchiveStrategy,
        TarArchiveStrategy,
        ZipArchiveStrategy,
    )
    from hera.workflows.artifact import (
        Artifact,
        ArtifactGC,
        ArtifactGCStrategy,
        ArtifactLoader,
        ArtifactLocation,
        ArtifactoryArtifact,
        ArtifactRepositoryRef,
        AzureArtifact,
        BasicAuth,
        ClientCertAuth,
        GCSArtifact,
        GitArtifact,
        HDFSArtifact,
        HTTPArtifact,
        OAuth2Auth,
        OSSArtifact,
        PluginArtifact,
        RawArtifact,
        S3Artifact,
        SecretKeySelector,
    )
    from hera.workflows.cluster_workflow_template import ClusterWorkflowTemplate
    from hera.workflows.container import Container
    from hera.workflows.container_set import ContainerNode, ContainerSet, ContainerSetRetryStrategy
    from hera.workflows.continue_on import ContinueOn
    from hera.workflows.cron_policy import ConcurrencyPolicy, StopStrategy
    from hera.workflows.cron_workflow import CronWorkflow
    from hera.workflows.dag import DAG
    from hera.workflows.data import Data
    from hera.workflows.env import ConfigMapEnv, Env, FieldEnv, ResourceEnv, SecretEnv
    from hera.workflows.env_from import ConfigMapEnvFrom, SecretEnvFrom
    from hera.workflows.exceptions import (
        DSLError,
        InvalidDispatchType,
        InvalidTemplateCall,
        InvalidType,
        ManifestLoadError,
        NodeNameConflict,
        TemplateNameConflict,
    )
    from hera.workflows.executor_plugin import ExecutorPlugin
    from hera.workflows.garbage_collection import (
        PodGC,
        PodGCStrategy,
        TTLStrategy,
        VolumeClaimGC,
        VolumeClaimGCStrategy,
    )
    from hera.workflows.http_template import HTTP, HTTPHeader, HTTPSecretHeader
    from hera.workflows.lifecycle_hook import LifecycleHook
    from hera.workflows.memoize import Memoize
    from hera.workflows.metrics import Counter, Gauge, Histogram, Label, Metric, Metrics
    from hera.workflows.operator import Operator
    from hera.workflows.parameter import Parameter
    from hera.workflows.plugin import Plugin
    from hera.workflows.pod_disruption_budget import PodDisruptionBudget
    from hera.workflows.resource import Resource
    from hera.workflows.resources import PodResourceClaim, Resources
    from hera.workflows.retry_strategy import Backoff, RetryAffinity, RetryPolicy, RetryStrategy
    from hera.workflows.script import Script, script
    from hera.workflows.sequence import Sequence
    from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
    from hera.workflows.steps import Parallel, Step, Steps
    from hera.workflows.suspend import Suspend
    from hera.workflows.synchronization import Mutex, Semaphore, Synchronization
    from hera.workflows.task import DependsExpression, Task, TaskResult
    from hera.workflows.template_defaults import TemplateDefaults
    from hera.workflows.template_ref import TemplateRef, WorkflowTemplateRef
    from hera.workflows.user_container import UserContainer
    from hera.workflows.validation import InvalidWorkflowError
    from hera.workflows.value_from import ConfigMapKeySelector, ValueFrom
    from hera.workflows.volume import (
        AccessMode,
        AWSElasticBlockStoreVolume,
        AzureDiskVolume,
        AzureFileVolume,
        CephFSVolume,
        CinderVolume,
        ConfigMapVolume,
        CSIVolume,
        DownwardAPIVolume,
        EmptyDirVolume,
        EphemeralVolume,
        ExistingVolume,
        FCVolume,
        FlexVolume,
        FlockerVolume,
        GCEPersistentDiskVolume,
        GitRepoVolume,
        GlusterfsVolume,
        HostPathVolume,
        ImageVolume,
        ISCSIVolume,
        NFSVolume,
        PhotonPersistentDiskVolume,
        PortworxVolume,
        ProjectedVolume,
        QuobyteVolume,
        RBDVolume,
        ScaleIOVolume,
        SecretVolume,
        StorageOSVolume,
        Volume,
        VolumeMount,
        VsphereVirtualDiskVolume,
    )
    from hera.workflows.workflow import Workflow
    from hera.workflows.workflow_event_binding import WorkflowEventBinding
    from hera.workflows.workflow_status import WorkflowStatus
    from hera.workflows.workflow_template import WorkflowTemplate

_LAZY = {
    "Artifact": "hera.workflows.artifact",
    "ArtifactGC": "hera.workflows.artifact",
    "ArtifactGCStrategy": "hera.workflows.artifact",
    "ArtifactLoader": "hera.workflows.artifact",
    "ArtifactLocation": "hera.workflows.artifact",
    "ArtifactRepositoryRef": "hera.workflows.artifact",
    "ArtifactoryArtifact": "hera.workflows.artifact",
    "AzureArtifact": "hera.workflows.artifact",
    "BasicAuth": "hera.workflows.artifact",
    "ClientCertAuth": "hera.workflows.artifact",
    "GCSArtifact": "hera.workflows.artifact",
    "GitArtifact": "hera.workflows.artifact",
    "HDFSArtifact": "hera.workflows.artifact",
    "HTTPArtifact": "hera.workflows.artifact",
    "OAuth2Auth": "hera.workflows.artifact",
    "OSSArtifact": "hera.workflows.artifact",
    "PluginArtifact": "hera.workflows.artifact",
    "RawArtifact": "hera.workflows.artifact",
    "S3Artifact": "hera.workflows.artifact",
    "SecretKeySelector": "hera.workflows.artifact",
    "ArchiveStrategy": "hera.workflows.archive",
    "NoneArchiveStrategy": "hera.workflows.archive",
    "TarArchiveStrategy": "hera.workflows.archive",
    "ZipArchiveStrategy": "hera.workflows.archive",
    "ClusterWorkflowTemplate": "hera.workflows.cluster_workflow_template",
    "Container": "hera.workflows.container",
    "ConfigMapEnv": "hera.workflows.env",
    "Env": "hera.workflows.env",
    "FieldEnv": "hera.workflows.env",
    "ResourceEnv": "hera.workflows.env",
    "SecretEnv": "hera.workflows.env",
    "ConfigMapEnvFrom": "hera.workflows.env_from",
    "SecretEnvFrom": "hera.workflows.env_from",
    "PodResourceClaim": "hera.workflows.resources",
    "Resources": "hera.workflows.resources",
    "AWSElasticBlockStoreVolume": "hera.workflows.volume",
    "AccessMode": "hera.workflows.volume",
    "AzureDiskVolume": "hera.workflows.volume",
    "AzureFileVolume": "hera.workflows.volume",
    "CSIVolume": "hera.workflows.volume",
    "CephFSVolume": "hera.workflows.volume",
    "CinderVolume": "hera.workflows.volume",
    "ConfigMapVolume": "hera.workflows.volume",
    "DownwardAPIVolume": "hera.workflows.volume",
    "EmptyDirVolume": "hera.workflows.volume",
    "EphemeralVolume": "hera.workflows.volume",
    "ExistingVolume": "hera.workflows.volume",
    "FCVolume": "hera.workflows.volume",
    "FlexVolume": "hera.workflows.volume",
    "FlockerVolume": "hera.workflows.volume",
    "GCEPersistentDiskVolume": "hera.workflows.volume",
    "GitRepoVolume": "hera.workflows.volume",
    "GlusterfsVolume": "hera.workflows.volume",
    "HostPathVolume": "hera.workflows.volume",
    "ISCSIVolume": "hera.workflows.volume",
    "ImageVolume": "hera.workflows.volume",
    "NFSVolume": "hera.workflows.volume",
    "PhotonPersistentDiskVolume": "hera.workflows.volume",
    "PortworxVolume": "hera.workflows.volume",
    "ProjectedVolume": "hera.workflows.volume",
    "QuobyteVolume": "hera.workflows.volume",
    "RBDVolume": "hera.workflows.volume",
    "ScaleIOVolume": "hera.workflows.volume",
    "SecretVolume": "hera.workflows.volume",
    "StorageOSVolume": "hera.workflows.volume",
    "Volume": "hera.workflows.volume",
    "VolumeMount": "hera.workflows.volume",
    "VsphereVirtualDiskVolume": "hera.workflows.volume",
    "ContainerSet": "hera.workflows.container_set",
    "ContainerNode": "hera.workflows.container_set",
    "ContainerSetRetryStrategy": "hera.workflows.container_set",
    "CronWorkflow": "hera.workflows.cron_workflow",
    "DAG": "hera.workflows.dag",
    "Data": "hera.workflows.data",
    "DependsExpression": "hera.workflows.task",
    "DSLError": "hera.workflows.exceptions",
    "HTTP": "hera.workflows.http_template",
    "HTTPHeader": "hera.workflows.http_template",
    "HTTPSecretHeader": "hera.workflows.http_template",
    "InvalidDispatchType": "hera.workflows.exceptions",
    "InvalidTemplateCall": "hera.workflows.exceptions",
    "InvalidType": "hera.workflows.exceptions",
    "InvalidWorkflowError": "hera.workflows.validation",
    "ManifestLoadError": "hera.workflows.exceptions",
    "NodeNameConflict": "hera.workflows.exceptions",
    "Operator": "hera.workflows.operator",
    "Parallel": "hera.workflows.steps",
    "Parameter": "hera.workflows.parameter",
    "Plugin": "hera.workflows.plugin",
    "Resource": "hera.workflows.resource",
    "Script": "hera.workflows.script",
    "Sequence": "hera.workflows.sequence",
    "Step": "hera.workflows.steps",
    "Steps": "hera.workflows.steps",
    "Suspend": "hera.workflows.suspend",
    "UserContainer": "hera.workflows.user_container",
    "WorkflowEventBinding": "hera.workflows.workflow_event_binding",
    "Task": "hera.workflows.task",
    "TaskResult": "hera.workflows.task",
    "TemplateRef": "hera.workflows.template_ref",
    "WorkflowTemplateRef": "hera.workflows.template_ref",
    "ValueFrom": "hera.workflows.value_from",
    "ConfigMapKeySelector": "hera.workflows.value_from",
    "TemplateBase": "hera.workflows._template",
    "TemplateNameConflict": "hera.workflows.exceptions",
    "Workflow": "hera.workflows.workflow",
    "Backoff": "hera.workflows.retry_strategy",
    "RetryAffinity": "hera.workflows.retry_strategy",
    "RetryPolicy": "hera.workflows.retry_strategy",
    "RetryStrategy": "hera.workflows.retry_strategy",
    "Counter": "hera.workflows.metrics",
    "Gauge": "hera.workflows.metrics",
    "Histogram": "hera.workflows.metrics",
    "Label": "hera.workflows.metrics",
    "Metric": "hera.workflows.metrics",
    "Metrics": "hera.workflows.metrics",
    "Mutex": "hera.workflows.synchronization",
    "Semaphore": "hera.workflows.synchronization",
    "Synchronization": "hera.workflows.synchronization",
    "Memoize": "hera.workflows.memoize",
    "LifecycleHook": "hera.workflows.lifecycle_hook",
    "PodGC": "hera.workflows.garbage_collection",
    "PodGCStrategy": "hera.workflows.garbage_collection",
    "TTLStrategy": "hera.workflows.garbage_collection",
    "VolumeClaimGC": "hera.workflows.garbage_collection",
    "VolumeClaimGCStrategy": "hera.workflows.garbage_collection",
    "PodDisruptionBudget": "hera.workflows.pod_disruption_budget",
    "ConcurrencyPolicy": "hera.workflows.cron_policy",
    "ExecutorPlugin": "hera.workflows.executor_plugin",
    "ContinueOn": "hera.workflows.continue_on",
    "StopStrategy": "hera.workflows.cron_policy",
    "TemplateDefaults": "hera.workflows.template_defaults",
    "WorkflowStatus": "hera.workflows.workflow_status",
    "WorkflowTemplate": "hera.workflows.workflow_template",
    "script": "hera.workflows.script",
    "WorkflowsService": "hera.workflows.service",
    "AsyncWorkflowsService": "hera.workflows.service",
}

__all__ = [
    "DAG",
    "HTTP",
    "AWSElasticBlockStoreVolume",
    "AccessMode",
    "ArchiveStrategy",
    "Artifact",
    "ArtifactGC",
    "ArtifactGCStrategy",
    "ArtifactLoader",
    "ArtifactLocation",
    "ArtifactRepositoryRef",
    "ArtifactoryArtifact",
    "AsyncWorkflowsService",
    "AzureArtifact",
    "AzureDiskVolume",
    "AzureFileVolume",
    "Backoff",
    "BasicAuth",
    "CSIVolume",
    "CephFSVolume",
    "CinderVolume",
    "ClientCertAuth",
    "ClusterWorkflowTemplate",
    "ConcurrencyPolicy",
    "ConfigMapEnv",
    "ConfigMapEnvFrom",
    "ConfigMapKeySelector",
    "ConfigMapVolume",
    "Container",
    "ContainerNode",
    "ContainerSet",
    "ContainerSetRetryStrategy",
    "ContinueOn",
    "Counter",
    "CronWorkflow",
    "DSLError",
    "Data",
    "DependsExpression",
    "DownwardAPIVolume",
    "EmptyDirVolume",
    "Env",
    "EphemeralVolume",
    "ExecutorPlugin",
    "ExistingVolume",
    "FCVolume",
    "FieldEnv",
    "FlexVolume",
    "FlockerVolume",
    "GCEPersistentDiskVolume",
    "GCSArtifact",
    "Gauge",
    "GitArtifact",
    "GitRepoVolume",
    "GlusterfsVolume",
    "HDFSArtifact",
    "HTTPArtifact",
    "HTTPHeader",
    "HTTPSecretHeader",
    "Histogram",
    "HostPathVolume",
    "ISCSIVolume",
    "ImageVolume",
    "InvalidDispatchType",
    "InvalidTemplateCall",
    "InvalidType",
    "InvalidWorkflowError",
    "Label",
    "LifecycleHook",
    "ManifestLoadError",
    "Memoize",
    "Metric",
    "Metrics",
    "Mutex",
    "NFSVolume",
    "NodeNameConflict",
    "NoneArchiveStrategy",
    "OAuth2Auth",
    "OSSArtifact",
    "Operator",
    "Parallel",
    "Parameter",
    "PhotonPersistentDiskVolume",
    "Plugin",
    "PluginArtifact",
    "PodDisruptionBudget",
    "PodGC",
    "PodGCStrategy",
    "PodResourceClaim",
    "PortworxVolume",
    "ProjectedVolume",
    "QuobyteVolume",
    "RBDVolume",
    "RawArtifact",
    "Resource",
    "ResourceEnv",
    "Resources",
    "RetryAffinity",
    "RetryPolicy",
    "RetryStrategy",
    "S3Artifact",
    "ScaleIOVolume",
    "Script",
    "SecretEnv",
    "SecretEnvFrom",
    "SecretKeySelector",
    "SecretVolume",
    "Semaphore",
    "Sequence",
    "Step",
    "Steps",
    "StopStrategy",
    "StorageOSVolume",
    "Suspend",
    "Synchronization",
    "TTLStrategy",
    "TarArchiveStrategy",
    "Task",
    "TaskResult",
    "TemplateBase",
    "TemplateDefaults",
    "TemplateNameConflict",
    "TemplateRef",
    "UserContainer",
    "ValueFrom",
    "Volume",
    "VolumeClaimGC",
    "VolumeClaimGCStrategy",
    "VolumeMount",
    "VsphereVirtualDiskVolume",
    "Workflow",
    "WorkflowEventBinding",
    "WorkflowStatus",
    "WorkflowTemplate",
    "WorkflowTemplateRef",
    "WorkflowsService",
    "ZipArchiveStrategy",
    "__version__",
    "script",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hera.workflows' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(_types.ModuleType):
    """Keeps `hera.workflows.script` the decorator (as in hera) when the submodule of that name loads."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "script" and isinstance(value, _types.ModuleType):
            value = value.script
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package
