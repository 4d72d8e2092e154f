"""The hand-written runtime of the generated client: plain modules that `make generate` copies, as they are, into
`generated/highlevel_invoices/` (this file excepted).

They import each other relatively (`from .errors import ...`), so they work the same here and in the package, and they
know nothing the spec decides: that is rendered from the templates in `spec/templates/`. Import order, one way: types <-
decoding <- enums; ratelimit <- errors <- deadline <- bodies <- reading <- retry <- operation <- auth <- base_client <-
endpoint, facade; paging imports none of them.
"""
