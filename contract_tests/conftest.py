"""Hypothesis profiles for every test under contract_tests/, chosen with HYPOTHESIS_PROFILE.

- `default` and `ci`: derandomized (a fixed seed), 100 examples: the same cases on every run and machine;
- `nightly`: random seeds, 500 examples, so each night explores new inputs;
- `dev`: derandomized, 25 examples, for a quick local loop.
The contract suite derives its Schemathesis seed and example count from the active profile (suite/schemas.py).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_BASE = settings(
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

settings.register_profile("default", _BASE, derandomize=True, max_examples=100)
settings.register_profile("ci", _BASE, derandomize=True, max_examples=100)
settings.register_profile("dev", _BASE, derandomize=True, max_examples=25)
settings.register_profile("nightly", _BASE, derandomize=False, max_examples=500)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
if PROFILE not in ("default", "ci", "dev", "nightly"):
    raise SystemExit(f"HYPOTHESIS_PROFILE={PROFILE!r} is not one of default, ci, dev, nightly")
settings.load_profile(PROFILE)
