"""`GlobalConfig`: precedence, environment parsing, class defaults, pre-build hooks and redaction.

No `from __future__ import annotations` here: hooks below need real class annotations as well as strings.
"""

import logging
import pickle
from pathlib import Path
from typing import Any

import pytest

import hera.shared
from hera.shared import GlobalConfig, global_config
from hera.shared.auth import TokenGenerator
from hera.shared.exceptions import ConfigError, PreBuildHookError, error_for_status, redact

TOKEN = "s3cr3t-t0ken-value"


# -- defaults and precedence ---------------------------------------------------------------------------


def test_defaults() -> None:
    assert global_config.host is None
    assert global_config.token is None
    assert global_config.bearer_token is None
    assert global_config.client_certs is None
    assert global_config.verify_ssl is True
    assert global_config.namespace is None
    assert global_config.namespace_or_default == "default"
    assert global_config.service_account_name is None
    assert global_config.image == "python:3.10"
    assert global_config.script_command == ["python"]
    assert global_config.api_version == "argoproj.io/v1alpha1"
    assert global_config.base_href == ""
    assert global_config.http1 is False
    assert global_config.request_timeout == (5.0, 30.0)


# (attribute, env var, env value, value from env, explicit value, value when explicit, default)
PRECEDENCE = [
    (
        "host",
        "ARGO_SERVER",
        "env.example:2746",
        "https://env.example:2746",
        "https://set.example",
        "https://set.example",
        None,
    ),
    ("token", "ARGO_TOKEN", "env-token", "env-token", "set-token", "set-token", None),
    ("verify_ssl", "ARGO_INSECURE_SKIP_VERIFY", "true", False, True, True, True),
    ("namespace", "ARGO_NAMESPACE", "env-ns", "env-ns", "set-ns", "set-ns", None),
    ("base_href", "ARGO_BASE_HREF", "/env/", "/env", "/set", "/set", ""),
    ("http1", "ARGO_HTTP1", "yes", True, False, False, False),
]


@pytest.mark.parametrize(
    ("attribute", "env", "env_value", "from_env", "explicit", "from_explicit", "default"), PRECEDENCE
)
def test_precedence_explicit_over_env_over_default(
    monkeypatch: pytest.MonkeyPatch,
    attribute: str,
    env: str,
    env_value: str,
    from_env: Any,
    explicit: Any,
    from_explicit: Any,
    default: Any,
) -> None:
    assert getattr(global_config, attribute) == default
    monkeypatch.setenv(env, env_value)
    assert getattr(global_config, attribute) == from_env
    setattr(global_config, attribute, explicit)
    assert getattr(global_config, attribute) == from_explicit
    # Assigning None drops the explicit value: the environment applies again, then the default.
    setattr(global_config, attribute, None)
    assert getattr(global_config, attribute) == from_env
    monkeypatch.delenv(env)
    assert getattr(global_config, attribute) == default


def test_blank_environment_values_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in ("ARGO_SERVER", "ARGO_TOKEN", "ARGO_NAMESPACE", "ARGO_HTTP1", "ARGO_INSECURE_SKIP_VERIFY"):
        monkeypatch.setenv(env, "  ")
    assert global_config.host is None
    assert global_config.token is None
    assert global_config.namespace is None
    assert global_config.http1 is False
    assert global_config.verify_ssl is True


@pytest.mark.parametrize(
    ("attribute", "value", "default"),
    [
        ("image", "python:3.12-slim", "python:3.10"),
        ("api_version", "argoproj.io/v2", "argoproj.io/v1alpha1"),
        ("service_account_name", "runner", None),
        ("client_certs", ("/tls/cert.pem", "/tls/key.pem"), None),
        ("request_timeout", (1.0, 2.0), (5.0, 30.0)),
        ("script_command", ["python3", "-u"], ["python"]),
    ],
)
def test_settings_without_environment(attribute: str, value: Any, default: Any) -> None:
    setattr(global_config, attribute, value)
    assert getattr(global_config, attribute) == value
    setattr(global_config, attribute, None)
    assert getattr(global_config, attribute) == default


