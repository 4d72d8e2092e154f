"""The HighLevel Invoices contract suite: Schemathesis + Hypothesis + pytest, against the emulator or a server.

Everything the suite knows about each vendor operation is its card, in `contract_tests.operations` (below the suite).
Modules, in import order: `settings` (environment), `pinning` (the run's ids in generated cases) and `hooks`
(before_call), `checks` (the suite's own checks), `check_selection`, `applicability` and `tolerated` (which checks
run, count and may be dropped), `ledger` (the drafts a run created and deleted, the create budget), `targets` (the
app Schemathesis calls, behind `live_guard` and `recording`), `schemas` (spec variants), `scenarios` and `proofs`
(the discrepancy record proven against the target), `classify` (as-documented findings explained), `preflight` and
`cleanup` (before the first case and after the last), `runtime` (the process' run), `results`, `summary` and
`reporting` (findings and reports). The `test_*.py` modules are the suite itself.
"""
