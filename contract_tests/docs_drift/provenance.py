"""Which comparison a `docs-drift.json` is: the curated spec it judged (its SHA-256) and the CI job that wrote it.

The contract run lets the docs-drift verdict settle its `vendor-docs` proofs only when the report judged the same
spec and, in CI, comes from the same job (`GITHUB_RUN_ID` and `GITHUB_RUN_ATTEMPT`): a report left from another
run or another spec is named as such, never taken as this run's verdict.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEY = "provenance"


def spec_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def job_id(env: Mapping[str, str] | None = None) -> str | None:
    """The CI job's identity (`<run id>.<attempt>`), or None outside GitHub Actions."""
    env = os.environ if env is None else env
    run = env.get("GITHUB_RUN_ID", "").strip()
    return f"{run}.{env.get('GITHUB_RUN_ATTEMPT', '1').strip() or '1'}" if run else None


def stamp(spec: Path) -> dict[str, Any]:
    """The provenance a docs-drift report carries under `KEY`."""
    try:
        digest: str | None = spec_sha256(spec)
    except OSError:
        digest = None
    written = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return {KEY: {"spec_sha256": digest, "job": job_id(), "written": written}}
