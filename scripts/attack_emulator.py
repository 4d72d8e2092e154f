"""Attack the served emulator on loopback, at full size, and report what every client got.

The emulator runs in its own process (uvicorn with the emulator's real serving settings, rate limits lifted so
that every create is served), and this process attacks it with raw asyncio sockets:

- flood: N connections at once, each creating an invoice (default 800);
- slowloris: M sockets sending a request head one header line every 2 s (default 520), while a legitimate client
  asks for an invoice number every 0.25 s and times its answers;
- both at once;
- the same slowloris attack, and the same flood, against a server allowed fewer connections than the attack
  holds (default 256), so that newcomers must take the places of the slowest heads, or be refused (429);
- drip (with --drip): one request body dripped a byte a second, timed until the server closes it.

Every answer is checked: JSON (`application/json` and a parsable body), its status, never a 5xx. The test suite
runs the same attacks at a small scale (contract_tests/tests/emulator/test_overload.py); this script is the
on-demand, full-size run whose figures the README reports.

Usage: .venv/bin/python scripts/attack_emulator.py [--connections 800] [--slowloris 520] [--drip]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO)]

from contract_tests.operations import registry  # noqa: E402
from highlevel_invoices_emulator.serving import (  # noqa: E402
    FILE_DESCRIPTOR_RESERVE,
    HEADERS_TIMEOUT,
    open_file_limit,
    raise_open_file_limit,
)
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_LOCATION_ID  # noqa: E402

GENERATE_PATH = registry.preflight().path  # generate-invoice-number
TEXT2PAY_PATH = registry.fresh_drafts().path  # text2pay

AUTH = f"Authorization: Bearer {LOCATION_TOKEN}\r\nVersion: 2021-07-28\r\n"
GENERATE = (
    f"GET {GENERATE_PATH}?altId={MAIN_LOCATION_ID}&altType=location HTTP/1.1\r\nHost: 127.0.0.1\r\n{AUTH}\r\n"
).encode()
BODY = json.dumps(
    {
        "altId": MAIN_LOCATION_ID,
        "altType": "location",
        "name": "Attack",
        "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 1}],
        "issueDate": "2024-01-01",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
        "action": "draft",
        "userId": "hUm4SmFjEfHyjzTtQxXy",
    }
).encode()
CREATE = (
    f"POST {TEXT2PAY_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    f"Content-Length: {len(BODY)}\r\n{AUTH}\r\n"
).encode() + BODY

SERVE = """
import sys
import uvicorn
from highlevel_invoices_emulator import RateLimitConfig, create_app
from highlevel_invoices_emulator.serving import ServingLimits, raise_open_file_limit, server_config
max_connections = int(sys.argv[1])
raise_open_file_limit(max_connections + 4096)
app = create_app(rate_limit=RateLimitConfig(max_requests=10**9, interval_ms=1000, daily_limit=10**9))
server = uvicorn.Server(server_config(app, host="127.0.0.1", port=int(sys.argv[2]),
                                      limits=ServingLimits(max_connections=max_connections)))
