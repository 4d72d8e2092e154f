"""Per-call overhead of the generated client against raw httpx, and the official Python SDK on the same calls.

Everything runs against the emulator served by uvicorn in a background thread on 127.0.0.1 (with a rate limit far
above what the run needs), in one process and one run, so the figures are comparable with each other only.
Measurements are interleaved in rounds (raw, ours, raw, ours, ...) so drift hits both sides alike. The whole
measurement runs three times (`--runs`) in one invocation; the table shows, per line, the median over the runs of
the median microseconds per call and of the ratio of ours to raw httpx (the target is <= 1.08), and each run's
ratio, so a swing between runs is visible. Exit status: 0 every ratio meets the target, 1 one misses it (named).

The official SDK (gohighlevel-api-client==3.0.0, async only) is installed into a throwaway venv under
.tools/bench-sdk (never into the project venv) and run in a subprocess. It has no base-URL argument, but reads its
class attribute `HighLevel.BASE_URL` when constructed; a subclass overriding it points the SDK at the loopback
emulator, so no request leaves 127.0.0.1. Pass --no-sdk to skip it.

Usage: .venv/bin/python scripts/bench_client.py [--calls 200] [--rounds 5] [--runs 3] [--no-sdk]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "generated")]

import httpx  # noqa: E402
from highlevel_invoices import AsyncHighLevelInvoices, HighLevelInvoices  # noqa: E402
from highlevel_invoices.models import Text2PayInvoiceRequest  # noqa: E402

from contract_tests.operations import registry  # noqa: E402
from highlevel_invoices_emulator import RateLimitConfig, create_app  # noqa: E402
from highlevel_invoices_emulator.serving import serve_in_thread  # noqa: E402
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID, PRIVATE_INTEGRATION_TOKEN  # noqa: E402

SDK_VENV = REPO / ".tools" / "bench-sdk"
SDK_REQUIREMENT = "gohighlevel-api-client==3.0.0"
TOKEN = PRIVATE_INTEGRATION_TOKEN
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Version": "2021-07-28"}
PARAMS = {"altId": MAIN_LOCATION_ID, "altType": "location"}
BODY: dict[str, Any] = {
    "altId": MAIN_LOCATION_ID,
    "altType": "location",
    "name": "Benchmark",
    "currency": "USD",
    "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
    "issueDate": "2024-01-01",
    "sentTo": {"email": ["alex@example.com"]},
    "liveMode": False,
    "action": "draft",
    "userId": "hUm4SmFjEfHyjzTtQxXy",
}
#: The overhead target: each line's median ratio of ours to raw httpx.
TARGET = 1.08
GET_PATH = registry.preflight().path  # generate-invoice-number
POST_PATH = registry.fresh_drafts().path  # text2pay

SDK_SCRIPT = """
import asyncio, json, statistics, sys, time
from highlevel import HighLevel

base_url, token, location, calls, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
body = json.loads(sys.argv[6])
assert base_url.startswith("http://127.0.0.1:"), base_url


class LoopbackHighLevel(HighLevel):
    BASE_URL = base_url  # read by HighLevel.__init__ for its httpx client and its OAuth service


async def main():
    sdk = LoopbackHighLevel(private_integration_token=token, log_level="error")
    assert str(sdk.http_client.base_url).startswith("http://127.0.0.1:")
    out = {"get": [], "post": []}
    for _ in range(rounds):
        for _ in range(calls):
            started = time.perf_counter()
            result = await sdk.invoices.generate_invoice_number(alt_id=location, alt_type="location")
            out["get"].append(time.perf_counter() - started)
        for _ in range(calls):
            started = time.perf_counter()
            result = await sdk.invoices.text2pay_invoice(request_body=body)
            out["post"].append(time.perf_counter() - started)
    assert result["invoice"]["liveMode"] is False
    await sdk.http_client.aclose()
    print(json.dumps({k: statistics.median(v) for k, v in out.items()}))


