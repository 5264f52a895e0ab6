from __future__ import annotations

from hera.events._source_kinds import SOURCE_KINDS, kind_key
from hera.events.models import EventSourceSpec


def test_table_lists_every_source_kind_of_the_generated_spec():
    fields = {
        name: field.alias or name
        for name, field in EventSourceSpec.model_fields.items()
        if str(field.annotation).startswith("dict[str,")
    }
    assert fields == SOURCE_KINDS


def test_kind_key_accepts_both_spellings():
    assert kind_key("pub_sub") == kind_key("pubSub") == "pubSub"
    assert kind_key("webhook") == "webhook"
    assert kind_key("smtp") is None
