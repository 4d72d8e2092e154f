"""`make cleanup` reads the journal one line at a time: a byte order mark, invalid UTF-8, wrong types and ids that
are not invoice ids are reported and skipped, and every valid entry is still deleted; an invoice the server no
longer knows is counted as already gone, not as deleted; nothing the journal does not name is touched. Against the
real emulator served on 127.0.0.1, behind the fault proxy (which counts what reached the server)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from contract_tests.suite.ledger import JOURNAL_NAME
from contract_tests.tests.suite.conftest import REPO_ROOT, Served
from contract_tests.tests.suite.fault_proxy import FaultProxy
from contract_tests.tests.suite.test_live_run import clean_env, create_draft, live_env, stored_invoices
from highlevel_invoices_emulator import tokens

HEADERS = {"Version": "2021-07-28", "Authorization": f"Bearer {tokens.LOCATION_TOKEN}"}


@pytest.fixture
def proxy(served_emulator: Served) -> Iterator[FaultProxy]:
    with FaultProxy(served_emulator.url).serving() as serving:
        yield serving


def line(event: str, invoice_id: object, url: str, location: str = tokens.MAIN_LOCATION_ID) -> bytes:
    entry = {"event": event, "invoiceId": invoice_id, "locationId": location, "target": url, "at": "x"}
    return json.dumps(entry).encode() + b"\n"


def cleanup(reports: Path, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "cleanup.py"), "--reports-dir", str(reports)],
        env={**clean_env(), **live_env(url)},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_valid_entry_is_deleted_whatever_lines_surround_it(
    tmp_path: Path, served_emulator: Served, proxy: FaultProxy
) -> None:
    first, second, gone, elsewhere, foreign = (create_draft(served_emulator.url, HEADERS) for _ in range(5))
    deleted = httpx.request(
        "DELETE",
        f"{served_emulator.url}/invoices/{gone}",
        json={"altId": tokens.MAIN_LOCATION_ID, "altType": "location"},
        headers=HEADERS,
        trust_env=False,
    )
    assert deleted.status_code == 200, deleted.text
    url = proxy.url
    journal = (
        b"\xef\xbb\xbf"
        + line("created", first, url)  # a byte order mark on the first line: read without it
        + line("created", "12345", url)  # ids the guard refuses, before the valid ones
        + line("created", "../../x", url)
        + line("created", {"$ne": None}, url)
        + line("created", ["a"], url)
        + b'{"event": "created", "invoiceId": "\xff\xfe", "locationId": "x", "target": "y"}\n'  # not UTF-8
        + b'"just a string"\n'
        + b'{"event": "created", "invoiceId": 7, "locationId": []}\n'
        + line("created", second, url)
        + line("created", gone, url)
        + line("created", elsewhere, url, location="another-location")  # another location's: not this cleanup's
        + b'{"event": "crea'  # a line cut by a crash
    )
    (tmp_path / JOURNAL_NAME).write_bytes(journal)
    done = cleanup(tmp_path, url)
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == 1, output  # lines could not be read: the cleanup cannot vouch for them
    assert "3 left behind: 2 deleted, 1 already gone, 0 remain" in done.stdout, output
    assert "8 journal line(s) unreadable" in done.stdout, output
    for number, why in [(1, "byte order mark"), (2, "'12345'"), (3, "'../../x'"), (6, "not UTF-8"), (12, "skipped")]:
        assert f"line {number}: " in done.stderr, output
        assert why in output
    kept = {i["_id"] for i in stored_invoices(served_emulator)}
    assert first not in kept
    assert second not in kept
    assert {elsewhere, foreign} <= kept
    deletes = [s.path for s in proxy.seen if s.method == "DELETE"]
    assert sorted(deletes) == sorted(f"/invoices/{i}" for i in (first, second, gone))  # nothing else was sent
    # The journal now says so: a second cleanup has nothing left to delete among the readable entries.
    again = cleanup(tmp_path, url)
    assert "nothing left behind" in again.stdout, again.stdout + again.stderr
