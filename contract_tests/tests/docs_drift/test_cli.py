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

from contract_tests.docs_drift import source
from contract_tests.docs_drift.source import DEFAULT_SOURCE, WATCHED
from contract_tests.operations import registry
from contract_tests.tests.docs_drift.conftest import (
    COMMON_COPY,
    COMMON_REFERENCE,
    V3_COMMON_COPY,
    V3_COPY,
    VENDOR_COPY,
)
from scripts import docs_drift

AGREED_KEYS = {"exit_code", "status", "vendor_source", "findings"}
FINDING_KEYS = {"class", "path", "entry", "documented", "vendor", "message", "file"}
VERSION_ENUM = "header parameter version: enum"


def run(tmp_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    reports = tmp_path / "reports"
    code = docs_drift.main([*args, "--reports", str(reports)])
    return code, json.loads((reports / "docs-drift.json").read_text(encoding="utf-8"))


def vendor_file(tmp_path: Path, document: dict[str, Any]) -> Path:
    """`document` written as apps/invoices.json beside a copy of the vendor's common file, as in its repository."""
    (tmp_path / "common").mkdir(exist_ok=True)
    shutil.copy(COMMON_COPY, tmp_path / "common" / "common-schemas.json")
    (tmp_path / "apps").mkdir(exist_ok=True)
    path = tmp_path / "apps" / "invoices.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback web server for a directory laid out like the vendor's repository (no `apps/common/`: the v3
    file's `../common/` names a folder the vendor's repository does not hold either)."""
    root = tmp_path / "site"
    (root / "apps" / "v3" / "common").mkdir(parents=True)
    (root / "common").mkdir()
    shutil.copy(VENDOR_COPY, root / "apps" / "invoices.json")
    shutil.copy(COMMON_COPY, root / "common" / "common-schemas.json")
    shutil.copy(V3_COPY, root / "apps" / "v3" / "invoices-v3.json")
    shutil.copy(V3_COMMON_COPY, root / "apps" / "v3" / "common" / "common-schemas.json")
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
    drifted = vendor_file(tmp_path, vendor)
    code, payload = run(tmp_path, "--vendor-spec", str(drifted))
    assert (code, payload["exit_code"], payload["status"]) == (1, 1, "new-in-docs")
    # The line-item DTO is shared: every operation that takes line items shows the change at its own place.
    found = {f["path"]: f for f in payload["findings"] if f["class"] == "new-in-docs"}
    assert set(found) == {
        "POST /invoices/text2pay request/items/[]/qty: type",
        "POST /invoices/ request/items/[]/qty: type",
        "PUT /invoices/{invoiceId} request/invoiceItems/[]/qty: type",
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
    base, _ = served
    code, payload = run(tmp_path, "--vendor-spec", f"{base}/apps/invoices.json")
    assert (code, payload["status"], payload["not_compared"]) == (0, "ok", [])
    assert any(f["path"].endswith("response 400/message: type") for f in payload["findings"])


def test_an_unreadable_reference_is_exit_2_naming_it(
    served: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the common file the error bodies and ten claims could not be checked: that is no pass."""
    base, root = served
    (root / "common" / "common-schemas.json").unlink()
    code, payload = run(tmp_path, "--vendor-spec", f"{base}/apps/invoices.json")
    assert (code, payload["exit_code"], payload["status"]) == (2, 2, "error")
    assert f"$ref {COMMON_REFERENCE}" in payload["error"]
    assert f"{base}/common/common-schemas.json: HTTP 404" in payload["error"]
    err = capsys.readouterr().err
    assert "OK" not in err
    assert f"$ref {COMMON_REFERENCE}" in err
    assert "ERROR (exit 2)" in err


def test_an_unreadable_reference_of_a_file_copy_is_exit_2(tmp_path: Path) -> None:
    """The vendor's file copied without its common file: the reference resolves beside it, finds nothing."""
    alone = tmp_path / "apps" / "invoices.json"
    alone.parent.mkdir()
    shutil.copy(VENDOR_COPY, alone)
    code, payload = run(tmp_path, "--vendor-spec", str(alone))
    assert (code, payload["status"]) == (2, "error")
    assert f"$ref {COMMON_REFERENCE}" in payload["error"]


