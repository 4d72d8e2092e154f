"""Operation cards: one module per vendor operation, holding everything the suite knows about it.

The package sits below the suite and the corpus: it imports only the record library (to read method and path from
the curated spec) and itself, so the live-safety guard, the ledger, pinning, scenarios, proofs, checks, tolerance,
the budget, corpus harvesting and the benches all read the cards, and no code elsewhere spells an operation's path
or operationId (`contract_tests/tests/operations/test_one_place.py` scans for it).

- `card.py`: the `Card` (data plus the builders derived from it) and what it asks of the run;
- `routes.py`: the one route matcher, as the vendor's router matches (case, slashes, route order);
- `registry.py`: every card (a module here defining `CARD` is one), `by_id`, `by_label`, `match`, and the roles
  (`preflight`, `fresh_drafts`, `cleanup`);
- `live_rules.py`: the live rules a card may set; `drafts.py`: the billing fields' draft rule;
- one module per operation: `generate_invoice_number.py`, `text2pay.py`, `delete_invoice.py`.

A card, field by field (defaults in `card.py`):

| field | says |
|---|---|
| `operation_id` | the spec's operationId; method and path are read from the spec (`card.method`, `card.path`) |
| `effect` | `Effect.READ`, `CREATE`, `CHANGE` or `DELETE`: what a 2xx does to the account |
| `location_in` | where `altId`/`altType` travel: `("query",)`, `("body",)`, or both (first: where checks look first) |
| `invoice` | `InvoiceRef("path", "invoiceId")`, or `InvoiceRef("body", "id", required=False)` (an update), or None |
| `answer_invoice` | JSON pointer of the invoice in a 2xx answer: `"/invoice"`, `""` (the whole answer), None |
| `refusals` | documented refusals, `Refusal(400, "message", gone=...)`: tolerated for schema-valid requests |
| `body_schema`, `example` | the request body's component and its named example (the proofs' bodies) |
| `pin`, `observe`, `pin_body` | pinning beyond location and invoice; learning from 2xx answers; pinning examples |
| `coverage_requests`, `requests_per_example` | the budget model's coefficients |
| `checks` | the suite's own checks that apply, by name (`RATE_LIMIT_CHECKS`, `INVOICE_CHECKS`) |
| `generated_live` | whether generated cases of it may go to the live API |
| `live_rule` | `reads_only`, `own_invoices_only` or your own; None (the default): a live run never calls it |
| `billing` | its body carries `action`/`liveMode`, only as this rule says (`drafts.py`: a draft, test mode) |
| `query` | the query parameters a built request carries beyond the location (the list's page) |
| `preflight`, `fresh_drafts`, `cleanup` | roles, each exactly one card's |

The builders `valid_request`, `foreign_location_request` and `unknown_id_request` (all through `request`) build
from this data: the location in every carrier, the example as the body, the invoice named in its place.

Converting an entry of the old registry (`contract_tests/suite/operations.py`) is mechanical:
`Operation("voidInvoice", "POST", "/invoices/{invoiceId}/void", body_schema=B, example=E, pin=pinning.pin_own_invoice,
observe=O, coverage_requests=C, requests_per_example=R, checks=INVOICE_CHECKS, generated_live=G)` becomes the module
`contract_tests/operations/void_invoice.py` holding `CARD = Card("voidInvoice", effect=Effect.CHANGE,
location_in=("query",), invoice=InvoiceRef("path", "invoiceId"), answer_invoice="", body_schema=B, example=E,
observe=O, coverage_requests=C, requests_per_example=R, checks=INVOICE_CHECKS, generated_live=G)`: drop method and
path (the spec has them); `pin_own_invoice` and `pin_generate_number` are what every card pins from `location_in`
and `invoice` (drop them); checks are named by data (`INVOICE_CHECKS` from `card.py`); a body example needs a
`pin_body`; add `refusals` and, only once a person has decided what it may touch, a `live_rule`.
"""
