"""Generate the Argo Server clients (`WorkflowsService`, `EventsService` and their async twins) from the
pinned Argo Workflows swagger.

    python -m tools.generate --out ROOT      # runs `generate(ROOT)` (after the models generator)

For every operation of the swagger this writes one entry of an operation table (method, path, parameters,
body and response model) and one method on the sync and on the async service, which hand the table entry
and the arguments to the shared transport in `hera.shared._client`. The event-source and sensor operations
go to hera-events, everything else to hera-workflows.

Response and body types are the generated models, found by scanning the public modules of the generated
models packages (their docstring names the upstream module) rather than by guessing names. Argo Events
resources (`github.com.argoproj.argo_events...EventSource` in the swagger) map to `hera.events.models`; the
few request/stream types of the event services that the Events schema lacks (`eventsource.LogEntry`, ...)
are generated here as small models in `hera.events.service._generated.models`, because hera-events may not
depend on hera-workflows.
"""

from __future__ import annotations

import ast
import keyword
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import specs

PROJECT = "argo-workflows"
SPEC = "swagger.json"
REPO_ROOT = Path(__file__).resolve().parent.parent
RUFF_SETTINGS = [
    "--isolated",
    "--line-length=110",
    "--target-version=py310",
    "--config=lint.isort.known-first-party = ['hera', 'tools']",
]

WORKFLOWS_MODELS = ("packages/hera-workflows-models/src/hera/workflows/models", "hera.workflows.models")
EVENTS_MODELS = ("packages/hera-events-models/src/hera/events/models", "hera.events.models")
EVENTS_IN_SWAGGER = "github.com.argoproj.argo_events.pkg.apis.events.v1alpha1."
EVENTS_IN_SCHEMA = "io.argoproj.events.v1alpha1."

# Query parameter groups whose prefix is dropped in the keyword names (`listOptions.limit` -> `limit`).
QUERY_GROUPS = ("listOptions.", "getOptions.", "deleteOptions.", "logOptions.", "podLogOptions.")
# Class-name prefixes for locally generated types whose short names collide (`eventsource.LogEntry`).
LOCAL_PREFIXES = {"eventsource": "EventSource", "sensor": "Sensor"}
# Wrapper properties that hold the resource of a create/update/lint request.
RESOURCE_FIELDS = ("workflow", "template", "cronWorkflow", "eventSource", "sensor")


@dataclass(frozen=True)
class Target:
    """One generated client package."""

    name: str
    dist_src: str
    package: str
    services: tuple[str, ...]
    sync_class: str
    async_class: str
    title: str

    @property
    def out_dir(self) -> str:
        """Repository-relative directory of the generated modules."""
        return f"{self.dist_src}/{self.package.replace('.', '/')}/_generated"

    @property
    def module(self) -> str:
        """Dotted name of the generated package."""
        return f"{self.package}._generated"


EVENTS_SERVICES = ("EventSourceService", "SensorService")
TARGETS = (
    Target(
        name="workflows",
        dist_src="packages/hera-workflows/src",
        package="hera.workflows.service",
        services=(
            "WorkflowService",
            "WorkflowTemplateService",
            "ClusterWorkflowTemplateService",
            "CronWorkflowService",
            "ArchivedWorkflowService",
            "InfoService",
            "EventService",
            "SyncService",
            "ArtifactService",
        ),
        sync_class="WorkflowsService",
        async_class="AsyncWorkflowsService",
        title="Argo Workflows",
    ),
    Target(
        name="events",
        dist_src="packages/hera-events/src",
        package="hera.events.service",
        services=EVENTS_SERVICES,
        sync_class="EventsService",
        async_class="AsyncEventsService",
        title="Argo Events",
    ),
)

OUTPUTS: list[str] = [target.out_dir for target in TARGETS]


# --- names -------------------------------------------------------------------------------------------


