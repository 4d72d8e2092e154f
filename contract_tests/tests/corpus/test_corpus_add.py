"""`make corpus-add` turns a recorded live run into sanitized corpus files, one per shape, that the spec accepts,
each stating its provenance; a recording of anything but the vendor's API adds nothing."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.corpus import CORPUS_DIR, load_corpus
from contract_tests.corpus.harvest import Sanitizer, operation_of
from contract_tests.suite.recording import Exchange, RecordedTarget, Recorder, RecordingMiddleware, Redactor, write_har
from contract_tests.tests.corpus.test_corpus_against_spec import CURATED, failures
from highlevel_invoices_emulator import create_app
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID
from scripts.corpus_add import main

CONTACT = {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Jane Roe", "phoneNo": "+12145596993", "email": "jane.roe@corp.test"}


def _body(**extra: Any) -> dict[str, Any]:
    return {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Harvest",
        "currency": "USD",
        "items": [{"name": "x", "currency": "USD", "amount": 5, "qty": 2}],
        "issueDate": "2025-05-28",
        "contactDetails": CONTACT,
        "sentTo": {"email": ["jane.roe@corp.test"]},
        "liveMode": False,
        "action": "draft",
        "userId": "u7Bq2Lx9Pd4Tn6Wm3KcY",
        **extra,
    }


def _entry(response: httpx.Response) -> dict[str, Any]:
    request = response.request
    return {
        "startedDateTime": "2026-11-30T02:00:00.000Z",
        "time": 1,
        "request": {
            "method": request.method,
            "url": str(request.url),
            "headers": [{"name": k, "value": v} for k, v in request.headers.items()],
            "postData": {"text": request.content.decode()} if request.content else None,
        },
        "response": {
            "status": response.status_code,
            "headers": [{"name": k, "value": v} for k, v in response.headers.items()],
            "content": {"text": response.text},
        },
    }


async def _run() -> list[httpx.Response]:
    headers = {"Authorization": f"Bearer {LOCATION_TOKEN}", "Version": "2021-07-28"}
    transport = httpx.ASGITransport(app=create_app())
    async with httpx.AsyncClient(transport=transport, base_url="https://services.leadconnectorhq.com") as client:
        params = {"altId": MAIN_LOCATION_ID, "altType": "location"}
        responses = [await client.get("/invoices/generate-invoice-number", params=params, headers=headers)]
        created = await client.post("/invoices/text2pay", json=_body(), headers=headers)
        responses += [created, await client.post("/invoices/text2pay", json=_body(name="again"), headers=headers)]
        responses.append(await client.post("/invoices/text2pay", json=_body(liveMode="no"), headers=headers))
        invoice_id = created.json()["invoice"]["_id"]
        location = {"altId": MAIN_LOCATION_ID, "altType": "location"}
        responses.append(await client.request("DELETE", f"/invoices/{invoice_id}", json=location, headers=headers))
        responses.append(await client.get("/elsewhere", headers=headers))
    return responses


LIVE = {"kind": "live", "base_url": "https://services.leadconnectorhq.com"}


def _har(path: Path, responses: list[httpx.Response], target: dict[str, Any] | None) -> Path:
    log: dict[str, Any] = {"entries": [_entry(r) for r in responses]}
    if target is not None:
        log["_target"] = target
    path.write_text(json.dumps({"log": log}), encoding="utf-8")
    return path


@pytest.fixture
def responses() -> list[httpx.Response]:
    """A short run's answers: numbers, two same-shaped creates, a 422, a delete, a 404 (the emulator's answers,
    sent as if to the vendor's host: the sanitizer and the shapes are what these tests are about)."""
    return asyncio.run(_run())


@pytest.fixture
def recording(tmp_path: Path, responses: list[httpx.Response]) -> Path:
    """That run as a live recording states it: target the vendor's API, every request to its host."""
    return _har(tmp_path / "recording.har", responses, LIVE)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, directory)
    return directory


