"""Every upstream Argo Workflows example written with the DSL (examples/upstream/).

Each `examples/upstream/<path>.py` mirrors `../shared/upstream-examples/argo-workflows-v4.1.2/<path>.yaml`. It must
produce the YAML committed next to it exactly, that YAML must validate against the pinned schema, and it must
equal the upstream documents of the DSL kinds after `tools.examples.normalise` (templates sorted by name; nothing
else). An example whose upstream manifest Argo itself rejects offline says why in `INVALID_UPSTREAM`; it is
built without validation and the test asserts that validation does find a problem. Examples are written with the DSL classes, not raw models or hand-written dicts.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from hera.shared._yaml import load_all
from hera.workflows.validation import validate_manifest
from tools import examples, testing

SCRIPTS = sorted(examples.UPSTREAM_EXAMPLES.rglob("*.py"))
IDS = [str(s.relative_to(examples.UPSTREAM_EXAMPLES)) for s in SCRIPTS]
RAW = re.compile(r"\bmodels\.|from hera\.workflows\.models import|\bm\.[A-Z]")


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_example_produces_its_yaml_and_the_upstream_manifest(script: Path) -> None:
    upstream_file = testing.require(examples.upstream_source(script))
    manifests, invalid_because = examples.manifests(script)
    if invalid_because:
        assert any(validate_manifest(m) for m in manifests), (
            f"{script.name} says its upstream is invalid ({invalid_because}) but offline validation finds nothing"
        )
    committed = load_all(script.with_suffix(".yaml").read_text())
    assert manifests == committed, f"{script.name} no longer produces the YAML committed next to it"
    for manifest in manifests:
        testing.assert_schema_valid(manifest)
    upstream = [
        doc
        for doc in load_all(upstream_file.read_text())
        if isinstance(doc, dict) and doc.get("kind") in examples.DSL_KINDS
    ]
    assert [examples.normalise(copy.deepcopy(m)) for m in manifests] == [
        examples.normalise(copy.deepcopy(d)) for d in upstream
    ]


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_example_uses_the_dsl_not_raw_models(script: Path) -> None:
    assert not RAW.search(script.read_text()), f"{script.name} uses a raw generated model"


# Upstream files with no document of a DSL kind: there is nothing for the DSL to write.
NO_WORKFLOW_DOCUMENT = {
    "configmaps/simple-parameters-configmap.yaml": "holds only a ConfigMap",
    "testvolume.yaml": "holds only a PersistentVolumeClaim",
    "workflow-count-resourcequota.yaml": "holds only a ResourceQuota",
}


def test_every_upstream_example_has_a_dsl_version() -> None:
    root = testing.require(testing.WORKFLOWS_EXAMPLES)
    upstream = {str(p.relative_to(root)) for p in root.rglob("*.yaml")}
    written = {str(s.relative_to(examples.UPSTREAM_EXAMPLES).with_suffix(".yaml")) for s in SCRIPTS}
    assert written <= upstream, f"examples without an upstream manifest: {sorted(written - upstream)}"
    assert upstream - written == set(NO_WORKFLOW_DOCUMENT)
    for name in NO_WORKFLOW_DOCUMENT:
        kinds = {doc.get("kind") for doc in load_all((root / name).read_text()) if isinstance(doc, dict)}
        assert not kinds & set(examples.DSL_KINDS), f"{name} does hold a document the DSL can write"
    assert len(written) >= 150