def snake(name: str) -> str:
    """`GetOutputArtifactByUID` -> `get_output_artifact_by_uid`, `podName` -> `pod_name`."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"\W", "_", text).lower()


def safe(name: str) -> str:
    """A Python identifier: keywords get a trailing underscore (`continue` -> `continue_`)."""
    return f"{name}_" if keyword.iskeyword(name) else name


def query_argument(wire: str) -> str:
    """The keyword argument of a query parameter: group prefix dropped, dots to underscores, snake_case."""
    for group in QUERY_GROUPS:
        if wire.startswith(group):
            wire = wire[len(group) :]
            break
    return safe("_".join(snake(part) for part in wire.split(".")))


def constant(operation_id: str) -> str:
    """`WorkflowService_ListWorkflows` -> `WORKFLOW_SERVICE_LIST_WORKFLOWS`."""
    service, _, name = operation_id.partition("_")
    return f"{snake(service)}_{snake(name)}".upper()


def first_sentence(text: str | None, limit: int = 150) -> str:
    """A one-line description from a swagger description: `+optional` markers and line breaks removed."""
    if not text:
        return ""
    text = re.sub(r"\+\w+(=\S*)?", "", text)
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(?=\s+[A-Z]|\s*$)", text)
    sentence = (match.group(1) if match else text).strip()
    if sentence and sentence[-1] not in ".!?":
        sentence += "."
    sentence = sentence[:1].upper() + sentence[1:]
    if len(sentence) > limit:
        sentence = sentence[: limit - 3].rsplit(" ", 1)[0] + "..."
    return sentence.replace('"""', "'''").replace("\\", "\\\\")


# --- scanning the generated models -------------------------------------------------------------------

_DOC_MODULE = re.compile(r'^"""The `([^`]+)` definitions of the ')


def scan_models(package_dir: Path, package: str) -> dict[str, tuple[str, str]]:
    """`{definition: (public module, class)}` read from a generated models package's public modules."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir)
        if rel.parts[0].startswith("_") or path.name == "__init__.py":
            continue
        text = path.read_text()
        match = _DOC_MODULE.match(text)
        if not match:
            continue
        upstream = match.group(1)
        module = ".".join([package, *rel.with_suffix("").parts])
        for name in _all_names(text):
            found[f"{upstream}.{name}"] = (module, name)
    return found


def _all_names(source: str) -> list[str]:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return []


def models_index(
    out_root: Path, where: tuple[str, str], models_dirs: dict[str, Path] | None = None
) -> dict[str, tuple[str, str]]:
    """The scan of a models package: the directory given in `models_dirs` for its package name, else the
    one in `out_root` (freshly generated), else the one in this repository."""
    rel, package = where
    candidates = [(models_dirs or {}).get(package), out_root / rel, REPO_ROOT / rel]
    for directory in candidates:
        index = scan_models(directory, package) if directory is not None and directory.is_dir() else {}
        if index:
            return index
    raise RuntimeError(
        f"no generated models below {rel} (in {out_root} or {REPO_ROOT}); generate the models first "
        "(`python -m tools.generate --out ROOT` runs tools.codegen_models before this generator)"
    )


# --- the operations ----------------------------------------------------------------------------------


@dataclass
class Param:
    """A path or query parameter of an operation."""

    wire: str
    argument: str
    kind: str = "string"
    enum: tuple[str, ...] = ()
    description: str = ""

    def annotation(self) -> str:
        """The Python type of the parameter's keyword argument."""
        if self.enum:
            return "Literal[" + ", ".join(repr(value) for value in self.enum) + "]"
        return {"boolean": "bool", "integer": "int", "array": "Sequence[str]"}.get(self.kind, "str")


@dataclass
class Op:
    """Everything the generator needs about one operation."""

    operation_id: str
    service: str
    name: str
    method: str
    path: str
    summary: str
    path_params: list[Param] = field(default_factory=list)
    query: list[Param] = field(default_factory=list)
    body_ref: str | None = None
    body_any: bool = False
    response_ref: str | None = None
    kind: str = "json"

    @property
    def python_name(self) -> str:
        """The method name: the operation name in snake_case."""
        return snake(self.name)


def _query_kind(param: dict[str, Any]) -> str:
    if param.get("type") == "array":
        return "array"
    if param.get("type") == "boolean":
        return "boolean"
    if param.get("type") == "integer" or param.get("format") in ("int64", "int32"):
        return "integer"
    return "string"


