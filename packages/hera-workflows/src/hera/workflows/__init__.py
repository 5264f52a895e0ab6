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
    from hera.workflows.artifact import Artifact
    from hera.workflows.cluster_workflow_template import ClusterWorkflowTemplate
    from hera.workflows.container import Container
    from hera.workflows.container_set import ContainerSet
    from hera.workflows.cron_workflow import CronWorkflow
    from hera.workflows.dag import DAG
    from hera.workflows.data import Data
    from hera.workflows.exceptions import (
        DSLError,
        InvalidDispatchType,
        InvalidTemplateCall,
        InvalidType,
        ManifestLoadError,
        NodeNameConflict,
        TemplateNameConflict,
    )
    from hera.workflows.http_template import HTTP
    from hera.workflows.operator import Operator
    from hera.workflows.parameter import Parameter
    from hera.workflows.plugin import Plugin
    from hera.workflows.resource import Resource
    from hera.workflows.script import Script, script
    from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
    from hera.workflows.steps import Parallel, Step, Steps
    from hera.workflows.suspend import Suspend
    from hera.workflows.task import DependsExpression, Task, TaskResult
    from hera.workflows.validation import InvalidWorkflowError
    from hera.workflows.workflow import Workflow
    from hera.workflows.workflow_status import WorkflowStatus
    from hera.workflows.workflow_template import WorkflowTemplate

_LAZY = {
    "Artifact": "hera.workflows.artifact",
    "ClusterWorkflowTemplate": "hera.workflows.cluster_workflow_template",
    "Container": "hera.workflows.container",
    "ContainerSet": "hera.workflows.container_set",
    "CronWorkflow": "hera.workflows.cron_workflow",
    "DAG": "hera.workflows.dag",
    "Data": "hera.workflows.data",
    "DependsExpression": "hera.workflows.task",
    "DSLError": "hera.workflows.exceptions",
    "HTTP": "hera.workflows.http_template",
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
    "Step": "hera.workflows.steps",
    "Steps": "hera.workflows.steps",
    "Suspend": "hera.workflows.suspend",
    "Task": "hera.workflows.task",
    "TaskResult": "hera.workflows.task",
    "TemplateBase": "hera.workflows._template",
    "TemplateNameConflict": "hera.workflows.exceptions",
    "Workflow": "hera.workflows.workflow",
    "WorkflowStatus": "hera.workflows.workflow_status",
    "WorkflowTemplate": "hera.workflows.workflow_template",
    "script": "hera.workflows.script",
    "WorkflowsService": "hera.workflows.service",
    "AsyncWorkflowsService": "hera.workflows.service",
}

__all__ = [
    "DAG",
    "HTTP",
    "Artifact",
    "AsyncWorkflowsService",
    "ClusterWorkflowTemplate",
    "Container",
    "ContainerSet",
    "CronWorkflow",
    "DSLError",
    "Data",
    "DependsExpression",
    "InvalidDispatchType",
    "InvalidTemplateCall",
    "InvalidType",
    "InvalidWorkflowError",
    "ManifestLoadError",
    "NodeNameConflict",
    "Operator",
    "Parallel",
    "Parameter",
    "Plugin",
    "Resource",
    "Script",
    "Step",
    "Steps",
    "Suspend",
    "Task",
    "TaskResult",
    "TemplateBase",
    "TemplateNameConflict",
    "Workflow",
    "WorkflowStatus",
    "WorkflowTemplate",
    "WorkflowsService",
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
