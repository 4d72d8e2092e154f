"""What the reports are made of, each on its own: the docs-drift verdict a run may use, counts that add up, a
reproduction aimed at the real target, and quoted answers that are never cut mid-word."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import requests
from schemathesis.core.transport import Response

from contract_tests.docs_drift.provenance import KEY, spec_sha256
from contract_tests.record import CURATED_SPEC, discrepancies
from contract_tests.suite.docs_verdicts import read_report, verdicts
from contract_tests.suite.html_report import DETAIL_LIMIT, render
from contract_tests.suite.outcome import RunOutcome
from contract_tests.suite.preflight import judge
from contract_tests.suite.reproduction import for_settings
from contract_tests.suite.results import ProofOutcome, RunResults
from contract_tests.suite.schemas import raw_curated
from contract_tests.suite.settings import load_settings
from contract_tests.suite.summary import RunFacts
from contract_tests.tests.suite.conftest import REPO_ROOT

DOCS_ENTRIES = [e for e in discrepancies(raw_curated()) if e.proof.get("kind") == "vendor-docs"]
JOB = {"GITHUB_RUN_ID": "4242", "GITHUB_RUN_ATTEMPT": "1"}


def docs_report(directory: Path, *, job: str | None = "4242.1", digest: str | None = None, **data: object) -> Path:
    payload = {
        "exit_code": 0,
        "status": "ok",
        "vendor_source": "https://vendor.example/invoices.json",
        "findings": [],
        KEY: {"spec_sha256": digest or spec_sha256(CURATED_SPEC), "job": job, "written": "2026-12-01T03:17:00Z"},
        **data,
    }
    (directory / "docs-drift.json").write_text(json.dumps(payload))
    return directory


# --- the docs-drift verdict of the same job --------------------------------------------------------------------


def test_the_same_jobs_docs_drift_verdict_settles_the_vendor_docs_proofs(tmp_path: Path) -> None:
    fixed = DOCS_ENTRIES[0].id
    finding = {
        "class": "fixed-in-docs",
        "entry": fixed,
        "path": "/x",
        "message": f"{fixed}: the docs no longer state 1",
    }
    docs_report(tmp_path, findings=[finding], not_compared=[f"{DOCS_ENTRIES[1].id}: 2 claim(s) on c.json not checked"])
    outcomes = {o.entry_id: o for o in verdicts(DOCS_ENTRIES, read_report(tmp_path, CURATED_SPEC, JOB))}
    assert set(outcomes) == {e.id for e in DOCS_ENTRIES}
    assert outcomes[fixed].status == "resolved"
    assert "the docs no longer state 1" in outcomes[fixed].detail
    assert outcomes[DOCS_ENTRIES[1].id].status == "unproven"
    assert {o.status for i, o in outcomes.items() if i not in (fixed, DOCS_ENTRIES[1].id)} == {"present"}


def test_a_docs_drift_that_could_not_compare_leaves_them_unproven(tmp_path: Path) -> None:
    docs_report(tmp_path, status="error", exit_code=2, error="vendor source unreadable: HTTP 404")
    outcomes = verdicts(DOCS_ENTRIES, read_report(tmp_path, CURATED_SPEC, JOB))
    assert {o.status for o in outcomes} == {"unproven"}
    assert all("HTTP 404" in o.detail for o in outcomes)


def test_another_jobs_or_another_specs_docs_drift_is_not_this_runs_verdict(tmp_path: Path) -> None:
    for name in ("job", "spec", "old", "none"):
        (tmp_path / name).mkdir()
    docs_report(tmp_path / "job", job="17.1")
    docs_report(tmp_path / "spec", digest="0" * 64)
    (tmp_path / "old" / "docs-drift.json").write_text(json.dumps({"status": "ok", "findings": []}))
    reasons = {"job": "another job", "spec": "another version", "old": "does not say", "none": "no docs-drift.json"}
    for name, words in reasons.items():
        outcomes = verdicts(DOCS_ENTRIES, read_report(tmp_path / name, CURATED_SPEC, JOB))
        assert {o.status for o in outcomes} == {"not run"}, name
        assert all(o.detail.startswith("not judged here: ") and words in o.detail for o in outcomes), name


# --- counts that add up ----------------------------------------------------------------------------------------


def test_replay_counts_add_up_to_the_exchanges() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "replay.py"), str(REPO_ROOT / "contract_tests/corpus/exchanges")],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    line = done.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"replay: (\d+) exchanges \((.*)\); (\d+) checks run; \d+ violations", line)
    assert match, line
    parts = [int(n) for n in re.findall(r"(?:^|, )(\d+) ", match.group(2))]
    assert sum(parts) == int(match.group(1)), line
    assert int(match.group(3)) >= int(match.group(1)) - parts[0]  # some exchanges have more than one check


# --- reproductions aimed at the real target -------------------------------------------------------------------

FAILURE = "    curl -X POST -H 'Version: 2021-07-28' -H 'Authorization: [Filtered]' -d '{}' http://testserver/invoices/text2pay"


def test_a_served_runs_reproduction_goes_to_its_server_with_the_token_as_a_variable() -> None:
    settings = load_settings({"CONTRACT_BASE_URL": "http://127.0.0.1:8799"})
    reproduction = for_settings(settings)
    assert reproduction.apply(FAILURE) == (
        "    curl -X POST -H 'Version: 2021-07-28' -H \"Authorization: Bearer $HIGHLEVEL_TOKEN\" -d '{}' "
        "http://127.0.0.1:8799/invoices/text2pay"
    )
    assert "export HIGHLEVEL_TOKEN=" in reproduction.preamble()
    assert "make emulator" not in reproduction.preamble()


def test_a_live_runs_reproduction_goes_to_the_live_api_and_warns_of_drafts() -> None:
    env = {
        "HIGHLEVEL_TOKEN": "pit-secret",
        "HIGHLEVEL_LOCATION_ID": "loc",
        "HIGHLEVEL_TEST_LOCATION_ID": "loc",
        "HIGHLEVEL_USER_ID": "u",
        "HIGHLEVEL_CONTACT_ID": "c",
    }
    reproduction = for_settings(load_settings(env))
    assert "https://services.leadconnectorhq.com/invoices/text2pay" in reproduction.apply(FAILURE)
    assert "delete it afterwards" in reproduction.preamble()
    assert "pit-secret" not in reproduction.preamble() + reproduction.apply(FAILURE)


# --- never cut mid-word ----------------------------------------------------------------------------------------

WORDS = "invoice " * 40 + "Supercalifragilisticexpialidocious " * 20


def _words_are_whole(shown: str, source: str) -> bool:
    allowed = set(re.findall(r"\w+", source))
    return set(re.findall(r"\w+", shown.replace("[...]", ""))) <= allowed


def test_a_preflight_cause_quotes_a_huge_answer_at_a_word_boundary() -> None:
    request = requests.Request("GET", "http://testserver/invoices/generate-invoice-number").prepare()
    body = json.dumps({"message": "Invalid JWT " + WORDS}).encode()
    response = Response(401, {"content-type": ["application/json"]}, body, request, 0.0, True)
    verdict = judge(response, "loc")
    assert verdict.status == "failed"
    assert "[...]" in verdict.detail
    advice = verdict.detail.split("(the target")[0]
    assert _words_are_whole(verdict.detail, f"{advice} the target answered 401 Invalid JWT {WORDS}")


def test_a_long_proof_detail_collapses_behind_whole_words_in_the_html() -> None:
    results = RunResults()
    detail = "t2p-x: " + WORDS
    results.record_proof(ProofOutcome("t2p-x", "status-code", "present", detail))
    facts = RunFacts("target", "curated", "ci", "1", 0, (), None, entries=(("t2p-x", "status-code"),))
    page = render(results, facts, RunOutcome("passed"))
    summary = re.search(r"<details><summary>(.*?)</summary>", page)
    assert summary, page[-3000:]
    assert len(summary.group(1)) <= DETAIL_LIMIT + 10
    assert summary.group(1).endswith(" ...")
    assert _words_are_whole(summary.group(1), detail)
    assert detail in page  # the whole text is there, behind the summary