def test_a_recorded_run_adds_one_sanitized_file_per_shape(
    recording: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p.name for p in corpus.glob("*.json")}
    assert main([str(recording), "--corpus", str(corpus)]) == 0
    added = sorted(p for p in corpus.glob("*.json") if p.name not in before)
    assert "4 added, 1 of shapes already in the corpus, 1 of other endpoints" in capsys.readouterr().out
    assert [p.name.split("-", 3)[3].rsplit("-", 1)[0] for p in added] == [
        "createAndSendInvoice-200",
        "createAndSendInvoice-422",
        "deleteInvoice-200",
        "generateInvoiceNumber-200",
    ]
    text = "".join(p.read_text(encoding="utf-8") for p in added)
    for secret in (LOCATION_TOKEN, "jane.roe", "Jane Roe", "2145596993", MAIN_LOCATION_ID, CONTACT["id"]):
        assert secret not in text
    assert '"Authorization": "Bearer <redacted>"' in text
    digest = hashlib.sha256(recording.read_bytes()).hexdigest()
    for path in added:
        provenance = json.loads(path.read_text(encoding="utf-8"))["source"]["provenance"]
        assert provenance.keys() == {"recording", "recording_sha256", "entry", "target", "host"}
        assert (provenance["recording"], provenance["recording_sha256"]) == ("recording.har", digest)
        assert (provenance["target"], provenance["host"]) == (LIVE["base_url"], "services.leadconnectorhq.com")
    entries = [json.loads(p.read_text(encoding="utf-8"))["source"]["provenance"]["entry"] for p in added]
    assert sorted(entries) == [0, 1, 3, 4]  # the second create's shape repeats the first's
    exchanges = {e.id: e for e in load_corpus(corpus)}
    for path in added:
        exchange = exchanges[path.stem]
        found = [m for check in exchange.checks for m, _ in failures(CURATED, check, exchange.body)]
        assert found == [], (path.name, found)


def test_a_second_harvest_of_the_same_run_adds_nothing(recording: Path, corpus: Path) -> None:
    assert main([str(recording), "--corpus", str(corpus)]) == 0
    count = len(list(corpus.glob("*.json")))
    assert main([str(recording), "--corpus", str(corpus)]) == 0
    assert len(list(corpus.glob("*.json"))) == count


async def _emulator_recording(base_url: str) -> list[Exchange]:
    """A short run against the emulator through the suite's own recorder, as `make contract` records it."""
    recorder = Recorder(Redactor([LOCATION_TOKEN]))
    app = RecordingMiddleware(create_app(), recorder)
    headers = {"Authorization": f"Bearer {LOCATION_TOKEN}", "Version": "2021-07-28"}
    params = {"altId": MAIN_LOCATION_ID, "altType": "location"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url) as client:
        await client.get("/invoices/generate-invoice-number", params=params, headers=headers)
        await client.post("/invoices/text2pay", json=_body(), headers=headers)
        await client.post("/invoices/text2pay", json=_body(liveMode="no"), headers=headers)
    return recorder.exchanges()


@pytest.mark.parametrize(
    "case",
    [
        ("http://testserver", RecordedTarget("emulator", None), "in-process emulator"),
        ("http://127.0.0.1:8765", RecordedTarget("url", "http://127.0.0.1:8765"), "such as `make emulator`"),
        ("http://[::1]:8765", RecordedTarget("url", "http://[::1]:8765"), "a server on this machine"),
        (
            "https://staging.example.com",
            RecordedTarget("url", "https://staging.example.com"),
            "staging.example.com, not the vendor's API",
        ),
        # Live mode pointed at the emulator (CONTRACT_BASE_URL with HIGHLEVEL_TOKEN and _LOCATION_ID) is no vendor.
        ("http://127.0.0.1:8765", RecordedTarget("live", "http://127.0.0.1:8765"), "a server on this machine"),
        ("http://testserver", None, "does not state its target"),
    ],
    ids=["in-process", "make-emulator", "ipv6-loopback", "other-host", "live-mode-at-loopback", "unstated"],
)
def test_a_recording_of_anything_but_the_vendor_adds_nothing(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, RecordedTarget | None, str]
) -> None:
    base_url, target, reason = case
    har = tmp_path / "recording.har.gz"
    write_har(har, asyncio.run(_emulator_recording(base_url)), target=target)
    before = sorted(p.name for p in corpus.iterdir())
    assert main([str(har), "--corpus", str(corpus)]) == 2
    assert sorted(p.name for p in corpus.iterdir()) == before
    err = capsys.readouterr().err
    assert "refused, nothing added" in err
    assert reason in err
    assert "Traceback" not in err