def test_by_default_both_vendor_files_are_compared(
    served: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """apps/invoices.json and apps/v3/invoices-v3.json, each with its common file; the v3 file's `../common/`
    names no folder of the repository, so its declared fallback `apps/v3/common/` is read, and said so."""
    base, _ = served
    monkeypatch.setattr(source, "VENDOR_REPOSITORY", f"{base}/")
    code, payload = run(tmp_path)
    files = {f["file"]: f for f in payload["files"]}
    assert set(files) == {"invoices", "invoices-v3"}
    assert files["invoices"]["status"] == "ok"
    assert (files["invoices"]["vendor_source"], files["invoices-v3"]["vendor_source"]) == (
        f"{base}/apps/invoices.json",
        f"{base}/apps/v3/invoices-v3.json",
    )
    [note] = files["invoices-v3"]["notes"]
    assert f"{base}/apps/common/common-schemas.json: HTTP 404" in note
    assert "read common/common-schemas.json beside the file instead" in note
    # The v3 copy of 2026-06 holds the vendor's 2026 edits, which the record (of 2025-08-13) does not explain.
    assert files["invoices-v3"]["status"] in {"new-in-docs", "fixed-in-docs"}
    assert (code, payload["exit_code"]) == (1, 1)
    assert {f["file"] for f in payload["findings"]} == {"invoices", "invoices-v3"}
    v3_version = [f for f in payload["findings"] if f["file"] == "invoices-v3" and f["path"].endswith(VERSION_ENUM)]
    assert v3_version == []  # the v3 file documents v3, as expected


def _with_version(document: dict[str, Any], enum: list[str]) -> dict[str, Any]:
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "Version":
                    parameter["schema"]["enum"] = enum
    return document


@pytest.mark.parametrize(
    ("enum", "read_as", "expected"),
    [
        (["v3"], "invoices-v3", None),
        (["v3"], "invoices", ["v3"]),
        (["2021-07-28"], "invoices-v3", ["2021-07-28"]),
        (["v3", "2021-07-28"], "invoices-v3", ["2021-07-28", "v3"]),
    ],
    ids=["v3-file-as-v3", "main-file-moved-to-v3", "v3-file-moved-back", "v3-file-widened"],
)
def test_a_version_enum_that_moves_is_a_finding(
    tmp_path: Path, vendor: dict[str, Any], enum: list[str], read_as: str, expected: list[str] | None
) -> None:
    """Each file is expected to document its own Version (`v3` for the v3 file, the record's for the main one)."""
    moved = vendor_file(tmp_path, _with_version(vendor, enum))
    code, payload = run(tmp_path, "--vendor-spec", str(moved), "--vendor-file", read_as)
    found = [f for f in payload["findings"] if f["path"].endswith(VERSION_ENUM)]
    if expected is None:
        assert (code, payload["status"], found) == (0, "ok", [])
        return
    assert (code, payload["status"]) == (1, "new-in-docs")
    assert {f["path"].split(" header")[0] for f in found} == {f"{card.method} {card.path}" for card in registry.CARDS}
    assert all((f["class"], f["vendor"]) == ("new-in-docs", expected) for f in found)


def test_the_v3_copy_read_offline_resolves_every_reference(tmp_path: Path) -> None:
    code, payload = run(tmp_path, "--vendor-spec", str(V3_COPY), "--vendor-file", "invoices-v3")
    [file] = payload["files"]
    assert file["version"] == ["v3"]
    assert (file["not_compared"], payload["error"]) == ([], None)
    assert "apps/v3/common" not in file["notes"][0] or "common/common-schemas.json beside the file" in file["notes"][0]
    assert code == file["exit_code"] != 2
    assert not [f for f in payload["findings"] if f["path"].endswith(VERSION_ENUM)]


def test_an_unknown_vendor_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        docs_drift.main(["--vendor-spec", str(VENDOR_COPY), "--vendor-file", "invoices-v4"])
    assert raised.value.code == 2


def test_a_fixed_claim_in_a_referenced_file_is_fixed_in_docs(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    common = json.loads(COMMON_COPY.read_text(encoding="utf-8"))
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


def test_the_default_sources_are_the_vendor_repositorys_main_branch() -> None:
    main = "https://raw.githubusercontent.com/GoHighLevel/highlevel-api-docs/main/"
    assert main + "apps/invoices.json" == DEFAULT_SOURCE
    assert [w.url for w in WATCHED] == [main + "apps/invoices.json", main + "apps/v3/invoices-v3.json"]


def test_a_broken_curated_spec_is_exit_2(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\nopenapi: 3.1.0\n", encoding="utf-8")
    code, payload = run(tmp_path, "--vendor-spec", str(VENDOR_COPY), "--spec", str(spec))
    assert (code, payload["status"]) == (2, "error")
    assert "curated spec" in payload["error"]