server.run()
"""


@dataclass
class Answer:
    status: int | None  # None: the connection ended without an answer
    json_ok: bool = False
    body: object = None
    seconds: float = 0.0


@dataclass
class Tally:
    answers: list[Answer] = field(default_factory=list)

    def line(self) -> str:
        statuses = Counter("none" if a.status is None else a.status for a in self.answers)
        not_json = sum(1 for a in self.answers if a.status is not None and not a.json_ok)
        server_errors = sum(1 for a in self.answers if a.status is not None and a.status >= 500)
        shown = ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items(), key=str))
        return f"{len(self.answers)} answers ({shown}); not JSON: {not_json}; 5xx: {server_errors}"


async def read_answer(reader: asyncio.StreamReader, started: float) -> Answer:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return Answer(None, seconds=time.monotonic() - started)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    body = b""
    with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    try:
        parsed = json.loads(body)
        json_ok = headers.get("content-type", "").startswith("application/json")
    except ValueError:
        parsed, json_ok = body[:80], False
    return Answer(status, json_ok, parsed, time.monotonic() - started)


async def one_request(port: int, request: bytes, timeout: float = 60) -> Answer:
    started = time.monotonic()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    except (OSError, TimeoutError):
        return Answer(None, seconds=time.monotonic() - started)
    try:
        writer.write(request)
        return await asyncio.wait_for(read_answer(reader, started), timeout)
    except (OSError, TimeoutError):
        return Answer(None, seconds=time.monotonic() - started)
    finally:
        writer.close()


async def slowloris(port: int, until: float) -> Answer:
    """A head sent one header line every 2 s, never finished; returns what the server says when it gives up."""
    started = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return Answer(None)
    try:
        writer.write(f"GET {GENERATE_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
        answer_task = asyncio.ensure_future(read_answer(reader, started))
        while not answer_task.done() and time.monotonic() < until:
            await asyncio.wait([answer_task], timeout=2)
            if not answer_task.done():
                writer.write(b"X-Slow: %d\r\n" % int(time.monotonic()))
        if not answer_task.done():
            answer_task.cancel()
            return Answer(None, seconds=time.monotonic() - started)
        return answer_task.result()
    except OSError:
        return Answer(None, seconds=time.monotonic() - started)
    finally:
        writer.close()


async def legitimate(port: int, until: float, every: float = 0.25) -> list[Answer]:
    answers = []
    while time.monotonic() < until:
        answers.append(await one_request(port, GENERATE, timeout=30))
        await asyncio.sleep(every)
    return answers


def latency_line(answers: list[Answer]) -> str:
    served = [a.seconds * 1000 for a in answers if a.status == 200]
    if not served:
        return f"legitimate: {len(answers)} requests, none answered 200"
    return (
        f"legitimate: {len(served)}/{len(answers)} answered 200; median {statistics.median(served):.0f} ms, "
        f"max {max(served):.0f} ms"
    )


async def flood(port: int, connections: int) -> list[str]:
    started = time.monotonic()
    tally = Tally(list(await asyncio.gather(*(one_request(port, CREATE) for _ in range(connections)))))
    elapsed = time.monotonic() - started
    numbers = sorted(
        int(a.body["invoice"]["invoiceNumber"]) for a in tally.answers if a.status == 200 and isinstance(a.body, dict)
    )
    contiguous = numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else False
    return [
        f"flood of {connections} creates at once, {elapsed:.1f} s: {tally.line()}",
        f"  invoice numbers: {len(numbers)} created, unique: {len(set(numbers)) == len(numbers)}, "
        f"contiguous: {contiguous}",
    ]


async def slow_attack(port: int, sockets: int, *, with_flood: int = 0) -> list[str]:
    until = time.monotonic() + HEADERS_TIMEOUT + 3
    slow = [asyncio.ensure_future(slowloris(port, until)) for _ in range(sockets)]
    await asyncio.sleep(1.5)  # the sockets are open and dripping
    legit = asyncio.ensure_future(legitimate(port, until - 1))
    flood_lines: list[str] = []
    if with_flood:
        flood_lines = await flood(port, with_flood)
    slow_tally = Tally(list(await asyncio.gather(*slow)))
    latencies = [a.seconds for a in slow_tally.answers if a.status is not None]
    lines = [
        f"slowloris {sockets} sockets: {slow_tally.line()}"
        + (f"; closed after {min(latencies):.1f}-{max(latencies):.1f} s" if latencies else ""),
        *flood_lines,
        f"  {latency_line(await legit)}",
    ]
    not_ok = [a for a in (await legit) if a.status is not None and (not a.json_ok or a.status >= 500)]
    if not_ok:
        lines.append(f"  legitimate answers not JSON or 5xx: {len(not_ok)}")
    return lines


async def drip(port: int) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    writer.write(CREATE[: len(CREATE) - len(BODY)] + b"{")
    answer_task = asyncio.ensure_future(read_answer(reader, started))
    while not answer_task.done():
        await asyncio.wait([answer_task], timeout=1)
        if not answer_task.done():
            writer.write(b" ")
    answer = answer_task.result()
    writer.close()
    return [f"dripped body (1 byte/s): answered {answer.status} {answer.body} after {answer.seconds:.1f} s"]


def start_server(max_connections: int) -> tuple[subprocess.Popen[str], int]:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(max_connections), str(port)], cwd=REPO, text=True, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the emulator did not start")


def run(scenario: str, max_connections: int, attack: object) -> None:
    process, port = start_server(max_connections)
    try:
        lines = asyncio.run(attack(port))  # type: ignore[operator]
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    print(f"## {scenario} (server max_connections {max_connections})")
    for line in lines:
        print(line)
    if "Traceback" in stderr:
        print("  server stderr had a traceback:\n" + stderr[-2000:])
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=800)
    parser.add_argument("--slowloris", type=int, default=520)
    parser.add_argument("--small-server", type=int, default=256, help="max_connections for the eviction run")
    parser.add_argument("--drip", action="store_true", help="also time a dripped body (takes the body timeout)")
    args = parser.parse_args()
    raise_open_file_limit(args.connections + args.slowloris + FILE_DESCRIPTOR_RESERVE + 256)
    print(f"open-file limit of this process: {open_file_limit()}")
    print()
    run("flood", 2048, lambda port: flood(port, args.connections))
    run("slowloris", 2048, lambda port: slow_attack(port, args.slowloris))
    run(
        "slowloris and flood together",
        2048,
        lambda port: slow_attack(port, args.slowloris, with_flood=args.connections),
    )
    run("slowloris beyond max_connections", args.small_server, lambda port: slow_attack(port, args.slowloris))
    run("flood beyond max_connections", args.small_server, lambda port: flood(port, args.connections))
    if args.drip:
        run("dripped body", 2048, drip)


if __name__ == "__main__":
    main()
