"""`Script` and the `@script` decorator: a template whose source code is run by an interpreter.

The default ("inline") constructor takes the body of the decorated function as the script source, and
starts it with one line per parameter that loads `{{inputs.parameters.<name>}}` as JSON when it parses
(keeping the string otherwise), exactly as hera 7 writes it.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from hera.shared import global_config
from hera.workflows import _context
from hera.workflows._fields import SCRIPT, field_map
from hera.workflows._io import iter_io
from hera.workflows._serialize import serialize
from hera.workflows._template import TemplateBase
from hera.workflows.container import init_container_template
from hera.workflows.exceptions import DSLError
from hera.workflows.parameter import Parameter

__all__ = ["Script", "script"]

F = TypeVar("F", bound=Callable[..., Any])

SCRIPT_FIELDS = field_map(SCRIPT, rename={"name": "container_name"})
_MISSING = inspect.Parameter.empty


def template_name(func: Callable[..., Any]) -> str:
    """The template name hera gives a function: its name with `_` replaced by `-`."""
    return func.__name__.replace("_", "-")


def function_parameters(func: Callable[..., Any]) -> list[tuple[str, Any]]:
    """`(name, default)` for each parameter of `func` (`inspect.Parameter.empty` when it has none)."""
    return [(p.name, p.default) for p in inspect.signature(func).parameters.values()]


def function_body(func: Callable[..., Any]) -> str:
    """The body of `func` as normalised Python (comments dropped, docstring kept), dedented."""
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError) as error:
        raise DSLError(
            f"cannot read the source of function {getattr(func, '__qualname__', func)!r} for a script "
            f"template ({error}); define it in a file, or pass source= as a string"
        ) from None
    tree = ast.parse(source)
    node = next((n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))), None)
    if node is None:
        raise DSLError(
            f"{func.__qualname__!r} is not defined with `def`; a script template needs a function body"
        )
    node.decorator_list = []
    lines = ast.unparse(node).splitlines()
    return textwrap.dedent("\n".join(lines[1:]))


def inline_source(func: Callable[..., Any], add_cwd_to_sys_path: bool, declared: Iterable[str] = ()) -> str:
    """The full script source of the inline constructor for `func`: each of its parameters, and each other
    `declared` input parameter (those without `value_from`), is loaded from `{{inputs.parameters.<name>}}`."""
    parts = []
    if add_cwd_to_sys_path:
        parts.append("import os\nimport sys\nsys.path.append(os.getcwd())\n")
    names = sorted({name for name, _ in function_parameters(func)}.union(declared))
    if names:
        lines = ["import json"]
        for name in names:
            ref = f"{{{{inputs.parameters.{name}}}}}"
            lines.append(f"try: {name} = json.loads(r'''{ref}''')")
            lines.append(f"except: {name} = r'''{ref}'''")
        parts.append("\n".join(lines) + "\n\n")
    parts.append(function_body(func))
    return "".join(parts)


class Script(TemplateBase):
    """A script template: `Script(name="hello", source="print('hi')", image="python:3.12")`.

    `source` is a string, or a function whose body becomes the source (then each function parameter is
    also an input parameter, with the parameter's default as its default). Every field of Argo's
    ScriptTemplate is a keyword argument (`env`, `resources`, `volume_mounts`, ...; the container's own
    name is `container_name`). `image` defaults to `global_config.image`, `command` to
    `global_config.script_command`. `add_cwd_to_sys_path` (default True, as in hera) prepends the lines
    that put the working directory on `sys.path`.
    """

    _BODY_KEY = "script"
    _BODY_FIELDS = SCRIPT_FIELDS
    _EXTRA = ("add_cwd_to_sys_path", "constructor")

    image: Any = None
    command: Any = None
    source: Any = None
    add_cwd_to_sys_path: bool | None = None
    constructor: Any = None

    def _post_init(self) -> None:
        if self.command is None:
            self.command = list(global_config.script_command)
        if self.add_cwd_to_sys_path is None:
            self.add_cwd_to_sys_path = True
        constructor = self.constructor
        if constructor not in (None, "inline") and type(constructor).__name__ != "InlineScriptConstructor":
            raise DSLError(
                f"Script {self.name!r}: constructor {constructor!r} is not available; use the default "
                "'inline' constructor"
            )
        if self.name is None and callable(self.source):
            self.name = template_name(self.source)
        init_container_template(self)

    def _function_inputs(self) -> list[Parameter]:
        if not callable(self.source):
            return []
        params = []
        for name, default in function_parameters(self.source):
            if default is _MISSING:
                params.append(Parameter(name=name))
            else:
                params.append(Parameter(name=name, default=serialize(default)))
        return params

    def _inputs_value(self) -> Any:
        func_inputs = self._function_inputs()
        if not func_inputs:
            return self.inputs
        explicit = iter_io(self.inputs)
        taken = {getattr(item, "name", None) for item in explicit}
        merged = [*explicit, *(p for p in func_inputs if p.name not in taken)]
        return merged

    def _build_body(self) -> Any:
        body = super()._build_body()
        if callable(self.source):
            declared = [
                item.name
                for item in iter_io(self.inputs)
                if isinstance(item, Parameter) and item.name and item.value_from is None
            ]
            body["source"] = inline_source(self.source, bool(self.add_cwd_to_sys_path), declared)
        return body

    def _item_parameter_names(self, with_items: Any, with_param: Any, owner: str) -> list[str]:
        """The input names a looped call fills from `{{item}}` automatically (hera 7's rules)."""
        if not callable(self.source):
            return []
        if with_items is not None:
            if not isinstance(with_items, (list, tuple)) or not with_items:
                return []
            dicts = [isinstance(item, dict) for item in with_items]
            if not any(dicts):
                return []
            if not all(dicts):
                raise DSLError(
                    f"{owner}: with_items must hold only dicts or no dicts; serialize the dicts "
                    "(json.dumps) to mix them with other values"
                )
            keys = list(with_items[0])
            if any(set(item) != set(keys) for item in with_items):
                raise DSLError(
                    f"{owner}: every dict in with_items must have the same keys ({', '.join(keys)})"
                )
            params = {name for name, _ in function_parameters(self.source)}
            for key in keys:
                if key not in params:
                    raise DSLError(
                        f"{owner}: with_items key {key!r} is not a parameter of function "
                        f"{self.source.__name__!r} (its parameters: {', '.join(sorted(params))})"
                    )
            return keys
        if with_param is not None:
            return [name for name, default in function_parameters(self.source) if default is _MISSING]
        return []


def script(_func: Callable[..., Any] | None = None, **kwargs: Any) -> Any:
    """Turn a function into a script template: `@script(image="python:3.12")` (or bare `@script`).

    Takes the keyword arguments of `Script` (`name` defaults to the function name with `-` for `_`).
    The decorated function stays a plain function outside any context (so it can be unit tested);
    called inside a DAG it returns a `Task`, inside Steps/Parallel a `Step`, and inside a Workflow
    (outside DAG/Steps) it adds the template to the workflow and returns None. The `Script` object is
    the wrapper's `template` attribute.
    """

    def decorate(func: F) -> F:
        template = Script(source=func, **kwargs)

        @functools.wraps(func)
        def wrapper(*args: Any, **call_kwargs: Any) -> Any:
            if _context.current() is None:
                return func(*args, **call_kwargs)
            return template(*args, **call_kwargs)

        wrapper.template = template  # type: ignore[attr-defined]
        wrapper.wrapped_function = func  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    if _func is not None:
        if not callable(_func) or kwargs:
            raise TypeError("use @script or @script(keyword=value, ...)")
        return decorate(_func)
    return decorate