asyncio.run(main())
"""


@contextmanager
def serve_emulator() -> Iterator[str]:
    """The emulator on a free 127.0.0.1 port, with a rate limit no benchmark reaches; yields its base URL."""
    limits = RateLimitConfig(max_requests=1_000_000_000, interval_ms=1_000, daily_limit=1_000_000_000)
    app = create_app(rate_limit=limits, journal_size=1_000)
    with serve_in_thread(app) as base_url:
        yield base_url


def timed(calls: int, *pairs: tuple[Callable[[], object], list[float]]) -> None:
    """Time each call of `pairs` in turn, `calls` times: alternating call by call, so that drift (e.g. the
    emulator's store growing with every invoice) weighs on every side alike."""
    for _ in range(calls):
        for call, into in pairs:
            started = time.perf_counter()
            call()
            into.append(time.perf_counter() - started)


async def atimed(calls: int, *pairs: tuple[Callable[[], Awaitable[object]], list[float]]) -> None:
    for _ in range(calls):
        for call, into in pairs:
            started = time.perf_counter()
            await call()
            into.append(time.perf_counter() - started)


def bench_sync(base_url: str, calls: int, rounds: int) -> dict[str, dict[str, float]]:
    samples: dict[str, dict[str, list[float]]] = {k: {"raw": [], "ours": []} for k in ("get", "post")}
    body = Text2PayInvoiceRequest.from_dict(BODY)
    with httpx.Client(base_url=base_url, headers=HEADERS) as raw, HighLevelInvoices(TOKEN, base_url=base_url) as ours:

        def raw_get() -> object:
            response = raw.get(GET_PATH, params=PARAMS)
            response.raise_for_status()
            return response.json()

        def raw_post() -> object:
            response = raw.post(POST_PATH, json=BODY)
            response.raise_for_status()
            return response.json()

        def ours_get() -> object:
            return ours.generate_invoice_number(alt_id=MAIN_LOCATION_ID)

        def ours_post() -> object:
            return ours.create_and_send_invoice(body)

        timed(20, (raw_get, []), (ours_get, []))  # warm up connections and code paths
        for round_number in range(rounds):
            get_pairs = [(raw_get, samples["get"]["raw"]), (ours_get, samples["get"]["ours"])]
            post_pairs = [(raw_post, samples["post"]["raw"]), (ours_post, samples["post"]["ours"])]
            if round_number % 2:  # who goes first alternates per round
                get_pairs.reverse()
                post_pairs.reverse()
            timed(calls, *get_pairs)
            timed(calls, *post_pairs)
    return {op: {side: statistics.median(v) for side, v in sides.items()} for op, sides in samples.items()}


async def bench_async(base_url: str, calls: int, rounds: int) -> dict[str, dict[str, float]]:
    samples: dict[str, dict[str, list[float]]] = {k: {"raw": [], "ours": []} for k in ("get", "post")}
    body = Text2PayInvoiceRequest.from_dict(BODY)
    async with (
        httpx.AsyncClient(base_url=base_url, headers=HEADERS) as raw,
        AsyncHighLevelInvoices(TOKEN, base_url=base_url) as ours,
    ):

        async def raw_get() -> object:
            response = await raw.get(GET_PATH, params=PARAMS)
            response.raise_for_status()
            return response.json()

        async def raw_post() -> object:
            response = await raw.post(POST_PATH, json=BODY)
            response.raise_for_status()
            return response.json()

        async def ours_get() -> object:
            return await ours.generate_invoice_number(alt_id=MAIN_LOCATION_ID)

        async def ours_post() -> object:
            return await ours.create_and_send_invoice(body)

        await atimed(20, (raw_get, []), (ours_get, []))
        for round_number in range(rounds):
            get_pairs = [(raw_get, samples["get"]["raw"]), (ours_get, samples["get"]["ours"])]
            post_pairs = [(raw_post, samples["post"]["raw"]), (ours_post, samples["post"]["ours"])]
            if round_number % 2:
                get_pairs.reverse()
                post_pairs.reverse()
            await atimed(calls, *get_pairs)
            await atimed(calls, *post_pairs)
    return {op: {side: statistics.median(v) for side, v in sides.items()} for op, sides in samples.items()}


def sdk_python() -> Path | None:
    """The throwaway venv's python with the official SDK, created on first use; None when it cannot be made."""
    python = SDK_VENV / "bin" / "python"
    if python.exists():
        return python
    uv = next((p for p in (REPO / ".tools/uv/bin/uv", Path("/tmp/uvboot/bin/uv")) if p.exists()), None)
    uv_path = str(uv) if uv is not None else shutil.which("uv")
    if uv_path is None:
        print("official SDK: skipped (no uv to make a throwaway venv)", file=sys.stderr)
        return None
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    try:
        subprocess.run([uv_path, "venv", "-q", "--python", sys.executable, str(SDK_VENV)], check=True, env=env)
        subprocess.run([uv_path, "pip", "install", "-q", "--python", str(python), SDK_REQUIREMENT], check=True, env=env)
    except subprocess.CalledProcessError as exc:
        print(f"official SDK: skipped (could not install {SDK_REQUIREMENT}: {exc})", file=sys.stderr)
        return None
    return python


def bench_sdk(base_url: str, calls: int, rounds: int) -> dict[str, float] | None:
    python = sdk_python()
    if python is None:
        return None
    command = [str(python), "-c", SDK_SCRIPT, base_url, TOKEN, MAIN_LOCATION_ID, str(calls), str(rounds)]
    result = subprocess.run([*command, json.dumps(BODY)], capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        print(f"official SDK: failed\n{result.stderr[-2000:]}", file=sys.stderr)
        return None
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {str(k): float(v) for k, v in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per operation per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="whole measurements, of which the median is reported")
    parser.add_argument("--no-sdk", action="store_true", help="skip the official SDK")
    args = parser.parse_args()

    runs: list[dict[str, dict[str, dict[str, float]]]] = []
    with serve_emulator() as base_url:
        for _ in range(args.runs):
            runs.append(
                {
                    "sync": bench_sync(base_url, args.calls, args.rounds),
                    "async": asyncio.run(bench_async(base_url, args.calls, args.rounds)),
                }
            )
        sdk_figures = None if args.no_sdk else bench_sdk(base_url, args.calls, args.rounds)

    table, status = verdict(runs, sdk_figures)
    print(f"median of {args.runs} runs of the median us per call ({args.rounds} rounds x {args.calls} calls), loopback")
    print(table)
    return status


Figures = dict[str, dict[str, float]]  # operation ("get", "post") -> side ("raw", "ours") -> seconds per call
Run = dict[str, Figures]  # mode ("sync", "async") -> figures


def verdict(runs: list[Run], sdk_figures: dict[str, float] | None) -> tuple[str, int]:
    """The table of figures (per line the median over the runs) and the exit status: 0 when every median ratio
    meets the target, 1 when any misses it (named on the last line)."""

    def us(seconds: float) -> str:
        return f"{seconds * 1e6:8.0f}"

    lines = [
        f"{'operation':<28}{'raw httpx':>10}{'ours':>10}{'ratio':>8}  {'runs':<18}{'official SDK':>13}{'SDK/raw':>9}"
    ]
    missed = []
    for mode in ("sync", "async"):
        for op, label in (("get", "generate_invoice_number"), ("post", "create_and_send_invoice")):
            raw = statistics.median(run[mode][op]["raw"] for run in runs)
            ours = statistics.median(run[mode][op]["ours"] for run in runs)
            ratios = [run[mode][op]["ours"] / run[mode][op]["raw"] for run in runs]
            ratio = statistics.median(ratios)
            if ratio > TARGET:
                missed.append(f"{mode} {label} {ratio:.2f}x")
            each = " ".join(f"{value:.2f}" for value in ratios)
            sdk = sdk_figures.get(op) if (mode == "async" and sdk_figures) else None
            sdk_cells = f"{us(sdk):>13}{sdk / raw:>8.2f}x" if sdk is not None else f"{'':>13}{'':>9}"
            lines.append(f"{mode + ' ' + label:<28}{us(raw):>10}{us(ours):>10}{ratio:>7.2f}x  {each:<18}{sdk_cells}")
    if missed:
        lines.append(f"target ours/raw <= {TARGET:.2f}x: NOT met ({', '.join(missed)})")
        return "\n".join(lines), 1
    lines.append(f"target ours/raw <= {TARGET:.2f}x: met")
    return "\n".join(lines), 0


if __name__ == "__main__":
    raise SystemExit(main())