def test_namespace_or_default_follows_namespace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGO_NAMESPACE", "argo")
    assert global_config.namespace_or_default == "argo"
    global_config.namespace = "team"
    assert global_config.namespace_or_default == "team"


def test_verify_ssl_stays_on_when_skip_verify_is_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGO_INSECURE_SKIP_VERIFY", "false")
    assert global_config.verify_ssl is True
    global_config.verify_ssl = False
    assert global_config.verify_ssl is False


# -- host normalisation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "secure", "expected"),
    [
        ("localhost:2746", None, "https://localhost:2746"),
        ("localhost:2746", "true", "https://localhost:2746"),
        ("localhost:2746", "false", "http://localhost:2746"),
        ("localhost:2746", "0", "http://localhost:2746"),
        ("localhost:2746", "OFF", "http://localhost:2746"),
        ("http://argo.example:2746/", "true", "http://argo.example:2746"),
        ("HTTPS://argo.example", "false", "https://argo.example"),
        ("https://argo.example/prefix/", None, "https://argo.example/prefix"),
        ("[::1]:2746", None, "https://[::1]:2746"),
        (" argo.example ", None, "https://argo.example"),
    ],
)
def test_host_normalisation(
    monkeypatch: pytest.MonkeyPatch, value: str, secure: str | None, expected: str
) -> None:
    if secure is not None:
        monkeypatch.setenv("ARGO_SECURE", secure)
    monkeypatch.setenv("ARGO_SERVER", value)
    assert global_config.host == expected
    monkeypatch.delenv("ARGO_SERVER")
    global_config.host = value
    assert global_config.host == expected


def test_explicit_host_scheme_follows_argo_secure_at_access_time(monkeypatch: pytest.MonkeyPatch) -> None:
    global_config.host = "argo.example:2746"
    assert global_config.host == "https://argo.example:2746"
    monkeypatch.setenv("ARGO_SECURE", "false")
    assert global_config.host == "http://argo.example:2746"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("ftp://argo.example", "'ftp' is not a supported scheme; use http:// or https://"),
        ("https://", "has no host name"),
        ("https://:2746", "has no host name"),
    ],
)
def test_invalid_hosts(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        global_config.host = value
    assert "global_config.host" in str(info.value)
    assert global_config.host is None
    monkeypatch.setenv("ARGO_SERVER", value)
    with pytest.raises(ConfigError, match="ARGO_SERVER"):
        _ = global_config.host


def test_invalid_port_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"'https://argo\.example:http' has an invalid port"):
        global_config.host = "argo.example:http"


def test_password_in_host_stays_out_of_repr_and_errors() -> None:
    global_config.host = "https://user:pa55word@argo.example:2746"
    assert global_config.host == "https://user:pa55word@argo.example:2746"
    assert repr(global_config) == "GlobalConfig(host='https://user:***@argo.example:2746', token=None)"
    with pytest.raises(ConfigError) as info:
        global_config.host = "https://user:pa55word@argo.example:99999"
    assert "pa55word" not in str(info.value)
    assert "https://user:***@argo.example:99999" in str(info.value)


def test_host_must_be_a_non_empty_string() -> None:
    with pytest.raises(TypeError, match=r"global_config\.host must be a str, got int"):
        global_config.host = 2746  # type: ignore[assignment]
    with pytest.raises(ConfigError, match="must not be empty"):
        global_config.host = ""


@pytest.mark.parametrize(
    ("value", "expected"), [("", ""), ("/", ""), ("argo", "/argo"), ("/argo/", "/argo"), ("a/b/", "/a/b")]
)
def test_base_href_normalisation(value: str, expected: str) -> None:
    global_config.base_href = value
    assert global_config.base_href == expected


