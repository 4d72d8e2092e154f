"""`scripts/docs_drift.py` as a user runs it: files and loopback URLs, reports, exit codes, 80 columns."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from contract_tests.docs_drift.source import DEFAULT_SOURCE
from contract_tests.tests.docs_drift.conftest import COMMON_FROM_PAGES, VENDOR_COPY
from scripts import docs_drift

AGREED_KEYS = {"exit_code", "status", "vendor_source", "findings"}
FINDING_KEYS = {"class", "path", "entry", "documented", "vendor", "message"}


def run(tmp_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    reports = tmp_path / "reports"
    code = docs_drift.main([*args, "--reports", str(reports)])
    return code, json.loads((reports / "docs-drift.json").read_text(encoding="utf-8"))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback web server for a directory laid out like the vendor's repository."""
    root = tmp_path / "site"
    (root / "apps").mkdir(parents=True)
    (root / "common").mkdir()
    shutil.copy(VENDOR_COPY, root / "apps" / "invoices.json")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_the_baseline_file_passes_and_writes_both_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run(tmp_path, "--vendor-spec", str(VENDOR_COPY))
    assert code == 0
    assert payload.keys() >= AGREED_KEYS
    assert (payload["exit_code"], payload["status"], payload["vendor_source"]) == (0, "ok", str(VENDOR_COPY))
    assert payload["findings"]
    assert all(finding.keys() == FINDING_KEYS for finding in payload["findings"])
    assert {finding["class"] for finding in payload["findings"]} == {"expected", "cosmetic"}
    markdown = (tmp_path / "reports" / "docs-drift.md").read_text(encoding="utf-8")
    assert "Status: **ok**" in markdown
    out = capsys.readouterr().out
    assert "OK: every difference is explained by the record (exit 0)" in out
    long_lines = [line for line in out.splitlines() if len(line) > 80 and not line.startswith("reports:")]
    assert long_lines == []


def test_a_drifted_file_fails_naming_the_place_and_both_values(
    tmp_path: Path, vendor: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    vendor["components"]["schemas"]["InvoiceItemDto"]["properties"]["qty"]["type"] = "string"
    drifted = tmp_path / "invoices.json"
    drifted.write_text(json.dumps(vendor), encoding="utf-8")
    code, payload = run(tmp_path, "--vendor-spec", str(drifted))
    assert (code, payload["exit_code"], payload["status"]) == (1, 1, "new-in-docs")
    # The line-item DTO is shared: every operation that takes line items shows the change at its own place.
    found = {f["path"]: f for f in payload["findings"] if f["class"] == "new-in-docs"}
    assert set(found) == {
        "POST /invoices/text2pay request/items/[]/qty: type",
        "POST /invoices/ request/items/[]/qty: type",
        "PUT /invoices/{} request/invoiceItems/[]/qty: type",
    }
    finding = found["POST /invoices/text2pay request/items/[]/qty: type"]
    assert (finding["documented"], finding["vendor"], finding["entry"]) == (["number"], ["string"], None)
    out = capsys.readouterr().out
    assert "request/items/[]/qty: type" in out
    assert "DRIFT" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read"),
        ("{not json", "neither JSON nor YAML"),
        ('{"openapi": "3.0.0"}', "not an OpenAPI 3 document"),
        ("[1, 2]", "not an OpenAPI document"),
    ],
    ids=["missing", "malformed", "no-paths", "not-a-mapping"],
)
def test_an_unreadable_source_is_exit_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    source = tmp_path / "vendor.json"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    code, payload = run(tmp_path, "--vendor-spec", str(source))
    assert (code, payload["exit_code"], payload["status"], payload["findings"]) == (2, 2, "error", [])
    assert reason in payload["error"]
    err = capsys.readouterr().err
    assert "vendor source unreadable" in err
    assert "Traceback" not in err


def test_a_url_that_refuses_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run(tmp_path, "--vendor-spec", "http://127.0.0.1:9/apps/invoices.json")
    assert (code, payload["status"]) == (2, "error")
    assert "cannot fetch http://127.0.0.1:9/apps/invoices.json" in payload["error"]
    assert "ERROR (exit 2)" in capsys.readouterr().err


def test_a_url_and_its_relative_references_are_read(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    code, payload = run(tmp_path, "--vendor-spec", f"{base}/apps/invoices.json")
    assert (code, payload["status"]) == (0, "ok")
    assert any("common-schemas.json could not be read" in note for note in payload["not_compared"])
    shutil.copy(COMMON_FROM_PAGES, root / "common" / "common-schemas.json")
    code, payload = run(tmp_path, "--vendor-spec", f"{base}/apps/invoices.json")
    assert (code, payload["status"], payload["not_compared"]) == (0, "ok", [])
    assert any(f["path"].endswith("response 400/message: type") for f in payload["findings"])


def test_a_fixed_claim_in_a_referenced_file_is_fixed_in_docs(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    common = json.loads(COMMON_FROM_PAGES.read_text(encoding="utf-8"))
    common["components"]["schemas"]["UnprocessableDTO"]["properties"]["statusCode"]["type"] = "integer"
    (root / "common" / "common-schemas.json").write_text(json.dumps(common), encoding="utf-8")
    code, payload = run(tmp_path, "--vendor-spec", f"{base}/apps/invoices.json")
    assert (code, payload["status"]) == (1, "fixed-in-docs")
    entries = {f["entry"] for f in payload["findings"] if f["class"] == "fixed-in-docs"}
    assert entries == {"error-body-unprocessable"}


def test_vendor_spec_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VENDOR_SPEC", str(tmp_path / "absent.json"))
    code, payload = run(tmp_path)
    assert (code, payload["vendor_source"]) == (2, str(tmp_path / "absent.json"))


def test_the_default_source_is_the_vendor_repositorys_main_branch() -> None:
    assert DEFAULT_SOURCE == "https://raw.githubusercontent.com/GoHighLevel/highlevel-api-docs/main/apps/invoices.json"


def test_a_broken_curated_spec_is_exit_2(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\nopenapi: 3.1.0\n", encoding="utf-8")
    code, payload = run(tmp_path, "--vendor-spec", str(VENDOR_COPY), "--spec", str(spec))
    assert (code, payload["status"]) == (2, "error")
    assert "curated spec" in payload["error"]
