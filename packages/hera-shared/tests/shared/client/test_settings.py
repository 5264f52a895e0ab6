"""`ConnectionSettings`: explicit values, or `global_config` read at every request."""

from __future__ import annotations

import pytest

from hera.shared import ConfigError, Secret, global_config
from hera.shared._client import ConnectionSettings
from hera.shared.auth import authorization_value
from hera.shared.config import normalise_timeout


def test_unset_values_follow_the_global_config_at_each_read() -> None:
    settings = ConnectionSettings()
    global_config.host = "argo.example.com:2746"
    global_config.namespace = "team"
    global_config.base_href = "/argo/"
    global_config.verify_ssl = False
    global_config.request_timeout = (1, 2)
    global_config.client_certs = ("c.pem", "k.pem")
    resolved = settings.resolve()
    assert resolved.base_url == "https://argo.example.com:2746/argo"
    assert (resolved.namespace, resolved.verify_ssl, resolved.timeout) == ("team", False, (1.0, 2.0))
    assert resolved.client_certs == ("c.pem", "k.pem")
    global_config.namespace = None
    assert settings.namespace == "default"


def test_explicit_values_win() -> None:
    global_config.host = "https://global:1"
    global_config.token = "global-token"
    settings = ConnectionSettings(
        host="http://local:2", token="mine", namespace="ns", verify_ssl=False, base_href="x", timeout=3
    )
    resolved = settings.resolve()
    assert resolved.base_url == "http://local:2/x"
    assert resolved.timeout == (3.0, 3.0)
    assert resolved.authorization == Secret("Bearer mine")


def test_a_token_callable_is_called_for_every_resolution() -> None:
    values = iter(["one", "Bearer two", None])
    settings = ConnectionSettings(host="h", token=lambda: next(values))
    assert [settings.authorization() for _ in range(3)] == [Secret("Bearer one"), Secret("Bearer two"), None]


def test_the_global_token_is_read_at_each_resolution() -> None:
    settings = ConnectionSettings(host="h")
    assert settings.authorization() is None
    global_config.token = "abc"
    assert settings.authorization() == Secret("Bearer abc")


def test_authorization_values() -> None:
    assert authorization_value("abc") == "Bearer abc"
    assert authorization_value("Bearer abc") == "Bearer abc"
    assert authorization_value("Basic dXM6cHc=") == "Basic dXM6cHc="
    assert authorization_value("") is None


def test_no_host_anywhere_names_the_ways_to_set_one() -> None:
    with pytest.raises(ConfigError, match=r"pass host=.*global_config\.host.*ARGO_SERVER"):
        ConnectionSettings().resolve()


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("ftp://x", "is not a supported scheme"),
        ("http://", "has no host name"),
        ("", "has no host name"),
        ("argo:99999", "has an invalid port"),
    ],
)
def test_bad_hosts_are_refused(host: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        ConnectionSettings(host=host)


def test_hosts_are_normalised_as_global_config_does(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ConnectionSettings(host="HTTP://Argo:2746/").resolve().base_url.startswith("http://Argo:2746")
    assert ConnectionSettings(host="localhost:2746").resolve().base_url.startswith("https://localhost:2746")
    monkeypatch.setenv("ARGO_SECURE", "false")
    assert ConnectionSettings(host="localhost:2746").resolve().base_url.startswith("http://localhost:2746")


def test_a_password_in_the_host_never_shows() -> None:
    settings = ConnectionSettings(host="https://admin:hunter2@argo.example:2746", token="t")
    assert "hunter2" not in repr(settings)
    assert "admin:***@argo.example" in repr(settings)
    with pytest.raises(ConfigError) as info:
        ConnectionSettings(host="https://admin:hunter2@:2746")
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize("value", [0, -1, (1,), (1, 2, 3), ("1", 2), True])
def test_bad_timeouts_are_refused(value: object) -> None:
    with pytest.raises(ConfigError, match="timeout="):
        normalise_timeout(value, "timeout")  # type: ignore[arg-type]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(TypeError, match="token must be"):
        ConnectionSettings(token=123)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="namespace"):
        ConnectionSettings(namespace=" ")
    with pytest.raises(TypeError, match="client_certs"):
        ConnectionSettings(client_certs="both.pem")  # type: ignore[arg-type]


def test_the_repr_hides_the_token() -> None:
    settings = ConnectionSettings(host="h:1", token="very-secret", namespace="n")
    assert repr(settings) == "ConnectionSettings(host='https://h:1', namespace='n', token='***')"
    assert "very-secret" not in repr(settings.resolve())