def test_a_live_recording_adds_only_what_went_to_the_vendors_host(
    tmp_path: Path, corpus: Path, responses: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    """A recording that states the vendor's API but whose exchanges name another host: those are refused."""
    local = asyncio.run(_emulator_recording("http://testserver"))
    har = tmp_path / "mixed.har"
    document = {"log": {"_target": LIVE, "entries": [_entry(responses[0])]}}
    har.write_text(json.dumps(document), encoding="utf-8")
    write_har(tmp_path / "local.har", local)
    document["log"]["entries"] += json.loads((tmp_path / "local.har").read_text())["log"]["entries"]
    har.write_text(json.dumps(document), encoding="utf-8")
    assert main([str(har), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert f"refused {len(local)} not sent to services.leadconnectorhq.com ({len(local)} to testserver)" in out
    assert "1 added" in out


def test_a_live_recording_without_any_vendor_exchange_is_refused(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    har = tmp_path / "recording.har.gz"
    live = RecordedTarget("live", "https://services.leadconnectorhq.com")
    write_har(har, asyncio.run(_emulator_recording("http://testserver")), target=live)
    assert main([str(har), "--corpus", str(corpus)]) == 2
    assert "none of its 3 exchanges went to services.leadconnectorhq.com" in capsys.readouterr().err


def test_an_unreadable_recording_exits_2(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.har"), "--corpus", str(corpus)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_the_sanitizer_keeps_shapes_and_vendor_hosts() -> None:
    sanitizer = Sanitizer()
    cleaned = sanitizer.value(
        "",
        {
            "altId": "JMtlZzwrNOUmLpJk2eCE",
            "invoiceUrl": "https://billing.somebusiness.com/invoice/6837a9c0d092326e9ad3ab6f",
            "short": "https://link.fastpaydirect.com/l/Xw3vB9kQ2p",
            "_id": "6837a9c0d092326e9ad3ab6f",
            "total": 999,
        },
    )
    assert len(cleaned["altId"]) == 20
    assert cleaned["altId"] != "JMtlZzwrNOUmLpJk2eCE"
    assert cleaned["invoiceUrl"] == "https://pay.example.com/invoice/6837a9c0d092326e9ad3ab6f"
    assert cleaned["short"] == "https://link.fastpaydirect.com/l/Xw3vB9kQ2p"
    assert (cleaned["_id"], cleaned["total"]) == ("6837a9c0d092326e9ad3ab6f", 999)
    assert sanitizer.value("altId", "JMtlZzwrNOUmLpJk2eCE") == cleaned["altId"]  # consistent within a run


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [
        ("GET", "/invoices/generate-invoice-number", "generateInvoiceNumber"),
        ("POST", "/Invoices/Text2Pay/", "createAndSendInvoice"),
        ("DELETE", "/invoices/6837a9c0d092326e9ad3ab6f", "deleteInvoice"),
        ("GET", "/invoices/6837a9c0d092326e9ad3ab6f", "getInvoice"),
        ("POST", "/invoices/", "createInvoice"),
        ("POST", "/Invoices", "createInvoice"),
        ("GET", "/invoices/estimate/list", None),
    ],
)
def test_exchanges_are_matched_to_operations(method: str, path: str, operation: str | None) -> None:
    assert operation_of(method, path) == operation


def test_replay_accepts_the_corpus_and_fails_on_a_changed_answer(corpus: Path) -> None:
    from scripts.replay import replay_corpus

    total, counts, violations = replay_corpus(corpus)
    assert (total, violations) == (len(list(corpus.glob("*.json"))), [])
    assert counts["failed"] == 0
    assert counts["passed"] >= 15
    live = corpus / "2025-05-invoices-create.json"
    document = json.loads(live.read_text(encoding="utf-8"))
    document["response"]["body"]["total"] = "999"
    live.write_text(json.dumps(document), encoding="utf-8")
    _, counts, violations = replay_corpus(corpus)
    assert counts["failed"] == 1  # one exchange (the counts are per exchange: they add up to the corpus)
    # Its four checks: the create answer, the Invoice schema, the delete and the get answer.
    assert len(violations) == 4
    assert all(line.startswith("2025-05-invoices-create") for line in violations)
