"""Labels and annotations as values: `Metadata` (a pod's: `pod_metadata=` of a workflow, `metadata=` of a
template) and `WorkflowMetadata` (`workflow_metadata=` of a workflow or workflow template, with labels computed
from expressions through `LabelValueFrom`)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.workflows._k8s_value import K8sValue, check_kind, check_str, check_str_map
from hera.workflows.exceptions import DSLError

if TYPE_CHECKING:
    from hera.workflows import models as _m

__all__ = ["LabelValueFrom", "Metadata", "WorkflowMetadata"]


@dataclasses.dataclass(kw_only=True, repr=False)
class Metadata(K8sValue):
    """`Metadata(labels={"app": "demo"}, annotations={"iam.amazonaws.com/role": "role-arn"})`: labels and
    annotations of a pod; keys and values are strings."""

    annotations: dict[str, str] | None = None
    labels: dict[str, str] | None = None

    def _check(self) -> None:
        check_str_map(self.annotations, type(self).__name__, "annotations")
        check_str_map(self.labels, type(self).__name__, "labels")


@dataclasses.dataclass(kw_only=True, repr=False)
class LabelValueFrom(K8sValue):
    """A label whose value an expression computes when the workflow starts:
    `LabelValueFrom(expression="workflow.parameters.env")` (a bare expression, not wrapped in `{{...}}`)."""

    expression: str

    def _check(self) -> None:
        check_str(self.expression, "LabelValueFrom", "expression", required=True)
        text = self.expression.strip()
        if text.startswith("{{") and text.endswith("}}"):
            raise DSLError(
                f"LabelValueFrom: expression {self.expression!r} is wrapped in '{{{{...}}}}'; give the bare "
                f"expression, e.g. {text[2:-2].strip().lstrip('=').strip()!r}"
            )


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowMetadata(Metadata):
    """Labels and annotations of the workflows run from a workflow template (or of the workflow itself):
    `WorkflowMetadata(labels={"team": "data"}, labels_from={"env": "workflow.parameters.env"})`.

    `labels_from` maps a label to an expression (a string, or a `LabelValueFrom`) that gives its value.
    """

    labels_from: dict[str, str | LabelValueFrom | dict[str, Any] | _m.LabelValueFrom] | None = None

    def _check(self) -> None:
        super()._check()
        where = "WorkflowMetadata"
        value = self.labels_from
        if value is None:
            return
        if not isinstance(value, dict):
            raise DSLError(f"{where}: labels_from must map label names to expressions, got {value!r}")
        converted: dict[str, Any] = {}
        for label, source in value.items():
            if not isinstance(label, str) or not label:
                raise DSLError(f"{where}: labels_from keys must be label names, got {label!r}")
            if source is None:
                raise DSLError(
                    f"{where}: labels_from[{label!r}] is None; give the expression that computes the label"
                )
            if isinstance(source, str):
                try:
                    source = LabelValueFrom(expression=source)
                except DSLError as error:
                    raise DSLError(f"{where}: labels_from[{label!r}]: {error}") from None
            check_kind(source, where, f"labels_from[{label!r}]", LabelValueFrom, "an expression string")
            converted[label] = source
        self.labels_from = converted
