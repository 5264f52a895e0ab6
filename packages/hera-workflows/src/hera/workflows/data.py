"""`Data`: a template that lists the keys of an artifact location and transforms them, without a pod."""

from __future__ import annotations

from typing import Any

from hera.workflows._fields import DATA, field_map
from hera.workflows._template import TemplateBase
from hera.workflows.exceptions import DSLError, InvalidType

__all__ = ["Data"]


class Data(TemplateBase):
    """`Data(name="list-logs", source=Artifact(name="bucket", s3=...), transformations=["filter(data, ...)"])`.

    `source` is where the keys come from: an `Artifact` (any storage kind; written as
    `source.artifactPaths`), a `models.ArtifactPaths` or `models.DataSource`, or their dicts.
    `transformations` (hera's name; `transformation` is Argo's) is the list of steps applied in order:
    each an expression string over `data` (`"filter(data, {# endsWith 'main.log'})"`), or a
    `models.TransformationStep` / `{"expression": ...}` dict. The result is the template's `result`.
    """

    _BODY_KEY = "data"
    _BODY_FIELDS = field_map(DATA)
    _EXTRA = ("transformations",)

    transformation: Any = None
    transformations: Any = None

    def _post_init(self) -> None:
        title = f"Data {self.name!r}"
        if self.transformation is not None and self.transformations is not None:
            raise DSLError(f"{title}: give transformations (or transformation), not both")
        if self.transformation is None:
            self.transformation = self.transformations
        self.transformations = None
        if self.source is None:
            raise DSLError(
                f"{title}: source is required; pass the artifact to list, e.g. "
                "source=Artifact(name='bucket', s3=...)"
            )
        steps = self.transformation
        if steps is None:
            raise DSLError(
                f"{title}: transformations is required; pass a list of expressions, e.g. "
                "transformations=['filter(data, {# endsWith \".log\"})']"
            )
        if not isinstance(steps, (list, tuple)):
            raise InvalidType(
                f"{title}: transformations must be a list of expression strings, got a {type(steps).__name__}"
                + (f"; write transformations=[{steps!r}]" if isinstance(steps, str) else "")
            )
        for index, step in enumerate(steps):
            if isinstance(step, str) and not step.strip():
                raise DSLError(f"{title}: transformations[{index}] is an empty expression")
            if not isinstance(step, (str, dict)) and not hasattr(step, "model_dump"):
                raise InvalidType(
                    f"{title}: transformations[{index}] must be an expression string (or a "
                    f"TransformationStep), got a {type(step).__name__}"
                )

    def _build_body(self) -> Any:
        body = super()._build_body()
        if self._body_order is not None:
            return body
        steps = body.get("transformation")
        if steps is not None:
            body["transformation"] = [
                {"expression": step} if isinstance(step, str) else step for step in steps
            ]
        source = body.get("source")
        if isinstance(source, dict) and "artifactPaths" not in source:
            body["source"] = {"artifactPaths": source}
        return body
