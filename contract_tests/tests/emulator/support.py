"""Shared helpers for the emulator's tests: clients, request bodies, a manual clock, a loopback server."""

from __future__ import annotations

import copy
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette

from highlevel_invoices_emulator import create_app, emulator_state
from highlevel_invoices_emulator.app import EmulatorState
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID

GENERATE = "/invoices/generate-invoice-number"
TEXT2PAY = "/invoices/text2pay"
VERSION = "2021-07-28"
USER_ID = "u7Bq2Lx9Pd4Tn6Wm3KcY"
BASE_URL = "http://emulator.test"

JsonDict = dict[str, Any]


class ManualClock:
    """Seconds since the epoch that only move when a test says so."""

    def __init__(self, start: float = 1_717_200_000.0) -> None:  # 2024-06-01T00:00:00Z
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def auth(token: str = LOCATION_TOKEN, version: str | None = VERSION) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if version is not None:
        headers["Version"] = version
    return headers


def location_query(alt_id: str = MAIN_LOCATION_ID) -> dict[str, str]:
    return {"altId": alt_id, "altType": "location"}


def minimal_body(**overrides: object) -> JsonDict:
    body: JsonDict = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Contract test invoice",
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 999, "qty": 1}],
        "issueDate": "2024-03-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
        "action": "draft",
        "userId": USER_ID,
    }
    body.update(overrides)
    return body


ADDRESS: JsonDict = {
    "addressLine1": "9931 Beechwood",
    "addressLine2": "Suite 5",
    "city": "St. Houston",
    "state": "TX",
    "countryCode": "US",
    "postalCode": "559-6993",
}


def full_body() -> JsonDict:
    """A valid body that sets every documented field, every nested object and every array."""
    return {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "New Invoice",
        "currency": "USD",
        "items": [
            {
                "name": "ABC Product",
                "description": "ABC Corp.",
                "productId": "6578278e879ad2646715ba9c",
                "priceId": "6578278e879ad2646715ba9d",
                "currency": "USD",
                "amount": 999,
                "qty": 1,
                "taxes": [
                    {
                        "_id": "tax_state",
                        "name": "State tax",
                        "rate": 8.25,
                        "calculation": "exclusive",
                        "description": "Texas",
                        "taxId": "txr_1",
                    }
                ],
                "automaticTaxCategoryId": "6578278e879ad2646715ba9e",
                "isSetupFeeItem": False,
                "type": "one_time",
                "taxInclusive": False,
            }
        ],
        "termsNotes": "<p>This is a default terms.</p>",
        "title": "INVOICE",
        "contactDetails": {
            "id": "c6tZZU0rJBf30ZXx9Gli",
            "name": "Alex",
            "phoneNo": "+1234567890",
            "email": "alex@example.com",
            "additionalEmails": [{"email": "billing@example.com"}],
            "companyName": "ABC Corp.",
            "address": dict(ADDRESS),
            "customFields": ["vip"],
        },
        "issueDate": "2024-03-01",
        "dueDate": "2024-03-15",
        "sentTo": {
            "email": ["alex@example.com"],
            "emailCc": ["cc@example.com"],
            "emailBcc": ["bcc@example.com"],
            "phoneNo": ["+1-214-559-6993"],
        },
        "liveMode": False,
        "automaticTaxesEnabled": False,
        "paymentSchedule": {"type": "percentage", "schedules": []},
        "lateFeesConfiguration": {
            "enable": True,
            "value": 10,
            "type": "fixed",
            "frequency": {"intervalCount": 1, "interval": "day"},
            "grace": {"intervalCount": 5, "interval": "day"},
            "maxLateFees": {"type": "fixed", "value": 50},
        },
        "tipsConfiguration": {"tipsPercentage": [5, 10, 15], "tipsEnabled": True},
        "invoiceNumberPrefix": "INV-",
        "paymentMethods": {"stripe": {"enableBankDebitOnly": False}},
        "attachments": [
            {
                "id": "6241712be68f7a98102ba272",
                "name": "Electronics.pdf",
                "url": "https://example.com/digital-delivery",
                "type": "application/pdf",
                "size": 10000,
            }
        ],
        "miscellaneousCharges": {
            "charges": [],
            "collectedMiscellaneousCharges": 0,
            "paidCharges": [{"name": "Processing Fee", "charge": 10, "amount": 10, "_id": "673d01d7d547648a8dab6211"}],
        },
        "includeTermsNote": True,
        "action": "draft",
        "userId": USER_ID,
        "discount": {"value": 10, "type": "percentage", "validOnProductIds": ["6578278e879ad2646715ba9c"]},
        "businessDetails": {
            "logoUrl": "https://example.com/logo.png",
            "name": "ABC Corp.",
            "phoneNo": "+1-214-559-6993",
            "address": dict(ADDRESS),
            "website": "www.example.com",
            "customValues": ["string"],
        },
    }


