"""The README quick start, verbatim (tests run it against the emulator on a free loopback port)."""

from highlevel_invoices import HighLevelInvoices
from highlevel_invoices.models import Text2PayInvoiceRequest

TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlbXVsYXRvci1sb2NhdGlvbi1ydyJ9.emu-sig-location-rw"
LOCATION = "ve9EPM428h8vShlRW1KT"
item = {"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}
draft: dict[str, object] = {"altId": LOCATION, "altType": "location", "userId": "hUm4SmFjEfHyjzTtQxXy"}
draft |= {"name": "Quick start", "currency": "USD", "items": [item], "issueDate": "2024-01-01"}
draft |= {"sentTo": {"email": ["alex@example.com"]}}
draft |= {"liveMode": False, "action": "draft"}  # never "send" or liveMode true: that bills real customers

with HighLevelInvoices(TOKEN, base_url="http://127.0.0.1:8765") as client:
    print("next number:", client.generate_invoice_number(alt_id=LOCATION).invoice_number)
    created = client.create_and_send_invoice(Text2PayInvoiceRequest.from_dict(draft))
    print("created:", created.invoice.invoice_number, created.invoice.total, created.invoice_url)