def read_operations(swagger: dict[str, Any]) -> list[Op]:
    """Every operation of the swagger, sorted by operationId."""
    ops: list[Op] = []
    for path, methods in swagger["paths"].items():
        for method, spec in methods.items():
            if method == "parameters":
                raise RuntimeError(f"{path}: path-level parameters are not supported by the generator")
            service, _, name = spec["operationId"].partition("_")
            op = Op(spec["operationId"], service, name, method.upper(), path, spec.get("summary") or "")
            params = spec.get("parameters", [])
            by_name = {p["name"]: p for p in params if p["in"] == "path"}
            for wire in re.findall(r"{(\w+)}", path):
                op.path_params.append(
                    Param(wire, safe(snake(wire)), description=by_name[wire].get("description", ""))
                )
            for param in params:
                if param["in"] == "query":
                    op.query.append(
                        Param(
                            param["name"],
                            query_argument(param["name"]),
                            _query_kind(param),
                            tuple(param.get("enum", ())),
                            first_sentence(param.get("description") or param.get("title")),
                        )
                    )
                elif param["in"] == "body":
                    ref = param["schema"].get("$ref", "").rsplit("/", 1)[-1]
                    op.body_ref = ref
                elif param["in"] != "path":
                    raise RuntimeError(f"{op.operation_id}: unsupported parameter location {param['in']!r}")
            schema = spec["responses"]["200"]["schema"]
            if schema.get("format") == "binary":
                op.kind = "binary"
            elif "$ref" in schema:
                op.response_ref = schema["$ref"].rsplit("/", 1)[-1]
            elif str(schema.get("title", "")).startswith("Stream result of"):
                op.kind = "stream"
                op.response_ref = schema["properties"]["result"]["$ref"].rsplit("/", 1)[-1]
            else:
                raise RuntimeError(f"{op.operation_id}: unsupported response schema {schema}")
            _check_argument_names(op)
            ops.append(op)
    return sorted(ops, key=lambda op: op.operation_id)


def _check_argument_names(op: Op) -> None:
    """Make the keyword names unique within the operation (falling back to the full flattened name)."""
    taken = {param.argument for param in op.path_params} | {"body", "self"}
    for param in op.query:
        if param.argument in taken:
            param.argument = safe(snake(param.wire.replace(".", "_")))
        if param.argument in taken:
            raise RuntimeError(
                f"{op.operation_id}: query parameter {param.wire} collides with {param.argument}"
            )
        taken.add(param.argument)


# --- type resolution ---------------------------------------------------------------------------------


@dataclass
class Types:
    """Resolves swagger definitions to (module, class) for one target, collecting imports on the way."""

    index: dict[str, tuple[str, str]]
    local_module: str | None = None
    local: dict[str, str] = field(default_factory=dict)
    """`{definition: class}` of the definitions generated locally (events only)."""

    def resolve(self, definition: str) -> tuple[str, str]:
        """`(module, class)` of a swagger definition: a local model or a scanned one."""
        if definition in self.local and self.local_module:
            return self.local_module, self.local[definition]
        mapped = definition
        if definition.startswith(EVENTS_IN_SWAGGER) and self.local_module:
            mapped = EVENTS_IN_SCHEMA + definition[len(EVENTS_IN_SWAGGER) :]
        if mapped in self.index:
            return self.index[mapped]
        raise RuntimeError(f"no generated model for the swagger definition {definition}")


def local_definitions(
    ops: list[Op], swagger: dict[str, Any], index: dict[str, tuple[str, str]]
) -> dict[str, str]:
    """The definitions the events client must generate itself: `{definition: class name}`."""
    definitions = swagger["definitions"]
    needed: dict[str, str] = {}
    stack = [ref for op in ops for ref in (op.body_ref, op.response_ref) if ref]
    while stack:
        name = stack.pop()
        mapped = (
            EVENTS_IN_SCHEMA + name[len(EVENTS_IN_SWAGGER) :] if name.startswith(EVENTS_IN_SWAGGER) else name
        )
        if mapped in index or name in needed:
            continue
        module, _, short = name.rpartition(".")
        needed[name] = short
        stack.extend(ref.rsplit("/", 1)[-1] for ref in _refs(definitions[name]))
    shorts: dict[str, list[str]] = {}
    for name, short in needed.items():
        shorts.setdefault(short, []).append(name)
    for short, names in shorts.items():
        if len(names) > 1:
            for name in names:
                module = name.rpartition(".")[0]
                prefix = LOCAL_PREFIXES.get(module) or module.rsplit(".", 1)[-1].capitalize()
                needed[name] = prefix + short
    return dict(sorted(needed.items()))


