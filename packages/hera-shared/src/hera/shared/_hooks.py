"""How a pre-build hook says which objects it applies to: the annotation of its first parameter."""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Union

from hera.shared.exceptions import PreBuildHookError

__all__ = ["hook_classes", "hook_name"]


def hook_name(hook: Callable[..., Any]) -> str:
    """`module.qualname` of a hook, for messages."""
    name = getattr(hook, "__qualname__", None) or type(hook).__qualname__
    module = getattr(hook, "__module__", None)
    return f"{module}.{name}" if module else name


def _is_class(annotation: object) -> bool:
    # On Python 3.10, `list[int]` passes isinstance(..., type); a parametrised generic is not a class here.
    return isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias)


def _as_classes(annotation: object, name: str) -> tuple[type, ...]:
    """The classes a hook's first-parameter annotation names: one class or a union of classes."""
    if _is_class(annotation):
        return (annotation,)  # type: ignore[return-value]
    if typing.get_origin(annotation) in (Union, types.UnionType):
        members = typing.get_args(annotation)
        if all(_is_class(member) for member in members):
            return tuple(members)
    raise PreBuildHookError(
        f"pre-build hook {name}: the first parameter's annotation {annotation!r} is not a class "
        "(or a union of classes); annotate it with the class the hook applies to, "
        "e.g. `def hook(container: Container) -> Container`"
    )


def hook_classes(hook: Callable[..., Any], localns: Mapping[str, Any] | None) -> tuple[type, ...]:
    """Which classes a hook applies to, read from the annotation of its first parameter."""
    name = hook_name(hook)
    try:
        parameters = list(inspect.signature(hook).parameters.values())
    except (TypeError, ValueError) as error:
        raise PreBuildHookError(f"pre-build hook {name}: cannot read its signature ({error})") from None
    if not parameters or parameters[0].kind not in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    ):
        raise PreBuildHookError(
            f"pre-build hook {name} must take the object to change as its first parameter"
        )
    first = parameters[0]
    annotation = first.annotation
    if annotation is inspect.Parameter.empty:
        raise PreBuildHookError(
            f"pre-build hook {name}: annotate its first parameter {first.name!r} with the class it applies to, "
            "e.g. `def hook(container: Container) -> Container`"
        )
    if isinstance(annotation, str):
        target = hook if inspect.isfunction(hook) or inspect.ismethod(hook) else type(hook).__call__
        try:
            hints = typing.get_type_hints(target, localns=localns)
        except Exception as error:
            raise PreBuildHookError(
                f"pre-build hook {name}: cannot resolve the annotation {annotation!r} of {first.name!r} "
                f"({error}); define the class before registering the hook"
            ) from None
        annotation = hints.get(first.name, annotation)
    return _as_classes(annotation, name)
