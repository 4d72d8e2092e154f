"""Benchmark: the contract suite's cases per second against plain Schemathesis, on one trivial ASGI app.

usage: python scripts/bench_contract.py [--cases N]

Both sides generate the same derandomized cases (positive and negative) from the curated spec and call the same
trivial app in-process, so the ratio measures the suite's own overhead: the live-safety guard, the recorder,
`before_call` pinning, the custom checks, the tolerated-failure filter and result collection. Target: >= 0.8.
Exit status: 0 the target is met, 1 it is missed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "generated")]

TARGET_RATIO = 0.8


def _benched() -> tuple[Any, Any]:
    """The two operations measured, by their cards: generate-invoice-number (a read) and text2pay (a body)."""
    from contract_tests.operations import registry

    return registry.preflight(), registry.fresh_drafts()


def trivial_app() -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def number(request: Request) -> JSONResponse:
        return JSONResponse({"invoiceNumber": "1"})

    async def text2pay(request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse({"statusCode": 422, "message": ["rejected"]}, status_code=422)

    read, create = _benched()
    return Starlette(
        routes=[
            Route(read.path, number, methods=[read.method]),
            Route(create.path, text2pay, methods=[create.method]),
        ]
    )


def _loop(schema: Any, cases: int, call: Callable[[Any], None]) -> tuple[int, float]:
    import hypothesis
    from schemathesis.core.failures import FailureGroup

    done = 0
    started = time.perf_counter()
    for card in _benched():
        operation = schema[card.path][card.method]

        @hypothesis.settings(
            max_examples=cases,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[hypothesis.Phase.generate],
            suppress_health_check=list(hypothesis.HealthCheck),
        )
        @hypothesis.given(case=operation.as_strategy())
        def run(case: Any) -> None:
            nonlocal done
            done += 1
            # The trivial app is not the vendor, so checks fail; only throughput matters here.
            with contextlib.suppress(FailureGroup):
                call(case)

        run()
    return done, time.perf_counter() - started


def plain(cases: int) -> tuple[int, float]:
    import schemathesis

    from contract_tests.suite.schemas import spec_document

    schema = schemathesis.openapi.from_dict(spec_document("curated"))
    schema.app = trivial_app()
    return _loop(schema, cases, lambda case: case.call_and_validate())


def suite(cases: int) -> tuple[int, float]:
    from contract_tests.suite import hooks
    from contract_tests.suite.checks import checks_for
    from contract_tests.suite.recording import Recorder, Redactor
    from contract_tests.suite.runtime import Run
    from contract_tests.suite.settings import load_settings
    from contract_tests.suite.targets import Target, wrap

    settings = load_settings({})
    recorder = Recorder(Redactor(settings.identity.secrets()))
    app, guard = wrap(trivial_app(), settings, recorder)
    run = Run(settings=settings, target=Target(app, "trivial app", guard, recorder))
    schema = run.schema("curated")
    assert hooks.pins_of(schema) is not None

    def call(case: Any) -> None:
        run.results.record_case(case.operation.label)
        case.call_and_validate(**run.call_kwargs(), additional_checks=checks_for(case.operation.label))

    return _loop(schema, cases, call)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=200, help="cases per operation (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.cases <= 0:
        print("bench_contract: --cases must be positive", file=sys.stderr)
        return 2
    plain(10)  # warm both paths up (imports, schema caches) before measuring
    suite(10)
    plain_cases, plain_time = plain(args.cases)
    suite_cases, suite_time = suite(args.cases)
    plain_rate, suite_rate = plain_cases / plain_time, suite_cases / suite_time
    ratio = suite_rate / plain_rate
    print(f"plain Schemathesis: {plain_cases} cases in {plain_time:.2f} s = {plain_rate:.1f} cases/s")
    print(f"contract suite:     {suite_cases} cases in {suite_time:.2f} s = {suite_rate:.1f} cases/s")
    verdict = "meets" if ratio >= TARGET_RATIO else "MISSES"
    print(f"ratio: {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
