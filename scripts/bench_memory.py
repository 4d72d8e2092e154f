"""Resident memory of the emulator's store and journal: what one stored invoice and one journal byte really cost.

Each scenario runs in a fresh subprocess (so one cannot inherit another's heap) and fills the emulator through
its real request path (text2pay over httpx's ASGI transport) or, for the journal, through `Journal.record` with
bodies parsed as the app parses them. It measures the process's RSS (VmRSS from /proc/self/status, after a
garbage collection) before and after, and prints the growth per invoice or per counted journal byte next to
what the store and the journal count for themselves (`InvoiceStore.bytes`, `Journal.bytes`), so the documented
bounds can be checked against the measured truth.

Usage: .venv/bin/python scripts/bench_memory.py [--big 200] [--small 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO)]

import httpx  # noqa: E402

from contract_tests.operations import registry  # noqa: E402
from highlevel_invoices_emulator import RateLimitConfig, create_app, emulator_state  # noqa: E402
from highlevel_invoices_emulator.journal import Journal, JournalEntry  # noqa: E402
from highlevel_invoices_emulator.request_parsing import parse_json_text  # noqa: E402
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID  # noqa: E402

HEADERS = {"Authorization": f"Bearer {LOCATION_TOKEN}", "Version": "2021-07-28", "Content-Type": "application/json"}
TEXT2PAY = registry.fresh_drafts().path  # text2pay
BODY_LIMIT = 102_400  # the default profile's body limit


def _body(items: int) -> dict[str, Any]:
    return {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Memory benchmark",
        "currency": "USD",
        "items": [{"name": f"Widget {n}", "currency": "USD", "amount": 1, "qty": 1} for n in range(items)],
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
        "action": "draft",
        "userId": "hUm4SmFjEfHyjzTtQxXy",
    }


def big_body() -> bytes:
    """The largest text2pay body under the default 100 KB limit: as many line items as fit."""
    low, high = 1, 10_000
    while low < high:  # the largest item count whose body still fits
        middle = (low + high + 1) // 2
        if len(json.dumps(_body(middle)).encode()) <= BODY_LIMIT:
            low = middle
        else:
            high = middle - 1
    return json.dumps(_body(low)).encode()


def rss_bytes() -> int:
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def store_scenario(count: int, body: bytes) -> dict[str, object]:
    unlimited = RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9)
    # A journal of one entry, so only the store grows; stores large enough to keep every invoice.
    app = create_app(rate_limit=unlimited, journal_size=1, max_invoices=count + 100, max_store_bytes=1 << 40)
    state = emulator_state(app)

    async def run() -> tuple[int, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator.test") as client:

            async def create() -> None:
                response = await client.post(TEXT2PAY, content=body, headers=HEADERS)
                assert response.status_code == 200, response.text[:300]

            for _ in range(5):  # warm up: imports, caches, the first location's structures
                await create()
            before = rss_bytes()
            counted_before = state.store.bytes
            for _ in range(count):
                await create()
            return before, counted_before

    before, counted_before = asyncio.run(run())
    after = rss_bytes()
    stored = state.store.invoices()[-1]
    return {
        "invoices": count,
        "request_bytes": len(body),
        "document_bytes": len(json.dumps(stored, separators=(",", ":")).encode()),
        "rss_per_invoice": (after - before) / count,
        "counted_per_invoice": (state.store.bytes - counted_before) / count,
    }


def journal_scenario(body: bytes, max_bytes: int) -> dict[str, object]:
    journal = Journal(10**7, max_bytes=max_bytes)
    text = body.decode()
    journal.record(JournalEntry("POST", TEXT2PAY, {}, parse_json_text(text), 200))
    before = rss_bytes()
    counted_before = journal.bytes
    entries = 0
    while journal.bytes < max_bytes - 2 * len(body) - 4096:
        journal.record(JournalEntry("POST", TEXT2PAY, {"altId": MAIN_LOCATION_ID}, parse_json_text(text), 200))
        entries += 1
    after = rss_bytes()
    counted = journal.bytes - counted_before
    return {
        "entries": entries,
        "body_bytes": len(body),
        "json_bytes": len(json.dumps(parse_json_text(text), ensure_ascii=False, separators=(",", ":")).encode()),
        "counted_bytes": counted,
        "rss": after - before,
        "rss_per_counted_byte": (after - before) / counted,
    }


def _run(scenario: str, arguments: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--scenario",
        scenario,
        "--big",
        str(arguments.big),
        "--small",
        str(arguments.small),
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", type=int, default=200, help="invoices with ~100 KB bodies to store")
    parser.add_argument("--small", type=int, default=10_000, help="invoices with minimal bodies to store")
    parser.add_argument("--scenario", choices=["store-big", "store-small", "journal-big", "journal-small"])
    arguments = parser.parse_args()
    small = json.dumps(_body(1)).encode()
    if arguments.scenario == "store-big":
        print(json.dumps(store_scenario(arguments.big, big_body())))
        return
    if arguments.scenario == "store-small":
        print(json.dumps(store_scenario(arguments.small, small)))
        return
    if arguments.scenario == "journal-big":
        print(json.dumps(journal_scenario(big_body(), 32 * 1024 * 1024)))
        return
    if arguments.scenario == "journal-small":
        print(json.dumps(journal_scenario(small, 8 * 1024 * 1024)))
        return

    print("Emulator memory (RSS growth, one fresh process per row; the byte bounds apply to the counted figure):")
    print()
    print("| scenario | JSON per item | RSS per item | counted per item | RSS/counted |")
    print("|---|---:|---:|---:|---:|")
    for scenario in ("store-big", "store-small"):
        r = _run(scenario, arguments)
        print(
            f"| {r['invoices']:,} invoices from {r['request_bytes']:,} B requests | {r['document_bytes']:,} B | "
            f"{r['rss_per_invoice']:,.0f} B | {r['counted_per_invoice']:,.0f} B | "
            f"{r['rss_per_invoice'] / r['counted_per_invoice']:.2f} |"
        )
    for scenario in ("journal-big", "journal-small"):
        r = _run(scenario, arguments)
        entries = r["entries"]
        print(
            f"| journal, {entries:,} entries of {r['body_bytes']:,} B bodies ({r['counted_bytes'] / 2**20:.1f} MiB) "
            f"| {r['json_bytes']:,} B | {r['rss'] / entries:,.0f} B | {r['counted_bytes'] / entries:,.0f} B | "
            f"{r['rss_per_counted_byte']:.2f} |"
        )


if __name__ == "__main__":
    main()