def vendor_doc_example() -> JsonDict:
    """The request body of the text2pay page's own curl example, verbatim."""
    return {
        "altId": "6578278e879ad2646715ba9c",
        "altType": "location",
        "name": "New Invoice",
        "currency": "USD",
        "items": [
            {
                "name": "ABC Product",
                "description": "ABC Corp.",
                "productId": "6578278e879ad2646715ba9c",
                "priceId": "6578278e879ad2646715ba9c",
                "currency": "USD",
                "amount": 999,
                "qty": 1,
                "taxes": [
                    {
                        "_id": "string",
                        "name": "string",
                        "rate": 0,
                        "calculation": "exclusive",
                        "description": "string",
                        "taxId": "string",
                    }
                ],
                "automaticTaxCategoryId": "6578278e879ad2646715ba9c",
                "isSetupFeeItem": True,
                "type": "one_time",
                "taxInclusive": True,
            }
        ],
        "termsNotes": "<p>This is a default terms.</p>",
        "title": "INVOICE",
        "contactDetails": {
            "id": "6578278e879ad2646715ba9c",
            "name": "Alex",
            "phoneNo": "+1234567890",
            "email": "alex@example.com",
            "additionalEmails": [{"email": "alex@example.com"}],
            "companyName": "ABC Corp.",
            "address": {
                "addressLine1": "9931 Beechwood",
                "addressLine2": "Beechwood",
                "city": "St. Houston",
                "state": "TX",
                "countryCode": "US",
                "postalCode": "559-6993",
            },
            "customFields": ["string"],
        },
        "invoiceNumber": "1001",
        "issueDate": "2023-01-01",
        "dueDate": "2023-01-14",
        "sentTo": {
            "email": ["alex@example.com"],
            "emailCc": ["alex@example.com"],
            "emailBcc": ["alex@example.com"],
            "phoneNo": ["+1-214-559-6993"],
        },
        "liveMode": True,
        "automaticTaxesEnabled": True,
        "paymentSchedule": {"type": "percentage", "schedules": ["string"]},
        "lateFeesConfiguration": {
            "enable": True,
            "value": 10,
            "type": "fixed",
            "frequency": {"intervalCount": 10, "interval": "day"},
            "grace": {"intervalCount": 10, "interval": "day"},
            "maxLateFees": {"type": "fixed", "value": "Max late fees to pay"},
        },
        "tipsConfiguration": {"tipsPercentage": [5, 10, 15], "tipsEnabled": True},
        "invoiceNumberPrefix": "INV-",
        "paymentMethods": {"stripe": {"enableBankDebitOnly": False}},
        "attachments": [
            {
                "id": "6241712be68f7a98102ba272",
                "name": "Electronics.pdf",
                "url": "https://example.com/digital-delivery",
                "type": "string",
                "size": 10000,
            }
        ],
        "miscellaneousCharges": {
            "charges": [[None]],
            "collectedMiscellaneousCharges": 10,
            "paidCharges": [{"name": "Processing Fee", "charge": 10, "amount": 10, "_id": "673d01d7d547648a8dab6211"}],
        },
        "id": "string",
        "includeTermsNote": True,
        "action": "draft",
        "userId": "string",
        "discount": {"value": 10, "type": "percentage", "validOnProductIds": "[ '6579751d56f60276e5bd4154' ]"},
        "businessDetails": {
            "logoUrl": "https://example.com/logo.png",
            "name": "ABC Corp.",
            "phoneNo": "+1-214-559-6993",
            "address": "9931 Beechwood, TX",
            "website": "wwww.example.com",
            "customValues": ["string"],
        },
    }


DELETE = object()


def with_path(body: Mapping[str, Any], path: str, value: object) -> JsonDict:
    """A deep copy of `body` with `value` at the dotted `path` (list indices as numbers); DELETE removes it."""
    result: JsonDict = copy.deepcopy(dict(body))
    *parents, last = path.split(".")
    container: Any = result
    for part in parents:
        container = container[int(part)] if isinstance(container, list) else container[part]
    if value is DELETE:
        del container[last]
    elif isinstance(container, list):
        container[int(last)] = value
    else:
        container[last] = value
    return result


@asynccontextmanager
async def asgi_client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@asynccontextmanager
async def emulator(**options: Any) -> AsyncIterator[tuple[httpx.AsyncClient, EmulatorState]]:
    """A fresh emulator (options as for create_app) and an ASGI client for it."""
    app = create_app(**options)
    async with asgi_client(app) as client:
        yield client, emulator_state(app)


def delete_path(invoice_id: str) -> str:
    return f"/invoices/{invoice_id}"


async def create_draft(client: httpx.AsyncClient, **overrides: object) -> str:
    """Create a draft through text2pay and return its id."""
    response = await client.post(TEXT2PAY, json=minimal_body(**overrides), headers=auth())
    assert response.status_code == 200, response.text
    invoice_id: str = response.json()["invoice"]["_id"]
    return invoice_id


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- the invoice lifecycle (create, get, list, update, send, record-payment, void) ----------------------------

INVOICES = "/invoices/"


