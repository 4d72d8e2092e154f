"""The README quick start, verbatim (tests run it against the emulator on a free loopback port)."""

from highlevel_invoices import HighLevelInvoices

TOKEN, LOCATION = "pit-6f1c2e9a-3b7d-4e21-9c55-0d8e4a7b1f32", "ve9EPM428h8vShlRW1KT"  # `make emulator` defaults
with HighLevelInvoices(TOKEN, location_id=LOCATION, base_url="http://127.0.0.1:8765") as client:
    print("next number:", client.invoices.generate_number().invoice_number)
    created = client.invoices.text2pay(
        user_id="hUm4SmFjEfHyjzTtQxXy", name="Quick start", currency="USD", issue_date="2024-01-01",
        items=[{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}], sent_to={"email": ["alex@example.com"]},
        live_mode=False, action="draft")  # never "send" or live_mode=True: that bills real customers
    print("created:", created.invoice.id, created.invoice.invoice_number, created.invoice.total, created.invoice_url)
    # Delete the draft again (a draft only: a sent invoice is voided instead). The location goes in the body.
    deleted = client.delete_invoice({"altId": LOCATION, "altType": "location"}, invoice_id=created.invoice.id)
    print("deleted:", deleted.id, deleted.status)
