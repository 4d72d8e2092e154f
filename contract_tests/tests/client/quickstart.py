"""The README quick start, verbatim (tests run it against the emulator on a free loopback port)."""

from highlevel_invoices import HighLevelInvoices

TOKEN, LOCATION = "pit-6f1c2e9a-3b7d-4e21-9c55-0d8e4a7b1f32", "ve9EPM428h8vShlRW1KT"  # `make emulator` defaults
with HighLevelInvoices(TOKEN, base_url="http://127.0.0.1:8765") as client:
    print("next number:", client.generate_invoice_number(alt_id=LOCATION).invoice_number)
    created = client.create_and_send_invoice({
        "altId": LOCATION, "userId": "hUm4SmFjEfHyjzTtQxXy", "name": "Quick start", "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}], "issueDate": "2024-01-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False, "action": "draft"})  # never "send" or liveMode true: that bills real customers
    print("created:", created.invoice.id, created.invoice.invoice_number, created.invoice.total, created.invoice_url)
    # Delete the draft again (a draft only: a sent invoice is voided instead). The location goes in the body.
    deleted = client.delete_invoice({"altId": LOCATION, "altType": "location"}, invoice_id=created.invoice.id)
    print("deleted:", deleted.id, deleted.status)
