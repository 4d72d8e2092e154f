"""The HighLevel Invoices contract suite: Schemathesis + Hypothesis + pytest, against the emulator or a server.

Modules: `settings` (environment), `targets` (the app Schemathesis calls), `live_guard` (safety, throttle,
budget), `recording` (HAR), `pinning` (before_call), `checks` (check selection and custom checks), `schemas`
(spec variants), `runtime` (the process' run), `results`/`summary` (findings and reports), `proofs` (the
discrepancy record proven against the target). The `test_*.py` modules are the suite itself.
"""