def invoice_path(invoice_id: str, action: str | None = None) -> str:
    return f"/invoices/{invoice_id}" + (f"/{action}" if action else "")


def create_body(**overrides: object) -> JsonDict:
    """A POST /invoices/ body with every field the vendor's CreateInvoiceDto requires (and no `action`)."""
    body: JsonDict = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Lifecycle invoice",
        "businessDetails": {"name": "ABC Corp."},
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 100, "qty": 2}],
        "discount": {"value": 0, "type": "percentage"},
        "contactDetails": {
            "id": "c6tZZU0rJBf30ZXx9Gli",
            "name": "Alex",
            "phoneNo": "+1234567890",
            "email": "alex@example.com",
        },
        "issueDate": "2024-03-01",
        "sentTo": {"email": ["alex@example.com"], "phoneNo": ["+1234567890"]},
        "liveMode": False,
    }
    body.update(overrides)
    return body


def update_body(**overrides: object) -> JsonDict:
    """A PUT /invoices/{invoiceId} body with every field the vendor's UpdateInvoiceDto requires."""
    body: JsonDict = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Updated invoice",
        "currency": "USD",
        "invoiceItems": [{"name": "Widget", "currency": "USD", "amount": 150, "qty": 2}],
        "issueDate": "2024-03-02",
        "dueDate": "2024-03-30",
    }
    body.update(overrides)
    return body


def send_body(**overrides: object) -> JsonDict:
    body: JsonDict = {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "userId": USER_ID,
        "action": "send_manually",
        "liveMode": False,
    }
    body.update(overrides)
    return body


def payment_body(**overrides: object) -> JsonDict:
    body: JsonDict = {"altId": MAIN_LOCATION_ID, "altType": "location", "mode": "cash"}
    body.update(overrides)
    return body


def list_query(limit: int = 10, offset: int = 0, **filters: str) -> dict[str, str]:
    return {**location_query(), "limit": str(limit), "offset": str(offset), **filters}


async def create_invoice(client: httpx.AsyncClient, **overrides: object) -> JsonDict:
    """Create through POST /invoices/ and return the answered document."""
    response = await client.post(INVOICES, json=create_body(**overrides), headers=auth())
    assert response.status_code in (200, 201), response.text
    invoice: JsonDict = response.json()
    return invoice


async def send_invoice(client: httpx.AsyncClient, invoice_id: str, **overrides: object) -> httpx.Response:
    return await client.post(invoice_path(invoice_id, "send"), json=send_body(**overrides), headers=auth())


async def pay_invoice(client: httpx.AsyncClient, invoice_id: str, **overrides: object) -> httpx.Response:
    return await client.post(invoice_path(invoice_id, "record-payment"), json=payment_body(**overrides), headers=auth())


async def void_invoice(client: httpx.AsyncClient, invoice_id: str) -> httpx.Response:
    return await client.post(invoice_path(invoice_id, "void"), json=location_query(), headers=auth())


async def get_invoice(client: httpx.AsyncClient, invoice_id: str) -> httpx.Response:
    return await client.get(invoice_path(invoice_id), params=location_query(), headers=auth())


async def list_invoices(client: httpx.AsyncClient, limit: int = 10, offset: int = 0, **filters: str) -> httpx.Response:
    return await client.get(INVOICES, params=list_query(limit, offset, **filters), headers=auth())


async def sent_invoice(client: httpx.AsyncClient, **overrides: object) -> str:
    """A created invoice, sent manually; its id."""
    invoice_id = str((await create_invoice(client, **overrides))["_id"])
    response = await send_invoice(client, invoice_id)
    assert response.status_code == 200, response.text
    return invoice_id


# --- the served command -------------------------------------------------------------------------------------

EMULATOR_MODULE = "highlevel_invoices_emulator"


@contextmanager
def served_command(
    *args: str, command: Sequence[str] = (sys.executable, "-m", EMULATOR_MODULE), control: bool = True
) -> Iterator[JsonDict]:
    """`<command> --port 0 [--control] --info-file ... *args` in its own process, until the `with` ends; yields what
    its info file says (baseUrl, main, tokens, locations) once it listens, then `output`: its exit status, stdout and
    stderr, after it stopped."""
    with tempfile.TemporaryDirectory() as scratch:
        info_file = Path(scratch) / "info.json"
        options = ["--port", "0", "--info-file", str(info_file), *(["--control"] if control else []), *args]
        command = [*command, *options]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        info: JsonDict = {}
        try:
            deadline = time.monotonic() + 60
            while not info_file.exists():
                if process.poll() is not None:
                    raise AssertionError(f"the emulator exited: {process.communicate()}")
                assert time.monotonic() < deadline, "the emulator did not start listening"
                time.sleep(0.02)
            info.update(json.loads(info_file.read_text(encoding="utf-8")))
            yield info
        finally:
            process.send_signal(signal.SIGINT)
            try:
                stdout, stderr = process.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                stdout, stderr = process.communicate()
            info["output"] = (process.returncode, stdout, stderr)
