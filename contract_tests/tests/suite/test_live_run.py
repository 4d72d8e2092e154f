"""A live-mode run (token and location, CONTRACT_BASE_URL on loopback) against a served emulator: it creates at
most its create budget, deletes every draft it created before it ends, moves the location's invoice numbers by
exactly its creates, journals creates and deletes, and `make cleanup` finishes what a crashed run left behind."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from contract_tests.operations.text2pay import CARD as TEXT2PAY
from contract_tests.record import resolve_pointer
from contract_tests.suite.ledger import JOURNAL_NAME, outstanding, read_journal
from contract_tests.suite.schemas import spec_document
from contract_tests.suite.settings import EMULATOR_CONTACT_ID, EMULATOR_USER_ID
from contract_tests.tests.suite.conftest import REPO_ROOT, Served, run_suite
from highlevel_invoices_emulator import tokens
from highlevel_invoices_emulator.app import emulator_state

BUDGET = 3


def live_env(url: str) -> dict[str, str]:
    return {
        "CONTRACT_BASE_URL": url,
        "HIGHLEVEL_TOKEN": tokens.LOCATION_TOKEN,
        "HIGHLEVEL_LOCATION_ID": tokens.MAIN_LOCATION_ID,
        "HIGHLEVEL_TEST_LOCATION_ID": tokens.MAIN_LOCATION_ID,
        "HIGHLEVEL_USER_ID": EMULATOR_USER_ID,
        "HIGHLEVEL_CONTACT_ID": EMULATOR_CONTACT_ID,
        "CONTRACT_RATE_LIMIT": "9",
        "CONTRACT_MAX_CREATES": str(BUDGET),
    }


def next_number(url: str) -> int:
    answer = httpx.get(
        f"{url}/invoices/generate-invoice-number",
        params={"altId": tokens.MAIN_LOCATION_ID, "altType": "location"},
        headers={"Version": "2021-07-28", "Authorization": f"Bearer {tokens.LOCATION_TOKEN}"},
        trust_env=False,
    )
    return int(answer.json()["invoiceNumber"])


def stored_invoices(served: Served) -> list[Any]:
    return list(emulator_state(served.app).store.invoices(tokens.MAIN_LOCATION_ID))


def test_a_live_run_creates_within_its_budget_and_leaves_nothing_behind(
    tmp_path: Path, served_emulator: Served
) -> None:
    before = next_number(served_emulator.url)
    run = run_suite(tmp_path, "-k", "test_discrepancy", variables=live_env(served_emulator.url))
    assert run.returncode == 0, run.output[-3000:]
    figures = [line for line in run.output.splitlines() if line.startswith("contract: created")]
    assert figures, run.output[-2000:]
    created = int(figures[-1].split()[2])
    assert 1 <= created <= BUDGET, figures
    assert f"created {created} (budget {BUDGET}), deleted {created}, left behind 0" in figures[-1]
    assert next_number(served_emulator.url) - before == created  # the sequence moved by exactly the creates
    entries = read_journal(tmp_path / JOURNAL_NAME)
    assert [e.event for e in entries].count("created") == created
    assert outstanding(entries, tokens.MAIN_LOCATION_ID, served_emulator.url) == []
    bodies = [json.loads(line) for line in (tmp_path / JOURNAL_NAME).read_text().splitlines()]
    assert all(tokens.LOCATION_TOKEN not in json.dumps(b) for b in bodies)


def test_make_cleanup_deletes_what_the_journal_lists_and_nothing_else(tmp_path: Path, served_emulator: Served) -> None:
    env = live_env(served_emulator.url)
    headers = {"Version": "2021-07-28", "Authorization": f"Bearer {tokens.LOCATION_TOKEN}"}
    # A draft a crashed run left behind (journaled), one it left that is gone since (journaled, deleted by hand),
    # and one the suite did not create (not journaled).
    ours, gone, theirs = (create_draft(served_emulator.url, headers) for _ in range(3))
    params = {"altId": tokens.MAIN_LOCATION_ID, "altType": "location"}
    url = f"{served_emulator.url}/invoices/{gone}"
    deleted = httpx.request("DELETE", url, params=params, json=params, headers=headers, trust_env=False)
    assert deleted.status_code == 200, deleted.text
    lines = [
        {"event": "created", "invoiceId": i, "locationId": tokens.MAIN_LOCATION_ID, "target": served_emulator.url}
        for i in (ours, gone)
    ]
    (tmp_path / JOURNAL_NAME).write_text("".join(json.dumps({**line, "at": "x"}) + "\n" for line in lines))
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "cleanup.py"), "--reports-dir", str(tmp_path)],
        env={**clean_env(), **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The gone one counts as gone, not as deleted: the parts add up to what was left behind.
    assert "2 left behind: 1 deleted, 1 already gone, 0 remain" in done.stdout
    assert f"{gone}: already gone" in done.stderr
    assert [e.event for e in read_journal(tmp_path / JOURNAL_NAME)][2:] == ["deleted", "gone"]
    assert outstanding(read_journal(tmp_path / JOURNAL_NAME), tokens.MAIN_LOCATION_ID, served_emulator.url) == []
    kept = {i["_id"] for i in stored_invoices(served_emulator)}
    assert theirs in kept
    assert ours not in kept


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("HIGHLEVEL_", "CONTRACT_"))}


def create_draft(url: str, headers: dict[str, str], name: str | None = None) -> str:
    body: dict[str, Any] = copy.deepcopy(resolve_pointer(spec_document("curated"), TEXT2PAY.example_pointer))
    if name is not None:
        body["name"] = name
    body.update({"altId": tokens.MAIN_LOCATION_ID, "userId": EMULATOR_USER_ID, "action": "draft", "liveMode": False})
    body["contactDetails"]["id"] = EMULATOR_CONTACT_ID
    body.pop("invoiceNumber", None)
    answer = httpx.post(f"{url}/invoices/text2pay", json=body, headers=headers, trust_env=False)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["invoice"]["_id"])