def _refs(node: Any) -> Iterable[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


# --- rendering ---------------------------------------------------------------------------------------


def header(pin: specs.SpecPin, what: str) -> str:
    """The module docstring of a generated file: what it is, the pinned spec and its sha256."""
    return (
        f'"""{what}\n\n'
        f"Generated by tools/codegen_client.py from the pinned Argo Workflows {pin.version} swagger\n"
        f"({pin.url},\nsha256 {pin.sha256}). Do not edit.\n"
        '"""\n\n'
    )


class Imports:
    """Names to import, grouped by module (rendered sorted, so the output is deterministic)."""

    def __init__(self) -> None:
        self.by_module: dict[str, set[str]] = {}

    def add(self, module: str, name: str) -> str:
        """Import `name` from `module`; returns `name`."""
        self.by_module.setdefault(module, set()).add(name)
        return name

    def render(self, indent: str = "") -> str:
        """The import lines."""
        return "".join(
            f"{indent}from {module} import {', '.join(sorted(names))}\n"
            for module, names in sorted(self.by_module.items())
        )


def body_info(op: Op, swagger: dict[str, Any]) -> dict[str, Any] | None:
    """The body facts of an operation: wrapper fields, the resource field, whether it may be omitted."""
    if op.body_ref is None:
        return None
    definition = swagger["definitions"][op.body_ref]
    properties = definition.get("properties")
    if properties is None:
        return {"any": True, "fields": (), "object_field": None, "optional": False}
    object_field = next((name for name in RESOURCE_FIELDS if name in properties), None)
    last = op.path.rstrip("/").rsplit("/", 1)[-1]
    action = op.method == "PUT" and object_field is None and not last.startswith("{")
    return {
        "any": False,
        "fields": tuple(sorted(properties)),
        "object_field": object_field,
        "object_ref": properties[object_field]["$ref"].rsplit("/", 1)[-1] if object_field else None,
        "optional": action,
    }


def render_operations(
    target: Target, ops: list[Op], swagger: dict[str, Any], types: Types, pin: specs.SpecPin
) -> str:
    """The source of `operations.py`: one `Operation` constant per operation, and `OPERATIONS`."""
    lines = [
        header(
            pin, f"The operation table of the {target.title} services: one `Operation` per swagger operation."
        )
    ]
    lines.append("from hera.shared._client.operation import Body, ModelRef, Operation, QueryParam\n\n")
    modules = sorted({types.resolve(ref)[0] for op in ops for ref in _op_refs(op, swagger)})
    aliases = {module: f"_M{index}" for index, module in enumerate(modules)}
    for module, alias in aliases.items():
        lines.append(f"{alias} = {module!r}\n")
    lines.append("\n")

    def ref(definition: str) -> str:
        """The `ModelRef(...)` source for a definition."""
        module, name = types.resolve(definition)
        return f"ModelRef({aliases[module]}, {name!r})"

    for op in ops:
        parts = [
            f"    operation_id={op.operation_id!r},\n",
            f"    method={op.method!r},\n",
            f"    path={op.path!r},\n",
        ]
        if op.path_params:
            names = "".join(f"{p.wire!r}, " for p in op.path_params)
            parts.append(f"    path_params=({names}),\n")
        if op.query:
            query = "".join(
                f"        QueryParam({p.wire!r}, {p.kind!r}, {p.enum!r}, {p.argument!r}),\n" for p in op.query
            )
            parts.append(f"    query=(\n{query}    ),\n")
        info = body_info(op, swagger)
        if info is not None:
            if info["any"]:
                parts.append("    body=Body(),\n")
            else:
                body_args = [f"model={ref(op.body_ref or '')}", f"fields={info['fields']!r}"]
                if info["object_field"]:
                    body_args += [
                        f"object_field={info['object_field']!r}",
                        f"object_model={ref(info['object_ref'])}",
                    ]
                if info["optional"]:
                    body_args.append("optional=True")
                parts.append(f"    body=Body({', '.join(body_args)}),\n")
        if op.response_ref:
            parts.append(f"    response={ref(op.response_ref)},\n")
        if op.kind != "json":
            parts.append(f"    kind={op.kind!r},\n")
        lines.append(f"{constant(op.operation_id)} = Operation(\n{''.join(parts)})\n")
    entries = "".join(f"        {constant(op.operation_id)},\n" for op in ops)
    lines.append(
        "\nOPERATIONS: dict[str, Operation] = {\n"
        f"    op.operation_id: op\n    for op in (\n{entries}    )\n}}\n"
        '"""Every operation of this client, by operationId."""\n'
    )
    return "".join(lines)


def _op_refs(op: Op, swagger: dict[str, Any]) -> list[str]:
    refs = [ref for ref in (op.body_ref, op.response_ref) if ref]
    info = body_info(op, swagger)
    if info and info["any"]:
        refs.remove(op.body_ref or "")
    elif info and info["object_ref"]:
        refs.append(info["object_ref"])
    return refs


def _summary(op: Op) -> str:
    if op.summary and not op.summary.startswith("DEPRECATED"):
        return op.summary.rstrip(".") + "."
    words = snake(op.name).replace("_", " ")
    if op.kind == "stream":
        words = f"stream: {words}"
    text = words[0].upper() + words[1:] + "."
    if op.summary.startswith("DEPRECATED"):
        text += f" {first_sentence(op.summary, 200)}"
    return text


def render_service(
    target: Target,
    ops: list[Op],
    swagger: dict[str, Any],
    types: Types,
    pin: specs.SpecPin,
    asynchronous: bool,
) -> str:
    """The source of the sync or async service class."""
    cls = target.async_class if asynchronous else target.sync_class
    base = "AsyncServiceBase" if asynchronous else "SyncServiceBase"
    imports = Imports()
    methods = [render_method(op, swagger, types, imports, asynchronous) for op in ops]
    kind = "asynchronous (httpx)" if asynchronous else "blocking (requests)"
    doc = (
        f"`{cls}`: every {', '.join(target.services)} operation as a {kind} method.\n\n"
        "Each method builds its request from the operation table (`operations.py`) through the shared transport\n"
        "in `hera.shared._client`."
    )
    text = header(pin, doc)
    text += "from __future__ import annotations\n\n"
    text += "from collections.abc import Mapping, Sequence\n"
    text += "from typing import TYPE_CHECKING, Any, Literal\n\n"
    text += f"from hera.shared._client.service import {base}\n"
    text += f"from {target.module} import operations as _ops\n\n"
    text += "if TYPE_CHECKING:\n" + imports.render("    ") + "\n"
    text += f'__all__ = ["{cls}"]\n\n\n'
    service_doc = (
        f"The {target.title} operations of the Argo Server ({', '.join(target.services)}).\n\n"
        "    Construct it with explicit settings, or with none to use `hera.shared.global_config` (read again\n"
        "    on every request): `host`, `token` (a str, or a callable returning the current token), `namespace`\n"
        "    (the default for calls that name none), `verify_ssl`, `client_certs`, `base_href`, `timeout`\n"
        "    ((connect, read) seconds) and `retry` (a `RetryPolicy`).\n"
    )
    if asynchronous:
        service_doc += "    Use it with `async with`, or `await service.aclose()` when done.\n"
    else:
        service_doc += "    Use it with `with`, or call `close()` when done.\n"
    text += f'class {cls}({base}):\n    """{service_doc}    """\n\n'
    text += "\n".join(methods)
    return text


def render_method(op: Op, swagger: dict[str, Any], types: Types, imports: Imports, asynchronous: bool) -> str:
    """The source of one service method (its signature, docstring and call)."""

    def model(definition: str) -> str:
        """The class name of a definition, imported for type checking."""
        module, name = types.resolve(definition)
        return imports.add(module, name)

    args = ["self"]
    docs: list[str] = []
    path_args = [p for p in op.path_params if p.wire != "namespace"]
    for param in path_args:
        args.append(f"{param.argument}: str")
        docs.append(f"{param.argument}: the `{param.wire}` path parameter.")
    info = body_info(op, swagger)
    if info is not None:
        if info["any"]:
            args.append("body: Any")
            docs.append("body: any JSON value (a dict, list, str, number or bool), sent as is.")
        else:
            choices = [model(op.body_ref or "")]
            if info["object_field"]:
                choices.append(model(info["object_ref"]))
            choices.append(imports.add("hera.shared._client.request", "SupportsToDict"))
            choices.append("Mapping[str, Any]")
            annotation = " | ".join(choices)
            if info["optional"]:
                args.append(f"body: {annotation} | None = None")
            else:
                args.append(f"body: {annotation}")
            what = f"a `{choices[0]}`"
            if info["object_field"]:
                what += f", or the `{choices[1]}` itself (a model, a DSL object or its manifest as a dict)"
            docs.append(
                f"body: {what}; path parameters are filled into it."
                + (" Optional." if info["optional"] else "")
            )
    keyword_only = []
    if any(p.wire == "namespace" for p in op.path_params):
        keyword_only.append("namespace: str | None = None")
        source = "the body's namespace, else " if info is not None and not info["any"] else ""
        docs.append(f"namespace: the namespace; defaults to {source}the service's namespace.")
    for param in op.query:
        keyword_only.append(f"{param.argument}: {param.annotation()} | None = None")
        text = f"{param.argument}: the `{param.wire}` query parameter"
        docs.append(f"{text}: {param.description}" if param.description else f"{text}.")
    if keyword_only:
        args += ["*", *keyword_only]

    if op.kind == "binary":
        returns = "bytes"
        returns_doc = "The artifact's bytes."
    elif op.kind == "stream":
        stream = imports.add("hera.shared._client", "AsyncStream" if asynchronous else "Stream")
        returns = f"{stream}[{model(op.response_ref or '')}]"
        returns_doc = f"An iterator of `{model(op.response_ref or '')}` items; the request is sent when iteration starts."
    else:
        returns = model(op.response_ref or "")
        returns_doc = f"The server's `{returns}`."

    path_values = ", ".join(f"{p.wire!r}: {_value(op, p)}" for p in op.path_params)
    call_args = [f"_ops.{constant(op.operation_id)}", f"{{{path_values}}}"]
    if op.query:
        call_args.append("{" + ", ".join(f"{p.wire!r}: {p.argument}" for p in op.query) + "}")
    if info is not None:
        if not op.query:
            call_args.append("None")
        call_args.append("body")
    if op.kind == "stream":
        call = f"return self._stream({', '.join(call_args)})"
        prefix = "def"
    else:
        call = f"return {'await ' if asynchronous else ''}self._call({', '.join(call_args)})"
        prefix = "async def" if asynchronous else "def"
    doc_lines = [_summary(op), "", f"`{op.method} {op.path}` ({op.operation_id})."]
    if docs:
        doc_lines += ["", "Args:"] + [f"    {line}" for line in docs]
    doc_lines += ["", "Returns:", f"    {returns_doc}"]
    docstring = "\n".join(f"        {line}" if line else "" for line in doc_lines).lstrip()
    signature = f"    {prefix} {op.python_name}({', '.join(args)}) -> {returns}:\n"
    return f'{signature}        """{docstring}\n        """\n        {call}\n'


def _value(op: Op, param: Param) -> str:
    return "namespace" if param.wire == "namespace" else param.argument


# --- locally generated models (events) ----------------------------------------------------------------


def render_local_models(
    target: Target, local: dict[str, str], swagger: dict[str, Any], types: Types, pin: specs.SpecPin
) -> str:
    """The source of the models the events client generates itself."""
    imports = Imports()
    classes = []
    for definition, cls in local.items():
        schema = swagger["definitions"][definition]
        described = first_sentence(schema.get("description") or schema.get("title"), 200)
        doc = (
            f"{described}\n\n    The swagger's `{definition}`."
            if described
            else f"The swagger's `{definition}`."
        )
        fields = []
        for prop, spec in sorted(schema.get("properties", {}).items()):
            annotation = _local_type(spec, swagger, types, imports)
            name = safe(snake(prop))
            default = f'Field(default=None, alias="{prop}")' if name != prop else "None"
            fields.append(f"    {name}: {annotation} | None = {default}\n")
            described = first_sentence(spec.get("description") or spec.get("title"), 200)
            if described:
                fields.append(f'    """{described}"""\n\n')
        body = "".join(fields) if fields else '    model_config = ConfigDict(extra="allow")\n'
        classes.append(f'class {cls}(BaseModel):\n    """{doc}\n    """\n\n{body}')
    text = header(
        pin,
        "Models of the event-source and sensor services that the Argo Events schema does not define.\n\n"
        "They wrap `hera.events.models` resources (`EventSource`, `Sensor`) the way the Argo Server sends them.",
    )
    text += "from __future__ import annotations\n\n"
    text += "from typing import Any\n\n"
    text += "from pydantic import ConfigDict, Field\n\n"
    text += "from hera.shared.base_model import BaseModel\n"
    text += imports.render() + "\n"
    text += f"__all__ = [{', '.join(repr(c) for c in sorted(local.values()))}]\n\n\n"
    text += "\n\n".join(classes)
    return text


def _local_type(spec: dict[str, Any], swagger: dict[str, Any], types: Types, imports: Imports) -> str:
    if "$ref" in spec:
        definition = spec["$ref"].rsplit("/", 1)[-1]
        module, name = types.resolve(definition)
        if module == types.local_module:
            return name
        return imports.add(module, name)
    kind = spec.get("type")
    if kind == "array":
        return f"list[{_local_type(spec['items'], swagger, types, imports)}]"
    if kind == "object":
        return "dict[str, Any]"
    return {"string": "str", "integer": "int", "boolean": "bool", "number": "float"}.get(kind or "", "Any")


# --- putting it together -----------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def ruff_format(paths: list[Path]) -> None:
    """Sort imports, drop unused ones and format, independent of any configuration near the files."""
    files = [str(p) for p in paths]
    for args in (["check", "--fix", "--select", "I,F401", "--exit-zero", "--quiet"], ["format", "--quiet"]):
        proc = subprocess.run(
            [sys.executable, "-m", "ruff", *args, *RUFF_SETTINGS, "--no-cache", *files],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"ruff {args[0]} failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


def generate_target(
    target: Target,
    out_root: Path,
    swagger: dict[str, Any],
    pin: specs.SpecPin,
    models_dirs: dict[str, Path] | None = None,
) -> list[Path]:
    """Write one client package's generated modules below `out_root`."""
    ops = [op for op in read_operations(swagger) if op.service in target.services]
    out_dir = out_root / target.out_dir
    if out_dir.exists():
        shutil.rmtree(out_dir)
    written: list[Path] = []
    if target.name == "events":
        index = models_index(out_root, EVENTS_MODELS, models_dirs)
        types = Types(index, local_module=f"{target.module}.models")
        types.local = local_definitions(ops, swagger, index)
        written.append(
            _write(out_dir / "models.py", render_local_models(target, types.local, swagger, types, pin))
        )
    else:
        types = Types(models_index(out_root, WORKFLOWS_MODELS, models_dirs))
    written.append(
        _write(
            out_dir / "__init__.py",
            header(pin, f"Generated modules of `{target.package}`; import the package instead."),
        )
    )
    written.append(_write(out_dir / "operations.py", render_operations(target, ops, swagger, types, pin)))
    written.append(
        _write(out_dir / "sync_service.py", render_service(target, ops, swagger, types, pin, False))
    )
    written.append(
        _write(out_dir / "async_service.py", render_service(target, ops, swagger, types, pin, True))
    )
    return written


def generate(out_root: Path, *, models_dirs: dict[str, Path] | None = None) -> None:
    """Generate both clients below `out_root` (a repository root or a scratch directory).

    `models_dirs` (`{"hera.workflows.models": directory, ...}`) names where to scan the generated models
    when they are neither below `out_root` nor in this repository (e.g. installed elsewhere).
    """
    pin = specs.get_pin(PROJECT, SPEC)
    swagger = specs.load_spec(PROJECT, SPEC)
    all_services = {op.service for op in read_operations(swagger)}
    covered = {service for target in TARGETS for service in target.services}
    if all_services != covered:
        raise RuntimeError(f"services without a client: {sorted(all_services - covered)}")
    written: list[Path] = []
    for target in TARGETS:
        written += generate_target(target, out_root, swagger, pin, models_dirs)
    ruff_format(written)
