"""`make bench` fails when a benchmark misses its target; `make discrepancies` fits the terminal (or COLUMNS)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import bench_client
from scripts.discrepancies import proof_text

REPO_ROOT = Path(__file__).resolve().parents[3]


def _figures(ratio: float) -> dict[str, dict[str, float]]:
    return {op: {"raw": 0.001, "ours": 0.001 * ratio} for op in ("get", "post")}


def test_the_client_benchmark_passes_when_every_ratio_meets_the_target() -> None:
    runs = [{"sync": _figures(1.05), "async": _figures(1.08)}, {"sync": _figures(1.2), "async": _figures(1.0)}] * 2
    table, status = bench_client.verdict([*runs, {"sync": _figures(1.0), "async": _figures(1.0)}], None)
    assert status == 0
    assert table.splitlines()[-1] == "target ours/raw <= 1.08x: met"


def test_the_client_benchmark_exits_1_naming_what_missed_the_target() -> None:
    slow_post = {"get": {"raw": 0.001, "ours": 0.00105}, "post": {"raw": 0.001, "ours": 0.00125}}
    runs = [{"sync": _figures(1.0), "async": slow_post}] * 3
    table, status = bench_client.verdict(runs, {"get": 0.0008, "post": 0.0009})
    assert status == 1
    assert table.splitlines()[-1] == "target ours/raw <= 1.08x: NOT met (async create_and_send_invoice 1.25x)"


def test_make_bench_fails_when_a_benchmark_misses(tmp_path: Path) -> None:
    """The recipe runs both benchmarks and fails after them when one failed (checked on the recipe make would run,
    with each benchmark replaced by a stand-in: the real ones take minutes)."""
    done = subprocess.run(["make", "-n", "bench"], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("failed="))
    script = "\n".join(lines[start:])
    assert "bench_client.py" in script, done.stdout
    for name, code in (("bench_client.py", 1), ("bench_contract.py", 0)):
        stand_in = tmp_path / name
        stand_in.write_text(f"echo ran {name}; exit {code}\n", encoding="utf-8")
        script = script.replace(f"scripts/{name}", str(stand_in))
    script = script.replace(".venv/bin/python", "sh")
    ran = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert ran.returncode == 1
    assert "ran bench_client.py" in ran.stdout
    assert "ran bench_contract.py" in ran.stdout  # the second still ran
    assert "target missed (or benchmark failed): bench_client.py" in ran.stderr


@pytest.mark.parametrize("columns", [80, 100, 132])
def test_the_catalog_honours_columns(columns: int) -> None:
    env = {**os.environ, "COLUMNS": str(columns)}
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "discrepancies.py")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) == columns
    assert "{'" not in done.stdout  # no raw Python dicts


def test_a_proof_reads_as_one_line_per_claim() -> None:
    proof = {
        "kind": "vendor-docs",
        "claims": [
            {"pointer": "/paths/~1a/get/parameters/0/schema/default", "absent": True},
            {"file": "../common/common-schemas.json", "pointer": "/components/schemas/X/required", "value": None},
        ],
    }
    assert proof_text(proof).splitlines() == [
        "kind: vendor-docs",
        "claims: pointer: /paths/~1a/get/parameters/0/schema/default, absent: true",
        "claims: file: ../common/common-schemas.json, pointer: /components/schemas/X/required, value: null",
    ]
