"""The generated package works when copied, alone, into another project: the way users vendor it.

The copy calls every operation sync and async, builds a draft from a plain dict, and parses the recorded live invoice
(timestamp dates, undocumented fields, no `title`) without raising.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from contract_tests.tests.client.test_parsing import LIVE_INVOICE
from scripts.generate import PACKAGE

# Runs in a fresh interpreter whose only import path for the client is the copy.
_VENDORED_APP = textwrap.dedent(
    """
    import asyncio
    import json
    import sys

    import httpx

    import highlevel_invoices
    from highlevel_invoices import AsyncHighLevelInvoices, HighLevelInvoices
    from highlevel_invoices.models import Text2PayInvoiceRequest
    from highlevel_invoices.types import UNSET

    assert highlevel_invoices.__file__.startswith(sys.argv[1]), highlevel_invoices.__file__
    seen = []
    recorded = json.load(open(sys.argv[2]))["response"]["body"]  # a live invoice document (corpus)
    invoice_doc = {key: value for key, value in recorded.items() if key != "traceId"}
    url = "https://link.fastpaydirect.com/invoice/" + invoice_doc["_id"]
    live = {"invoice": invoice_doc, "invoiceUrl": url, "traceId": recorded["traceId"]}  # as text2pay wraps it

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, request.headers["Version"], request.headers["Authorization"]))
        if request.url.path == "/invoices/generate-invoice-number":
            return httpx.Response(200, json={"invoiceNumber": 19})
        sent = json.loads(request.content)
        invoice = {
            "_id": "6578278e879ad2646715ba9c", "status": "draft", "liveMode": False, "amountPaid": 0,
            "altId": sent["altId"], "altType": "location", "name": sent["name"], "businessDetails": {},
            "invoiceNumber": "19", "currency": "USD", "contactDetails": {}, "issueDate": "2024-01-01T07:00:00.000Z",
            "dueDate": "2024-01-02T06:59:59.999Z", "invoiceItems": [], "total": 0, "title": "INVOICE", "amountDue": 0,
            "createdAt": "2024-01-01T00:00:00.000Z", "updatedAt": "2024-01-01T00:00:00.000Z",
        }
        return httpx.Response(200, json={"invoice": invoice, "invoiceUrl": "https://link.fastpaydirect.com/l/abc"})

    body = Text2PayInvoiceRequest.from_dict({
        "altId": "loc", "altType": "location", "name": "Vendored", "currency": "USD", "items": [],
        "issueDate": "2024-01-01", "sentTo": {"email": ["a@example.com"]}, "liveMode": False,
        "action": "draft", "userId": "user",
    })
    with HighLevelInvoices("tok", transport=httpx.MockTransport(vendor)) as client:
        assert client.generate_invoice_number(alt_id="loc").invoice_number == "19"
        assert client.create_and_send_invoice(body).invoice.invoice_number == "19"

    async def main() -> None:
        async with AsyncHighLevelInvoices("tok", transport=httpx.MockTransport(vendor)) as client:
            assert (await client.generate_invoice_number(alt_id="loc")).invoice_number == "19"
            assert (await client.create_and_send_invoice(body)).invoice.name == "Vendored"

    asyncio.run(main())
    recorded = httpx.MockTransport(lambda request: httpx.Response(200, json=live))
    with HighLevelInvoices("tok", transport=recorded) as client:
        created = client.create_and_send_invoice_detailed({**body.to_dict(), "name": "From a dict"})
    assert created.problems == (), created.problems
    assert created.parsed.invoice.title is UNSET
    assert created.parsed.invoice.issue_date.isoformat() == "2025-05-28T07:00:00+00:00"
    assert (created.parsed.invoice.id, created.parsed.invoice.invoice_number) == (invoice_doc["_id"], "1001")
    assert seen == [
        (method, path, "2021-07-28", "Bearer tok")
        for method, path in [("GET", "/invoices/generate-invoice-number"), ("POST", "/invoices/text2pay")] * 2
    ], seen
    print("vendored client OK")
    """
)


def test_a_copy_of_the_package_imports_and_calls_both_operations_sync_and_async(tmp_path: Path) -> None:
    vendor_dir = tmp_path / "someapp" / "vendor"
    shutil.copytree(PACKAGE, vendor_dir / "highlevel_invoices", ignore=shutil.ignore_patterns("__pycache__"))
    script = tmp_path / "someapp" / "app.py"
    script.write_text(_VENDORED_APP, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-s", str(script), str(vendor_dir), str(LIVE_INVOICE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PYTHONPATH": str(vendor_dir), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "vendored client OK" in result.stdout
