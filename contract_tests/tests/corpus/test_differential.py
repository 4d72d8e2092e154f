"""Differential test: each recorded request, sent to the emulator, gets an answer of the recorded shape.

Shape means the status, the key set at every level, JSON types and string formats (see `corpus/shapes.py`). A
difference fails unless `EXPLAINED` names the labelled emulator choice that accounts for it.
"""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

import httpx
import pytest

from contract_tests.corpus import CorpusExchange, load_corpus
from contract_tests.corpus.shapes import differences, kind_of
from highlevel_invoices_emulator import Choices, create_app
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

VERSION = "2021-07-28"
USER_ID = "u7Bq2Lx9Pd4Tn6Wm3KcY"
DIFFERENTIAL = [e for e in load_corpus() if e.differential is not None]
# (exchange id, difference) -> the Choices field whose labelled guess explains it. Empty: no known difference.
EXPLAINED: dict[tuple[str, str], str] = {}


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {LOCATION_TOKEN}", "Version": VERSION}


def _substitute(value: Any) -> Any:
    return {"$location": MAIN_LOCATION_ID, "$user": USER_ID}.get(value, value) if isinstance(value, str) else value


async def _draft(client: httpx.AsyncClient) -> str:
    body = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Differential",
        "currency": "USD",
        "items": [{"name": "x", "currency": "USD", "amount": 1, "qty": 1}],
        "issueDate": "2025-05-28",
        "sentTo": {"email": ["a@example.com"]},
        "liveMode": False,
        "action": "draft",
        "userId": USER_ID,
    }
    response = await client.post("/invoices/text2pay", json=body, headers=_headers())
    assert response.status_code == 200, response.text
    invoice_id: str = response.json()["invoice"]["_id"]
    return invoice_id


async def replay_on_emulator(exchange: CorpusExchange, client: httpx.AsyncClient) -> list[str]:
    """The differences between the recorded answer and the emulator's answer to the (adapted) request."""
    spec = exchange.differential
    assert spec is not None
    found: list[str] = []
    if spec["operation"] == "createAndSendInvoice":
        request = exchange.request
        assert request is not None
        body = copy.deepcopy(request["body"])
        body.update({key: _substitute(value) for key, value in spec["set"].items()})
        response = await client.post("/invoices/text2pay", json=body, headers=_headers())
        if not 200 <= response.status_code < 300:
            return [f"status: recorded 2xx, answered {response.status_code} {response.text[:200]}"]
        answer = response.json()
        recorded = {k: v for k, v in exchange.body.items() if k not in spec["lift"]}
        found += differences(recorded, answer[spec["answer"].strip("/")])
        for key in spec["lift"]:
            if key not in answer:
                found.append(f"/{key} (top level): recorded, not answered")
            elif kind_of(answer[key]) != kind_of(exchange.body[key]):
                found.append(
                    f"/{key} (top level): recorded {kind_of(exchange.body[key])}, answered {kind_of(answer[key])}"
                )
        return found
    invoice_id = await _draft(client)
    kwargs: dict[str, Any] = {}
    if "query" in spec:
        kwargs["params"] = {key: _substitute(value) for key, value in spec["query"].items()}
    if "body" in spec:
        kwargs["json"] = {key: _substitute(value) for key, value in spec["body"].items()}
    response = await client.request("DELETE", f"/invoices/{invoice_id}", headers=_headers(), **kwargs)
    if response.status_code != exchange.status:
        return [f"status: recorded {exchange.status}, answered {response.status_code} {response.text[:200]}"]
    answer = response.json()
    # The recorded body is partial (the source printed only these parts): each recorded part must be answered.
    for key, value in exchange.body.items():
        if answer.get(key) != value:
            found.append(f"/{key}: recorded {value!r}, answered {answer.get(key)!r}")
    return found


async def _differences(exchange: CorpusExchange, profile: str = "default") -> list[str]:
    app = create_app(profile=profile)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator.test") as client:
        return await replay_on_emulator(exchange, client)


def test_the_corpus_has_exchanges_to_replay() -> None:
    assert {e.differential["operation"] for e in DIFFERENTIAL if e.differential} == {
        "createAndSendInvoice",
        "deleteInvoice",
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("exchange", DIFFERENTIAL, ids=[e.id for e in DIFFERENTIAL])
async def test_the_emulator_answers_in_the_recorded_shape(exchange: CorpusExchange) -> None:
    unexplained = [d for d in await _differences(exchange) if (exchange.id, d) not in EXPLAINED]
    assert unexplained == [], f"{exchange.id}: the emulator differs from the recording:\n" + "\n".join(unexplained)


def test_every_explanation_names_a_labelled_choice() -> None:
    names = {f.name for f in fields(Choices)}
    assert set(EXPLAINED.values()) <= names


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("profile", "exchange_id", "expected"),
    [
        ("title-defaults-to-invoice", "2025-05-invoices-create", "/title: answered, not recorded"),
        ("no-success-trace-id", "2025-05-invoices-create", "/traceId (top level): recorded, not answered"),
        ("timezone-utc", "2025-05-invoices-create", None),  # values differ, the shape does not
        ("guard-first", "2026-08-estimates-delete-query", "status: recorded 422, answered 403"),
        ("delete-alt-in-query", "2026-08-estimates-delete-body", "status: recorded 200, answered 422"),
    ],
)
async def test_the_differential_notices_a_changed_shape(profile: str, exchange_id: str, expected: str | None) -> None:
    [exchange] = [e for e in DIFFERENTIAL if e.id == exchange_id]
    found = await _differences(exchange, profile)
    if expected is None:
        assert found == []
    else:
        assert any(line.startswith(expected) for line in found), found
