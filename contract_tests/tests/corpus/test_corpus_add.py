"""`make corpus-add` turns a recorded run into sanitized corpus files, one per shape, that the spec accepts."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.corpus import CORPUS_DIR, load_corpus
from contract_tests.corpus.harvest import Sanitizer, operation_of
from contract_tests.emulator import create_app
from contract_tests.emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID
from contract_tests.tests.corpus.test_corpus_against_spec import CURATED, failures
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


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    """A HAR of a short run against the emulator: numbers, two same-shaped creates, a 422, a delete, a 404."""
    responses = asyncio.run(_run())
    har = tmp_path / "recording.har"
    har.write_text(json.dumps({"log": {"entries": [_entry(r) for r in responses]}}), encoding="utf-8")
    return har


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
    # The four checks of the exchange: the create answer, the Invoice schema, the delete and the get answer.
    assert counts["failed"] == 4
    assert all(line.startswith("2025-05-invoices-create") for line in violations)
