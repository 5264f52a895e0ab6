"""Artifacts: the common fields, each storage kind, the checks made where an artifact is used, GC and repository
settings, loading from manifests, class defaults, hooks, and what `repr` hides."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from hera.shared import global_config
from hera.shared._yaml import dump
from hera.workflows import (
    DAG,
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
    Container,
    GCSArtifact,
    GitArtifact,
    HDFSArtifact,
    HTTPArtifact,
    NoneArchiveStrategy,
    OAuth2Auth,
    OSSArtifact,
    PluginArtifact,
    RawArtifact,
    S3Artifact,
    SecretKeySelector,
    Steps,
    TarArchiveStrategy,
    Workflow,
    WorkflowTemplate,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.artifact import KIND_CLASSES, LOCATION_KEYS
from hera.workflows.exceptions import DSLError, InvalidType
from tools.testing import WORKFLOWS_EXAMPLES, WORKFLOWS_SCHEMA, assert_schema_valid, require

SECRET = SecretKeySelector(name="creds", key="k")
SECRET_DATA = {"name": "creds", "key": "k"}


def _consumer_workflow(argument: Any, name: str = "w-") -> Workflow:
    """A workflow whose step passes `argument` to a template with one input artifact `a`."""
    with Workflow(generate_name=name, entrypoint="main") as w:
        use = Container(name="use", image="busybox", inputs=[Artifact(name="a", path="/a")])
        with Steps(name="main"):
            use(name="consume", arguments=[argument])
    return w


# -- common fields ----------------------------------------------------------------------------------------


def test_common_fields_in_hera_order() -> None:
    a = Artifact(
        name="a",
        path="/a",
        from_="{{tasks.x.outputs.artifacts.a}}",
        mode=0o755,
        optional=True,
        archive=m.ArchiveStrategy(none=m.NoneStrategy()),
        s3={"key": "k"},
        sub_path="sub",
        global_name="g",
        recurse_mode=True,
        archive_logs=False,
        deleted=False,
    )
    data = a._dump()
    assert data == {
        "name": "a",
        "archiveLogs": False,
        "deleted": False,
        "from": "{{tasks.x.outputs.artifacts.a}}",
        "globalName": "g",
        "mode": 493,
        "optional": True,
        "path": "/a",
        "recurseMode": True,
        "subPath": "sub",
        "archive": {"none": {}},
        "s3": {"key": "k"},
    }
    assert list(data) == list(a._dump())


def test_name_may_be_positional_and_the_rest_is_keyword_only() -> None:
    assert Artifact("a", path="/a")._dump() == {"name": "a", "path": "/a"}
    with pytest.raises(TypeError):
        Artifact("a", "/a")  # type: ignore[call-arg]


def test_unknown_arguments_name_the_class_and_the_closest_field() -> None:
    with pytest.raises(TypeError, match=r"Artifact 'a': unknown argument 'from'; use from_"):
        keyword: dict[str, Any] = {"from": "x"}
        Artifact(name="a", **keyword)
    with pytest.raises(TypeError, match=r"S3Artifact 'b': unknown argument 'bukcet'; did you mean bucket\?"):
        S3Artifact(name="b", bukcet="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"S3Artifact 'c': unknown argument 'gcs'"):
        S3Artifact(name="c", gcs={"key": "k"})  # type: ignore[call-arg]


@pytest.mark.parametrize("mode", [-1, 0o10000, True, "755"])
def test_mode_must_be_a_file_mode(mode: Any) -> None:
    with pytest.raises(
        ValueError, match=rf"Artifact 'a': mode={mode!r} is not a file mode; use an integer such as"
    ):
        Artifact(name="a", mode=mode)


def test_archive_must_be_a_strategy() -> None:
    with pytest.raises(InvalidType, match=r"Artifact 'a': archive='none' is not an archive strategy; use"):
        Artifact(name="a", archive="none")


def test_runner_settings_are_kept_and_not_written() -> None:
    a = Artifact(name="a", path="/a", loader=ArtifactLoader.json, output=True, loads=json.loads)
    assert a.loader is ArtifactLoader.json and a.output and a.loads is json.loads
    assert a._dump() == {"name": "a", "path": "/a"}
    assert [loader.value for loader in ArtifactLoader] == ["json", "file"]
    with pytest.raises(ValueError, match=r"loader='pickle' is not an ArtifactLoader"):
        Artifact(name="a", loader="pickle")


def test_a_name_is_required_and_copies_keep_the_fields() -> None:
    with pytest.raises(DSLError, match=r"^an artifact has no name; every artifact needs name=$"):
        Artifact(path="/x")._dump()
    with pytest.raises(
        DSLError, match=r"^template 't': an output artifact has no name \(S3Artifact\); every"
    ):
        S3Artifact(key="k")._dump_as("outputs", "template 't'")
    b = Artifact(path="/x").with_name("b")
    assert b._dump() == {"name": "b", "path": "/x"}
    assert b == Artifact(name="b", path="/x")
    assert b.as_input().path == "/x"
    assert "path='/x'" in repr(b)
    s3 = S3Artifact(name="s", path="/s", key="k").with_name("t")
    assert type(s3) is S3Artifact and s3._dump() == {"name": "t", "path": "/s", "s3": {"key": "k"}}


def test_models_for_each_use() -> None:
    art = S3Artifact(name="a", path="/a", key="k")
    for model in (art.as_input(), art.as_output(), art.as_argument()):
        assert isinstance(model, m.Artifact)
        assert model.s3 is not None and model.s3.key == "k"


def test_equality_compares_types_and_written_data() -> None:
    assert S3Artifact(name="a", key="k", access_key_secret=SECRET) == S3Artifact(
        name="a", key="k", access_key_secret=SECRET_DATA
    )
    assert S3Artifact(name="a", key="k") != S3Artifact(name="a", key="other")
    assert S3Artifact(name="a", key="k") != Artifact(name="a", s3={"key": "k"})
    assert Artifact(name="a") != "a"
    with pytest.raises(TypeError):
        hash(Artifact(name="a"))


# -- storage kinds ------------------------------------------------------------------------------------------

KIND_CASES: list[tuple[Any, str, dict[str, Any]]] = [
    (
        S3Artifact(
            name="a",
            key="k",
            bucket="b",
            endpoint="minio:9000",
            region="r",
            insecure=True,
            role_arn="arn",
            use_sdk_creds=False,
            addressing_style="path",
            access_key_secret=SECRET,
            secret_key_secret=SECRET,
            session_token_secret=SECRET,
            ca_secret=SECRET,
            create_bucket_if_not_present={"objectLocking": True},
            encryption_options=m.S3EncryptionOptions(enable_encryption=True),
        ),
        "s3",
        {
            "key": "k",
            "bucket": "b",
            "endpoint": "minio:9000",
            "region": "r",
            "insecure": True,
            "roleARN": "arn",
            "useSDKCreds": False,
            "addressingStyle": "path",
            "accessKeySecret": SECRET_DATA,
            "secretKeySecret": SECRET_DATA,
            "sessionTokenSecret": SECRET_DATA,
            "caSecret": SECRET_DATA,
            "createBucketIfNotPresent": {"objectLocking": True},
            "encryptionOptions": {"enableEncryption": True},
        },
    ),
    (
        GCSArtifact(name="a", bucket="b", key="k", service_account_key_secret=SECRET),
        "gcs",
        {"bucket": "b", "key": "k", "serviceAccountKeySecret": SECRET_DATA},
    ),
    (
        GitArtifact(
            name="a",
            repo="https://g/r.git",
            revision="v1",
            branch="main",
            depth=1,
            single_branch=True,
            fetch=["refs/*"],
            disable_submodules=True,
            insecure_ignore_host_key=True,
            insecure_skip_tls=False,
            ssh_private_key_secret=SECRET,
            username_secret=SECRET,
            password_secret=SECRET,
        ),
        "git",
        {
            "repo": "https://g/r.git",
            "revision": "v1",
            "branch": "main",
            "depth": 1,
            "singleBranch": True,
            "fetch": ["refs/*"],
            "disableSubmodules": True,
            "insecureIgnoreHostKey": True,
            "insecureSkipTLS": False,
            "sshPrivateKeySecret": SECRET_DATA,
            "usernameSecret": SECRET_DATA,
            "passwordSecret": SECRET_DATA,
        },
    ),
    (
        HTTPArtifact(
            name="a",
            url="https://x/y",
            headers={"X-A": "1", "X-B": "2"},
            auth=BasicAuth(username_secret=SECRET, password_secret=SECRET),
            save_stream_via_file=True,
        ),
        "http",
        {
            "url": "https://x/y",
            "headers": [{"name": "X-A", "value": "1"}, {"name": "X-B", "value": "2"}],
            "auth": {"basicAuth": {"usernameSecret": SECRET_DATA, "passwordSecret": SECRET_DATA}},
            "saveStreamViaFile": True,
        },
    ),
    (
        ArtifactoryArtifact(name="a", url="http://af/x", username_secret=SECRET, password_secret=SECRET),
        "artifactory",
        {"url": "http://af/x", "usernameSecret": SECRET_DATA, "passwordSecret": SECRET_DATA},
    ),
    (
        HDFSArtifact(
            name="a",
            path="/in/container",
            hdfs_path="/in/hdfs",
            addresses=["nn:8020"],
            force=True,
            hdfs_user="root",
            data_transfer_protection="privacy",
            krb_c_cache_secret=SECRET,
            krb_keytab_secret=SECRET,
            krb_config_config_map={"name": "krb", "key": "conf"},
            krb_realm="R",
            krb_service_principal_name="svc",
            krb_username="u",
        ),
        "hdfs",
        {
            "path": "/in/hdfs",
            "addresses": ["nn:8020"],
            "force": True,
            "hdfsUser": "root",
            "dataTransferProtection": "privacy",
            "krbCCacheSecret": SECRET_DATA,
            "krbKeytabSecret": SECRET_DATA,
            "krbConfigConfigMap": {"name": "krb", "key": "conf"},
            "krbRealm": "R",
            "krbServicePrincipalName": "svc",
            "krbUsername": "u",
        },
    ),
    (
        OSSArtifact(
            name="a",
            key="k",
            bucket="b",
            endpoint="e",
            create_bucket_if_not_present=True,
            security_token="token-value",
            use_sdk_creds=False,
            access_key_secret=SECRET,
            secret_key_secret=SECRET,
            lifecycle_rule={"markDeletionAfterDays": 3},
        ),
        "oss",
        {
            "key": "k",
            "bucket": "b",
            "endpoint": "e",
            "createBucketIfNotPresent": True,
            "securityToken": "token-value",
            "useSDKCreds": False,
            "accessKeySecret": SECRET_DATA,
            "secretKeySecret": SECRET_DATA,
            "lifecycleRule": {"markDeletionAfterDays": 3},
        },
    ),
    (RawArtifact(name="a", data="hello\n"), "raw", {"data": "hello\n"}),
    (
        AzureArtifact(
            name="a",
            endpoint="https://acct",
            container="c",
            blob="b",
            account_key_secret=SECRET,
            use_sdk_creds=False,
        ),
        "azure",
        {
            "endpoint": "https://acct",
            "container": "c",
            "blob": "b",
            "accountKeySecret": SECRET_DATA,
            "useSDKCreds": False,
        },
    ),
    (
        PluginArtifact(
            name="a", plugin_name="driver", key="k", configuration="c: 1\n", connection_timeout_seconds=5
        ),
        "plugin",
        {"name": "driver", "key": "k", "configuration": "c: 1\n", "connectionTimeoutSeconds": 5},
    ),
]


@pytest.mark.parametrize(("artifact", "kind", "location"), KIND_CASES, ids=[k for _, k, _ in KIND_CASES])
def test_each_kind_writes_its_location(artifact: Any, kind: str, location: dict[str, Any]) -> None:
    data = artifact._dump()
    assert data["name"] == "a"
    assert data[kind] == location
    assert [key for key in LOCATION_KEYS if key in data] == [kind]
    assert KIND_CLASSES[kind] is type(artifact)
    model = artifact.as_output()
    assert getattr(model, kind) is not None


def test_every_kind_in_one_workflow_is_schema_valid() -> None:
    with Workflow(generate_name="kinds-", entrypoint="main") as w:
        Container(
            name="main",
            image="busybox",
            outputs=[artifact.with_name(f"out-{kind}") for artifact, kind, _ in KIND_CASES],
        )
    for artifact in w.to_dict()["spec"]["templates"][0]["outputs"]["artifacts"]:
        assert artifact["name"].startswith("out-")
    assert_schema_valid(w.to_dict())


def test_each_kind_covers_exactly_the_fields_of_the_schema() -> None:
    schema = json.loads(require(WORKFLOWS_SCHEMA).read_text())["definitions"]
    names = {
        "s3": "S3Artifact",
        "gcs": "GCSArtifact",
        "git": "GitArtifact",
        "http": "HTTPArtifact",
        "artifactory": "ArtifactoryArtifact",
        "hdfs": "HDFSArtifact",
        "oss": "OSSArtifact",
        "raw": "RawArtifact",
        "azure": "AzureArtifact",
        "plugin": "PluginArtifact",
    }
    assert set(names) == set(KIND_CLASSES) == set(LOCATION_KEYS)
    artifact_keys = set(schema["io.argoproj.workflow.v1alpha1.Artifact"]["properties"])
    assert set(LOCATION_KEYS) <= artifact_keys
    for kind, cls in KIND_CLASSES.items():
        properties = set(schema[f"io.argoproj.workflow.v1alpha1.{names[kind]}"]["properties"])
        assert {key for _, key in cls._FIELDS} == properties, kind
        fields = {f.name for f in dataclasses.fields(cls) if f.init}
        assert {attr for attr, _ in cls._FIELDS} <= fields, kind


def test_hera_keyword_names_for_renamed_fields() -> None:
    assert HDFSArtifact(name="a", hdfs_path="/p", path="/c")._dump()["hdfs"] == {"path": "/p"}
    assert PluginArtifact(name="a", plugin_name="p", key="k")._dump()["plugin"] == {"name": "p", "key": "k"}
    assert S3Artifact(name="a", role_arn="r")._dump()["s3"] == {"roleARN": "r"}
    assert GitArtifact(name="a", repo="r", insecure_skip_tls=True)._dump()["git"] == {
        "insecureSkipTLS": True,
        "repo": "r",
    }


def test_a_plain_artifact_takes_a_location_object_a_model_or_a_dict() -> None:
    by_object = Artifact(name="a", s3=S3Artifact(key="k", bucket="b"))
    by_model = Artifact(name="a", s3=m.S3Artifact(key="k", bucket="b"))
    by_dict = Artifact(name="a", s3={"key": "k", "bucket": "b"})
    assert (
        by_object._dump()
        == by_model._dump()
        == by_dict._dump()
        == {"name": "a", "s3": {"bucket": "b", "key": "k"}}
    )
    with pytest.raises(
        InvalidType,
        match=r"Artifact 'a': s3= takes S3Artifact\(\.\.\.\) \(or its model, or a dict\), not GCSArtifact",
    ):
        Artifact(name="a", s3=GCSArtifact(key="k"))._dump()
    with pytest.raises(
        InvalidType, match=r"s3= takes S3Artifact\(\.\.\.\) \(or its model, or a dict\), not Artifact"
    ):
        Artifact(name="a", s3=Artifact(name="b"))._dump()
    assert Artifact(name="a", s3=Artifact(name="b")) != Artifact(name="a", s3=Artifact(name="c"))


def test_http_auth_kinds_and_header_lists() -> None:
    oauth = OAuth2Auth(
        client_id_secret=SECRET,
        client_secret_secret=SECRET,
        token_url_secret=SECRET,
        scopes=["a", "b"],
        endpoint_params={"k1": "v1", "k2": "v2"},
    )
    data = HTTPArtifact(name="a", url="u", auth=oauth)._dump()["http"]
    assert data["auth"] == {
        "oauth2": {
            "clientIDSecret": SECRET_DATA,
            "clientSecretSecret": SECRET_DATA,
            "tokenURLSecret": SECRET_DATA,
            "scopes": ["a", "b"],
            "endpointParams": [{"key": "k1", "value": "v1"}, {"key": "k2", "value": "v2"}],
        }
    }
    cert = ClientCertAuth(client_cert_secret=SECRET, client_key_secret=SECRET)
    assert HTTPArtifact(name="a", url="u", auth=cert)._dump()["http"]["auth"] == {
        "clientCert": {"clientCertSecret": SECRET_DATA, "clientKeySecret": SECRET_DATA}
    }
    as_model = HTTPArtifact(
        name="a",
        url="u",
        auth=m.HTTPAuth(basic_auth=m.BasicAuth(username_secret=m.SecretKeySelector(key="u"))),
    )
    assert as_model._dump()["http"]["auth"] == {"basicAuth": {"usernameSecret": {"key": "u"}}}
    listed = HTTPArtifact(
        name="a", url="u", headers=[m.Header(name="A", value="1"), {"name": "B", "value": "2"}]
    )
    assert listed._dump()["http"]["headers"] == [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]


def test_secret_key_selector_needs_a_name_and_a_key() -> None:
    assert plain(SecretKeySelector(name="s", key="k", optional=True)) == {
        "name": "s",
        "key": "k",
        "optional": True,
    }
    with pytest.raises(DSLError, match=r"SecretKeySelector: key must be a non-empty string .* got ''"):
        SecretKeySelector(name="s", key="")
    with pytest.raises(DSLError, match=r"SecretKeySelector: name must be a non-empty string"):
        SecretKeySelector(name=None, key="k")  # type: ignore[arg-type]


def test_repr_hides_tokens_header_values_and_plugin_configuration() -> None:
    text = repr(
        HTTPArtifact(name="a", url="https://x", headers={"Authorization": "Bearer top-secret"}, path="/a")
    )
    assert "top-secret" not in text
    assert "headers={'Authorization': '***'}" in text and "url='https://x'" in text
    oss = repr(OSSArtifact(name="a", key="k", security_token="sts-token-value"))
    assert "sts-token-value" not in oss and "security_token='***'" in oss
    plugin = repr(PluginArtifact(name="a", key="k", configuration="password: hunter2"))
    assert "hunter2" not in plugin and "configuration='***'" in plugin
    assert repr(S3Artifact(name="a", key="k")) == "S3Artifact(name='a', key='k')"


# -- checks where an artifact is used ----------------------------------------------------------------------


def test_an_argument_without_from_or_location_names_the_step_and_what_is_valid() -> None:
    w = _consumer_workflow(Artifact(name="a"))
    with pytest.raises(
        DSLError,
        match=(
            r"workflow 'w-', template 'main', step 'consume': argument artifact 'a': an argument needs from_= "
            r"\(e\.g\. a task's get_artifact\(\.\.\.\)\), from_expression=, or a location \(S3Artifact\(key=\.\.\.\)"
        ),
    ):
        w.to_dict()


def test_an_s3_argument_needs_a_key_unless_it_has_from() -> None:
    w = _consumer_workflow(S3Artifact(name="a", bucket="b"))
    with pytest.raises(
        DSLError,
        match=(
            r"step 'consume': argument artifact 'a' \(S3Artifact\): key= is required in an argument without from_ "
            r"\(give it, or from_= / from_expression="
        ),
    ):
        w.to_dict()
    generic = _consumer_workflow(Artifact(name="a", s3={"bucket": "b"}))
    with pytest.raises(
        DSLError, match=r"argument artifact 'a': s3\.key is required in an argument without from_"
    ):
        generic.to_dict()
    for fine in (
        S3Artifact(name="a", key="k"),
        Artifact(name="a", from_="{{workflow.outputs.artifacts.g}}"),
        Artifact(name="a", from_expression="workflow.outputs.artifacts.g"),
        Artifact(name="a", deleted=True),
        RawArtifact(name="a", data="x"),
    ):
        manifest = _consumer_workflow(fine).to_dict()
        assert manifest["spec"]["templates"][1]["steps"][0][0]["arguments"]["artifacts"][0]["name"] == "a"


def test_dict_arguments_of_a_task_are_checked_with_the_task_named() -> None:
    with Workflow(generate_name="w-", entrypoint="main") as w:
        use = Container(name="use", image="busybox", inputs=[Artifact(name="a", path="/a")])
        with DAG(name="main"):
            use(name="t", arguments={"a": S3Artifact(bucket="b")})
    with pytest.raises(
        DSLError, match=r"template 'main', task 't': argument artifact 'a' \(S3Artifact\): key="
    ):
        w.to_dict()


def test_workflow_arguments_are_checked_with_the_workflow_named() -> None:
    with WorkflowTemplate(name="wt", entrypoint="main", arguments=[GitArtifact(name="src")]) as w:
        Container(name="main", image="busybox", inputs=[Artifact(name="src", path="/src")])
    with pytest.raises(
        DSLError, match=r"^workflow 'wt': argument artifact 'src' \(GitArtifact\): repo= is required$"
    ):
        w.to_dict()


def test_required_location_fields_are_checked_in_every_use() -> None:
    with Workflow(generate_name="w-", entrypoint="main") as w:
        Container(name="main", image="busybox", outputs=[GCSArtifact(name="out", path="/out", bucket="b")])
    with pytest.raises(
        DSLError, match=r"template 'main': output artifact 'out' \(GCSArtifact\): key= is required$"
    ):
        w.to_dict()
    with pytest.raises(DSLError, match=r"artifact 'a' \(AzureArtifact\): endpoint=, blob= are required"):
        AzureArtifact(name="a", container="c")._dump()
    with pytest.raises(DSLError, match=r"artifact 'a' \(HDFSArtifact\): hdfs_path= is required"):
        HDFSArtifact(name="a", path="/in/container")._dump()
    with pytest.raises(DSLError, match=r"artifact 'a': gcs\.key is required"):
        Artifact(name="a", gcs={"bucket": "b"})._dump()


def test_an_error_about_a_location_does_not_show_its_values() -> None:
    with pytest.raises(DSLError) as error:
        HTTPArtifact(name="a", headers={"Authorization": "Bearer top-secret"})._dump()
    assert "url= is required" in str(error.value) and "top-secret" not in str(error.value)


def test_an_input_cannot_take_from() -> None:
    with Workflow(generate_name="w-", entrypoint="main") as w:
        Container(
            name="main",
            image="busybox",
            inputs=[Artifact(name="a", path="/a", from_="{{inputs.artifacts.x}}")],
        )
    with pytest.raises(
        DSLError,
        match=r"template 'main': input artifact 'a': from_ is not valid in inputs .* pass from_ in the arguments",
    ):
        w.to_dict()


def test_one_location_per_artifact() -> None:
    with pytest.raises(
        DSLError, match=r"artifact 'a': it has 2 locations \(gcs, s3\); an artifact is stored in one place"
    ):
        Artifact(name="a", s3={"key": "k"}, gcs={"key": "k"})._dump()


# -- garbage collection, repository, archive location ------------------------------------------------------


def test_artifact_gc_on_the_workflow_and_on_an_artifact() -> None:
    with Workflow(
        generate_name="gc-",
        entrypoint="main",
        artifact_gc=ArtifactGC(
            strategy=ArtifactGCStrategy.on_workflow_deletion,
            service_account_name="gc",
            pod_metadata={"labels": {"a": "b"}},
            force_finalizer_removal=True,
            pod_spec_patch="{}",
        ),
    ) as w:
        Container(
            name="main",
            image="busybox",
            outputs=[S3Artifact(name="o", path="/o", key="k", artifact_gc=ArtifactGC(strategy="Never"))],
        )
    manifest = w.to_dict()
    assert manifest["spec"]["artifactGC"] == {
        "forceFinalizerRemoval": True,
        "podSpecPatch": "{}",
        "serviceAccountName": "gc",
        "strategy": "OnWorkflowDeletion",
        "podMetadata": {"labels": {"a": "b"}},
    }
    assert manifest["spec"]["templates"][0]["outputs"]["artifacts"][0]["artifactGC"] == {"strategy": "Never"}
    assert_schema_valid(manifest)


def test_artifact_gc_checks() -> None:
    with pytest.raises(
        ValueError, match=r"ArtifactGC: strategy='Sometimes' is not an artifact GC strategy; valid: 'OnW"
    ):
        ArtifactGC(strategy="Sometimes")
    with pytest.raises(
        DSLError, match=r"artifact 'o': artifact_gc: force_finalizer_removal and pod_spec_patch are only"
    ):
        Artifact(name="o", artifact_gc=ArtifactGC(force_finalizer_removal=True))._dump()


def test_repository_ref_and_archive_location() -> None:
    with Workflow(
        generate_name="repo-",
        entrypoint="main",
        artifact_repository_ref=ArtifactRepositoryRef(config_map="repos", key="my-key"),
    ) as w:
        Container(
            name="main",
            image="busybox",
            archive_location=ArtifactLocation(
                archive_logs=True, s3=S3Artifact(bucket="logs", key="{{workflow.name}}")
            ),
        )
    manifest = w.to_dict()
    assert manifest["spec"]["artifactRepositoryRef"] == {"configMap": "repos", "key": "my-key"}
    assert manifest["spec"]["templates"][0]["archiveLocation"] == {
        "archiveLogs": True,
        "s3": {"bucket": "logs", "key": "{{workflow.name}}"},
    }
    assert_schema_valid(manifest)
    with pytest.raises(
        InvalidType, match=r"ArtifactLocation: gcs= takes GCSArtifact\(\.\.\.\) .* not S3Artifact"
    ):
        plain(ArtifactLocation(gcs=S3Artifact(key="k")))


# -- loading ---------------------------------------------------------------------------------------------

MANIFEST = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Workflow",
    "metadata": {"generateName": "load-"},
    "spec": {
        "entrypoint": "main",
        "templates": [
            {
                "name": "main",
                "container": {"image": "busybox"},
                "inputs": {
                    "artifacts": [
                        {
                            "name": "in",
                            "path": "/in",
                            "s3": {"key": "k", "bucket": "b", "accessKeySecret": {"key": "a", "name": "s"}},
                        },
                        {"name": "odd", "path": "/odd", "s3": {"key": "k", "futureField": 1}},
                    ]
                },
                "outputs": {
                    "artifacts": [
                        {
                            "path": "/out",
                            "name": "out",
                            "archive": {"tar": {"compressionLevel": 1}},
                            "artifactGC": {"strategy": "Never", "serviceAccountName": "gc"},
                            "http": {"url": "https://x", "headers": [{"name": "A", "value": "1"}]},
                        }
                    ]
                },
            }
        ],
    },
}


def test_loading_gives_kind_objects_that_write_the_manifest_back_exactly() -> None:
    w = Workflow.from_dict(MANIFEST)
    template = w.templates[0]
    loaded_in, odd = template.inputs
    (loaded_out,) = template.outputs
    assert type(loaded_in) is S3Artifact and loaded_in.key == "k" and loaded_in.bucket == "b"
    assert loaded_in.access_key_secret == {"key": "a", "name": "s"}
    assert type(odd) is Artifact and odd.s3 == {"key": "k", "futureField": 1}
    assert type(loaded_out) is HTTPArtifact and loaded_out.url == "https://x"
    assert isinstance(loaded_out.archive, TarArchiveStrategy) and loaded_out.archive.compression_level == 1
    assert isinstance(loaded_out.artifact_gc, ArtifactGC) and loaded_out.artifact_gc.strategy == "Never"
    assert w.to_dict(validate=False) == MANIFEST
    assert w.to_yaml(validate=False) == dump(MANIFEST)


def test_loaded_artifacts_ignore_class_defaults_and_can_be_changed() -> None:
    expected = S3Artifact(
        name="in",
        path="/in",
        key="changed",
        bucket="b",
        access_key_secret=SecretKeySelector(name="s", key="a"),
    )
    global_config.set_class_defaults(S3Artifact, region="eu")
    w = Workflow.from_dict(MANIFEST)
    loaded = w.templates[0].inputs[0]
    assert loaded.region is None
    loaded.key = "changed"
    assert w.to_dict(validate=False)["spec"]["templates"][0]["inputs"]["artifacts"][0]["s3"] == {
        "key": "changed",
        "bucket": "b",
        "accessKeySecret": {"key": "a", "name": "s"},
    }
    assert loaded == expected


# -- class defaults and hooks ------------------------------------------------------------------------------


def test_class_defaults_apply_along_the_class_hierarchy() -> None:
    global_config.set_class_defaults(Artifact, optional=True)
    global_config.set_class_defaults(S3Artifact, bucket="default-bucket", archive=NoneArchiveStrategy())
    assert S3Artifact(name="a", key="k")._dump() == {
        "name": "a",
        "optional": True,
        "archive": {"none": {}},
        "s3": {"bucket": "default-bucket", "key": "k"},
    }
    assert S3Artifact(name="a", key="k", bucket="mine", optional=False)._dump()["s3"]["bucket"] == "mine"
    assert GCSArtifact(name="g", key="k")._dump() == {"name": "g", "optional": True, "gcs": {"key": "k"}}


def test_pre_build_hooks_run_where_the_artifact_is_written() -> None:
    @global_config.register_pre_build_hook
    def prefix(artifact: S3Artifact) -> S3Artifact:
        return dataclasses.replace(artifact, key=f"team/{artifact.key}")

    with Workflow(generate_name="hooks-", entrypoint="main") as w:
        Container(
            name="main",
            image="busybox",
            outputs=[S3Artifact(name="o", path="/o", key="k"), Artifact(name="p", path="/p")],
        )
    artifacts = w.to_dict()["spec"]["templates"][0]["outputs"]["artifacts"]
    assert artifacts == [{"name": "o", "path": "/o", "s3": {"key": "team/k"}}, {"name": "p", "path": "/p"}]


def test_upstream_manifests_load_into_kind_classes() -> None:
    webhdfs = Workflow.from_file(require(WORKFLOWS_EXAMPLES / "webhdfs-input-output-artifacts.yaml"))
    template = webhdfs.templates[0]
    assert [type(a) for a in (*template.inputs, *template.outputs)] == [HTTPArtifact, HTTPArtifact]
    assert template.inputs[0].auth["oauth2"]["scopes"] == ["some", "scopes"]
    archived = Workflow.from_file(require(WORKFLOWS_EXAMPLES / "artifact-disable-archive.yaml"))
    outputs = next(t for t in archived.templates if t.name == "hello-world-to-file").outputs
    assert [type(a.archive) for a in outputs] == [
        NoneArchiveStrategy,
        NoneArchiveStrategy,
        TarArchiveStrategy,
    ]
    assert outputs[2].archive.compression_level == 0