# -- boolean parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1", "true", "True", "TRUE", "yes", "Yes", "on", "ON", " true "])
def test_true_values(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("ARGO_HTTP1", value)
    monkeypatch.setenv("ARGO_INSECURE_SKIP_VERIFY", value)
    assert global_config.http1 is True
    assert global_config.verify_ssl is False


@pytest.mark.parametrize("value", ["0", "false", "False", "no", "NO", "off", "Off"])
def test_false_values(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("ARGO_HTTP1", value)
    monkeypatch.setenv("ARGO_INSECURE_SKIP_VERIFY", value)
    assert global_config.http1 is False
    assert global_config.verify_ssl is True


@pytest.mark.parametrize(
    ("env", "attribute"),
    [("ARGO_HTTP1", "http1"), ("ARGO_INSECURE_SKIP_VERIFY", "verify_ssl"), ("ARGO_SECURE", "host")],
)
@pytest.mark.parametrize("value", ["maybe", "2", "y", "enabled"])
def test_invalid_booleans_name_the_variable_and_the_accepted_values(
    monkeypatch: pytest.MonkeyPatch, env: str, attribute: str, value: str
) -> None:
    monkeypatch.setenv(env, value)
    monkeypatch.setenv("ARGO_SERVER", "localhost:2746")
    with pytest.raises(ValueError, match=env) as info:
        getattr(global_config, attribute)
    message = str(info.value)
    assert repr(value) in message
    for accepted in ("1, true, yes, on", "0, false, no, off"):
        assert accepted in message


def test_explicit_booleans_must_be_bool() -> None:
    with pytest.raises(TypeError, match=r"global_config\.verify_ssl must be True or False, got str"):
        global_config.verify_ssl = "no"  # type: ignore[assignment]
    with pytest.raises(TypeError, match=r"global_config\.http1 must be True or False, got int"):
        global_config.http1 = 1  # type: ignore[assignment]


# -- other validation ----------------------------------------------------------------------------------


def test_client_certs_accept_paths_and_reject_other_shapes() -> None:
    global_config.client_certs = [Path("/tls/cert.pem"), "/tls/key.pem"]
    assert global_config.client_certs == ("/tls/cert.pem", "/tls/key.pem")
    for bad in ("/tls/cert.pem", ("/only-one",), ("a", "b", "c")):
        with pytest.raises(TypeError, match=r"\(cert_path, key_path\)"):
            global_config.client_certs = bad


def test_request_timeout_accepts_one_number_and_rejects_nonsense() -> None:
    global_config.request_timeout = 3
    assert global_config.request_timeout == (3.0, 3.0)
    for bad in (0, -1.0, (1.0, 0), (1.0, 2.0, 3.0), (True, 1.0)):
        with pytest.raises(ConfigError, match="positive seconds"):
            global_config.request_timeout = bad  # type: ignore[assignment]
    assert global_config.request_timeout == (3.0, 3.0)


def test_script_command_is_copied() -> None:
    command = ["python", "-u"]
    global_config.script_command = command
    command.append("-X")
    got = global_config.script_command
    got.append("changed")
    assert global_config.script_command == ["python", "-u"]


def test_script_command_must_be_a_list_of_strings() -> None:
    with pytest.raises(TypeError, match="list of str"):
        global_config.script_command = "python"
    with pytest.raises(TypeError, match="list of str"):
        global_config.script_command = ["python", 3]  # type: ignore[list-item]
    with pytest.raises(ConfigError, match="must not be empty"):
        global_config.script_command = []


@pytest.mark.parametrize("attribute", ["image", "namespace", "service_account_name", "api_version"])
def test_string_settings_reject_empty_and_non_strings(attribute: str) -> None:
    with pytest.raises(ConfigError, match=rf"global_config\.{attribute} must not be empty"):
        setattr(global_config, attribute, " ")
    with pytest.raises(TypeError, match=rf"global_config\.{attribute} must be a str"):
        setattr(global_config, attribute, 1)


# -- token ---------------------------------------------------------------------------------------------


def test_token_callable_is_called_on_every_access() -> None:
    calls: list[int] = []

    def fresh_token() -> str:
        calls.append(1)
        return f"token-{len(calls)}"

    global_config.token = fresh_token
    assert calls == []
    assert global_config.token == "token-1"
    assert global_config.token == "token-2"
    assert global_config.bearer_token == "Bearer token-3"
    assert len(calls) == 3


def test_token_generator_is_called_on_every_access() -> None:
    class Counting(TokenGenerator):
        def __init__(self) -> None:
            self.calls = 0

        def __call__(self) -> str | None:
            self.calls += 1
            return f"generated-{self.calls}"

    generator = Counting()
    global_config.token = generator
    assert [global_config.token for _ in range(3)] == ["generated-1", "generated-2", "generated-3"]
    assert generator.calls == 3


def test_token_callable_may_return_none() -> None:
    global_config.token = lambda: None
    assert global_config.token is None
    assert global_config.bearer_token is None


def test_explicit_token_callable_beats_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGO_TOKEN", "from-env")
    global_config.token = lambda: "from-callable"
    assert global_config.token == "from-callable"


def test_token_rejects_other_types_without_showing_the_value() -> None:
    with pytest.raises(TypeError, match="got bytes") as info:
        global_config.token = TOKEN.encode()  # type: ignore[assignment]
    assert TOKEN not in str(info.value)
    assert global_config.token is None


@pytest.mark.parametrize(
    ("token", "header"),
    [
        ("abc", "Bearer abc"),
        ("Bearer abc", "Bearer abc"),
        ("Basic dXNlcjpwdw==", "Basic dXNlcjpwdw=="),
        ("Bearer v2:abc", "Bearer v2:abc"),
        ("bearer abc", "Bearer bearer abc"),
        ("Bearerabc", "Bearer Bearerabc"),
    ],
)
def test_bearer_token(monkeypatch: pytest.MonkeyPatch, token: str, header: str) -> None:
    global_config.token = token
    assert global_config.bearer_token == header
    global_config.token = None
    monkeypatch.setenv("ARGO_TOKEN", token)
    assert global_config.bearer_token == header


# -- redaction -----------------------------------------------------------------------------------------


def test_repr_hides_an_explicit_token_and_lists_what_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    assert repr(global_config) == "GlobalConfig(token=None)"
    monkeypatch.setenv("ARGO_NAMESPACE", "argo")
    global_config.host = "localhost:2746"
    global_config.token = TOKEN
    global_config.image = "python:3.12"
    text = repr(global_config)
    assert TOKEN not in text
    assert TOKEN not in str(global_config)
    assert text == (
        "GlobalConfig(host='https://localhost:2746', token='***', namespace='argo', image='python:3.12')"
    )
    assert str(global_config) == text


def test_repr_hides_an_env_token_and_does_not_call_a_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGO_TOKEN", TOKEN)
    assert TOKEN not in repr(global_config)
    assert "token='***'" in repr(global_config)
    calls: list[int] = []

    def counted() -> str:
        calls.append(1)
        return TOKEN

    global_config.token = counted
    assert "token='***'" in repr(global_config)
    assert calls == []


def test_repr_survives_an_invalid_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGO_HTTP1", "maybe")
    assert "http1=<invalid>" in repr(global_config)


def test_token_stays_out_of_log_records(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hera")

    class Target:
        pass

    @global_config.register_pre_build_hook
    def touch(obj: Target) -> Target:
        return obj

    global_config.token = TOKEN
    assert global_config.bearer_token == f"Bearer {TOKEN}"
    global_config.token = lambda: TOKEN
    assert global_config.token == TOKEN
    global_config.apply_pre_build_hooks(Target())
    assert caplog.records, "hera.shared should have logged at DEBUG"
    assert {record.name for record in caplog.records} == {"hera.shared"}
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
    assert TOKEN not in caplog.text


def test_token_stays_out_of_errors_built_by_clients() -> None:
    global_config.token = TOKEN
    message = f"invalid token {global_config.bearer_token}"
    error = error_for_status(401, redact(message, global_config.token), "GET", "/api/v1/userinfo")
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert TOKEN not in pickle.dumps(error).decode("latin-1")


# -- class defaults ------------------------------------------------------------------------------------


class Base:
    pass


class Child(Base):
    pass


class GrandChild(Child):
    pass


class Other:
    pass


def test_class_defaults_merge_along_the_mro() -> None:
    global_config.set_class_defaults(Base, image="base", namespace="base-ns")
    global_config.set_class_defaults(Child, image="child")
    assert global_config.get_class_defaults(Base) == {"image": "base", "namespace": "base-ns"}
    assert global_config.get_class_defaults(Child) == {"image": "child", "namespace": "base-ns"}
    assert global_config.get_class_defaults(GrandChild) == {"image": "child", "namespace": "base-ns"}
    assert global_config.get_class_defaults(Other) == {}


def test_class_defaults_accumulate_and_are_returned_as_copies() -> None:
    global_config.set_class_defaults(Base, image="one")
    global_config.set_class_defaults(Base, labels={"a": "b"})
    global_config.set_class_defaults(Base, image="two")
    defaults = global_config.get_class_defaults(Base)
    assert defaults == {"image": "two", "labels": {"a": "b"}}
    defaults["image"] = "changed"
    assert global_config.get_class_defaults(Base)["image"] == "two"


def test_class_defaults_need_a_class() -> None:
    with pytest.raises(TypeError, match="takes a class first, got Base"):
        global_config.set_class_defaults(Base(), image="x")  # type: ignore[arg-type]


def test_reset_restores_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    global_config.host = "https://argo.example"
    global_config.token = TOKEN
    global_config.verify_ssl = False
    global_config.image = "custom"
    global_config.script_command = ["bash"]
    global_config.request_timeout = 1
    global_config.set_class_defaults(Base, image="x")

    @global_config.register_pre_build_hook
    def hook(obj: Base) -> Base:
        return Child()

    global_config.reset()
    fresh = GlobalConfig()
    for attribute in (
        "host", "token", "client_certs", "verify_ssl", "namespace", "service_account_name",
        "image", "script_command", "api_version", "base_href", "http1", "request_timeout",
    ):  # fmt: skip
        assert getattr(global_config, attribute) == getattr(fresh, attribute), attribute
    assert global_config.get_class_defaults(Base) == {}
    assert type(global_config.apply_pre_build_hooks(Base())) is Base
    assert repr(global_config) == repr(fresh)


# -- pre-build hooks -----------------------------------------------------------------------------------


class Tagged:
    def __init__(self, tags: tuple[str, ...] = ()) -> None:
        self.tags = tags

    def tag(self, name: str) -> "Tagged":
        return type(self)((*self.tags, name))


class SubTagged(Tagged):
    pass


def test_hook_applies_by_class_annotation_including_subclasses() -> None:
    @global_config.register_pre_build_hook
    def mark(obj: Tagged) -> Tagged:
        return obj.tag("mark")

    assert global_config.apply_pre_build_hooks(Tagged()).tags == ("mark",)
    sub = global_config.apply_pre_build_hooks(SubTagged())
    assert type(sub) is SubTagged
    assert sub.tags == ("mark",)
    other = Other()
    assert global_config.apply_pre_build_hooks(other) is other


def test_hook_for_a_subclass_skips_the_base_class() -> None:
    @global_config.register_pre_build_hook
    def only_sub(obj: SubTagged) -> Tagged:
        return obj.tag("sub")

    assert global_config.apply_pre_build_hooks(Tagged()).tags == ()
    assert global_config.apply_pre_build_hooks(SubTagged()).tags == ("sub",)


def test_string_annotation_of_a_module_level_class() -> None:
    @global_config.register_pre_build_hook
    def mark(obj: "Tagged") -> "Tagged":
        return obj.tag("from-string")

    assert global_config.apply_pre_build_hooks(SubTagged()).tags == ("from-string",)


def test_string_annotation_of_a_local_class() -> None:
    class Local:
        seen = False

    @hera.shared.register_pre_build_hook
    def mark(obj: "Local") -> "Local":
        obj.seen = True
        return obj

    assert global_config.apply_pre_build_hooks(Local()).seen is True


def test_union_annotation_matches_each_member() -> None:
    @global_config.register_pre_build_hook
    def mark(obj: SubTagged | Other) -> Any:
        return "hooked"

    assert global_config.apply_pre_build_hooks(Other()) == "hooked"
    assert global_config.apply_pre_build_hooks(SubTagged()) == "hooked"
    assert isinstance(global_config.apply_pre_build_hooks(Tagged()), Tagged)


def test_hooks_run_in_registration_order_each_on_the_previous_result() -> None:
    for name in ("first", "second", "third"):

        def hook(obj: Tagged, name: str = name) -> Tagged:
            return obj.tag(name)

        global_config.register_pre_build_hook(hook)

    assert global_config.apply_pre_build_hooks(Tagged()).tags == ("first", "second", "third")


def test_a_hook_may_replace_the_object_and_later_hooks_match_the_new_one() -> None:
    @global_config.register_pre_build_hook
    def replace(obj: Tagged) -> Other:
        return Other()

    @global_config.register_pre_build_hook
    def tagged_again(obj: Tagged) -> Tagged:
        return obj.tag("never")

    assert type(global_config.apply_pre_build_hooks(Tagged())) is Other


def test_decorator_returns_the_hook_and_a_callable_object_works() -> None:
    class Marker:
        def __call__(self, obj: Tagged) -> Tagged:
            return obj.tag("object")

    def plain(obj: Tagged) -> Tagged:
        return obj.tag("plain")

    assert global_config.register_pre_build_hook(plain) is plain
    marker = Marker()
    assert global_config.register_pre_build_hook(marker) is marker
    assert global_config.apply_pre_build_hooks(Tagged()).tags == ("plain", "object")


def test_a_hook_returning_none_is_an_error_naming_it() -> None:
    @global_config.register_pre_build_hook
    def forgets_to_return(obj: Tagged) -> None:
        obj.tags = ("changed",)

    with pytest.raises(PreBuildHookError, match=r"forgets_to_return returned None for a Tagged") as info:
        global_config.apply_pre_build_hooks(Tagged())
    assert "must return the object" in str(info.value)


def test_hook_without_annotation_is_refused() -> None:
    def bare(obj):  # type: ignore[no-untyped-def]
        return obj

    with pytest.raises(PreBuildHookError, match=r"bare: annotate its first parameter 'obj'"):
        global_config.register_pre_build_hook(bare)


def test_hook_without_parameter_is_refused() -> None:
    def nothing() -> None:
        return None

    with pytest.raises(PreBuildHookError, match="must take the object to change as its first parameter"):
        global_config.register_pre_build_hook(nothing)


def test_hook_with_unresolvable_string_annotation_is_refused() -> None:
    def ghost(obj: "DoesNotExist") -> None:  # type: ignore[name-defined]  # noqa: F821
        return None

    with pytest.raises(PreBuildHookError, match=r"ghost: cannot resolve the annotation 'DoesNotExist'"):
        global_config.register_pre_build_hook(ghost)


def test_hook_with_a_non_class_annotation_is_refused() -> None:
    def generic(obj: list[int]) -> list[int]:
        return obj

    with pytest.raises(
        PreBuildHookError, match=r"generic: the first parameter's annotation .* is not a class"
    ):
        global_config.register_pre_build_hook(generic)


def test_non_callable_hook_is_refused() -> None:
    with pytest.raises(PreBuildHookError, match="must be callable, got int"):
        global_config.register_pre_build_hook(3)  # type: ignore[type-var]
