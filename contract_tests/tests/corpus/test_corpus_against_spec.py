"""Every response in the corpus fits the curated spec, and each exchange proves the discrepancy entries it names.

Observed exchanges must be accepted as recorded. The vendor's own examples (`documented`) may break the curated
spec only at nodes that carry one of the entries they name: there the wire contradicts the docs.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
import referencing
import referencing.jsonschema

from contract_tests.corpus import CORPUS_DIR, Check, CorpusError, CorpusExchange, load_corpus, resolve
from contract_tests.record import as_documented, curated_without_records, discrepancies, load_spec

RAW = load_spec()
CURATED = curated_without_records(RAW)
CORPUS = load_corpus()
OBSERVED = [e for e in CORPUS if e.kind == "observed"]
DOCUMENTED = [e for e in CORPUS if e.kind == "documented"]
URI = "urn:corpus-spec"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def response_schema_pointer(document: dict[str, Any], operation: str, status: str) -> str:
    """The pointer to the JSON schema of `operation`'s `status` answer (following a `$ref`ed response)."""
    for path, item in document["paths"].items():
        for method, candidate in item.items():
            if isinstance(candidate, dict) and candidate.get("operationId") == operation:
                base = f"/paths/{_escape(path)}/{method}/responses/{status}"
                response = resolve(document, base)
                if "$ref" in response:
                    base = str(response["$ref"]).removeprefix("#")
                return f"{base}/content/application~1json/schema"
    raise KeyError(f"no operation {operation!r}")


def _target(document: dict[str, Any], check: Check, body: Any) -> tuple[str, Any]:
    if check.operation is not None:
        assert check.status is not None
        return response_schema_pointer(document, check.operation, check.status), body
    assert check.schema is not None
    instance = resolve(body, check.instance)
    if check.drop and isinstance(instance, dict):
        instance = {k: v for k, v in instance.items() if k not in check.drop}
    return check.schema, instance


def schema_nodes(document: dict[str, Any], start: str, steps: list[Any]) -> tuple[str, ...]:
    """Every schema node a jsonschema error's schema path passes through (the path leaves `$ref` hops out, so a
    step the current node lacks is looked up behind its `$ref`)."""
    current, passed = start, [start]
    for step in steps:
        node = resolve(document, current)
        while isinstance(node, dict) and str(step) not in node and "$ref" in node:
            current = str(node["$ref"]).removeprefix("#")
            passed.append(current)
            node = resolve(document, current)
        current = f"{current}/{_escape(str(step))}"
        passed.append(current)
    return tuple(passed)


def failures(document: dict[str, Any], check: Check, body: Any) -> list[tuple[str, tuple[str, ...]]]:
    """(message, schema nodes the failure passed through) for each way `body` breaks the check's schema."""
    pointer, instance = _target(document, check, body)
    resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(URI, resource)
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{URI}#{pointer}"}, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [
        (
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}",
            schema_nodes(document, pointer, list(e.absolute_schema_path)),
        )
        for e in validator.iter_errors(instance)
    ]


def test_the_corpus_holds_observed_and_documented_exchanges() -> None:
    assert len(OBSERVED) >= 8
    assert len(DOCUMENTED) >= 10
    assert {b["operation"] for e in CORPUS for b in e.raw["bears_on"]} >= {
        "generateInvoiceNumber",
        "createAndSendInvoice",
        "deleteInvoice",
    }


@pytest.mark.parametrize("exchange", OBSERVED, ids=[e.id for e in OBSERVED])
def test_every_observed_response_fits_the_curated_spec(exchange: CorpusExchange) -> None:
    found = [message for check in exchange.checks for message, _ in failures(CURATED, check, exchange.body)]
    assert found == [], f"{exchange.id}: the curated spec rejects a recorded answer:\n" + "\n".join(found)


@pytest.mark.parametrize("exchange", DOCUMENTED, ids=[e.id for e in DOCUMENTED])
def test_a_vendor_example_fits_the_curated_spec_except_where_the_record_says_why(exchange: CorpusExchange) -> None:
    entries = {d.id: d.pointer for d in discrepancies(RAW)}
    explained = {entries[name] for name in exchange.evidence_for}
    unexplained = [
        message
        for check in exchange.checks
        for message, nodes in failures(CURATED, check, exchange.body)
        if not explained.intersection(nodes)
    ]
    assert unexplained == [], f"{exchange.id}: breaks the curated spec with no entry saying why:\n" + "\n".join(
        unexplained
    )


@pytest.mark.parametrize("exchange", OBSERVED, ids=[e.id for e in OBSERVED])
def test_an_observed_exchange_proves_the_entries_it_names(exchange: CorpusExchange) -> None:
    for entry in exchange.evidence_for:
        documented = as_documented(RAW, only=frozenset({entry}))
        found = [m for check in exchange.checks for m, _ in failures(documented, check, exchange.body)]
        assert found, f"{exchange.id} names {entry}, but the spec as documented there accepts it too"


def test_evidence_names_only_recorded_entries() -> None:
    recorded = {d.id for d in discrepancies(RAW)}
    named = {entry for exchange in CORPUS for entry in exchange.evidence_for}
    assert named <= recorded, sorted(named - recorded)


def test_the_spec_cites_only_exchanges_that_exist() -> None:
    cited = set(re.findall(r"corpus ([0-9]{4}-[0-9]{2}-[a-z0-9-]+)", json.dumps(RAW)))
    cited |= set(re.findall(r"and ([0-9]{4}-[0-9]{2}-[a-z0-9-]+)", json.dumps(RAW)))
    assert cited, "the spec's evidence cites no corpus exchange"
    assert cited <= {e.id for e in CORPUS}, sorted(cited - {e.id for e in CORPUS})


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")


def test_the_corpus_carries_no_token_and_no_personal_data() -> None:
    for path in sorted(CORPUS_DIR.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"pit-[0-9a-f]{8}", text), path.name
        assert not re.search(r"eyJ[A-Za-z0-9_-]{10,}\.", text), path.name
        for match in re.finditer(r'"Authorization": "([^"]*)"', text):
            assert match.group(1) == "Bearer <redacted>", path.name
        domains = {m.group(1).lower() for m in _EMAIL.finditer(text)}
        assert domains <= {"example.com", "example.invalid"}, (path.name, domains)


def test_a_malformed_corpus_file_is_refused_with_its_name(tmp_path: Any) -> None:
    (tmp_path / "broken.json").write_text('{"id": "broken"}', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken\.json: lacks title"):
        load_corpus(tmp_path)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot be read as JSON"):
        load_corpus(tmp_path)
