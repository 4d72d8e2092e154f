"""Prove each `x-discrepancies` entry against the target, per its `proof` (see the spec's description).

`prove(entry)` answers:
- present:    the target still behaves as the curated spec says and unlike the documentation;
- resolved:   the target no longer shows the difference (the record is stale: the proof test fails);
- unproven:   the scenario cannot run against this target (e.g. no agency token in live mode), or the target's
              answer cannot decide it: a 429 (rate limited), a 5xx, or a status outside the class the scenario
              judges. A proof rate limited by a 429 is tried again after the wait the answer asks for (bounded);
and raises `ProofContradicted` when the curated side fails: then the curated spec itself is wrong (a new violation).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis import Response
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.openapi.checks import JsonSchemaError
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from contract_tests.operations import registry
from contract_tests.record import Discrepancy, resolve_pointer
from contract_tests.suite.results import ProofOutcome, quote_answer
from contract_tests.suite.scenarios import (
    JUDGEABLE,
    RATE_LIMIT_SCENARIOS,
    SCENARIO_AUTH_ANSWERS,
    SCENARIO_EXPECTS,
    Inconclusive,
    Request,
    ScenarioContext,
    Unprovable,
    run_scenario,
)
from contract_tests.suite.schemas import build_schema, spec_document, suite_config
from contract_tests.suite.targets import retry_wait

CheckFn = Callable[..., Any]
AUTH_REFUSALS = frozenset({401, 403})
SHARED_SCENARIOS = frozenset({"generate-number", "create-draft", "delete-draft"})
# A proof answered 429 is tried again at most this often, waiting at most PROOF_RETRY_WAIT seconds each time.
PROOF_RETRIES = 2
PROOF_RETRY_WAIT = 30.0


class ProofContradicted(AssertionError):
    """The curated side of a proof fails: the curated spec does not describe the target."""


@cache
def documented_schema(entry_id: str, app: Any) -> BaseSchema:
    return build_schema(spec_document("as-documented", only=frozenset({entry_id})), app, config=suite_config())


def check_failures(
    schema: BaseSchema, operation: str, response: Response, check: CheckFn, request: Request
) -> list[Failure]:
    """The failures of `check` for this exchange under `schema` (none when it passes)."""
    card = registry.by_id(operation)
    extra = {"body": request.body, "media_type": "application/json"} if request.body is not None else {}
    case = schema[card.path][card.method].Case(
        query=request.query or {}, headers={}, path_parameters=request.path, **extra
    )
    try:
        case.validate_response(response, checks=[check])
    except FailureGroup as group:
        return [f for f in group.exceptions if isinstance(f, Failure)]
    return []


def check_failure(
    schema: BaseSchema, operation: str, response: Response, check: CheckFn, request: Request
) -> str | None:
    """The failure message of `check` for this exchange under `schema`, or None when it passes."""
    failures = check_failures(schema, operation, response, check, request)
    return "\n".join(str(failure) for failure in failures) if failures else None


def concerns(failure: Failure, pointer: str) -> bool:
    """Whether a response-schema failure is about the field at `pointer` (or the answer as a whole): a failure at
    the field or inside it, at an object holding it (a type error of the parent, the field required but missing),
    or one that names no place. A failure at another field is not: a drift is that field's finding, reported once
    by the conformance test, and judges no proof about this one."""
    if not isinstance(failure, JsonSchemaError):
        return True
    parts = [part for part in pointer.split("/") if part]
    path = [str(part) for part in failure.instance_path]
    if path[: len(parts)] == parts:
        return True
    if parts[: len(path)] != path:
        return False  # diverges: another field
    keyword = str(failure.schema_path[-1]) if failure.schema_path else ""
    if keyword == "required":
        return f'"{parts[len(path)]}"' in failure.message
    return keyword not in ("properties", "additionalProperties")


def _status_matches(status: int, wanted: tuple[str, ...]) -> bool:
    return str(status) in wanted or f"{status // 100}xx" in wanted


def conclusive(
    response: Response,
    where: str,
    wanted: tuple[str, ...] = JUDGEABLE,
    *,
    rate_limit: bool = False,
    auth_answers: frozenset[int] = frozenset(),
) -> None:
    """Raise `Inconclusive` unless `response` can decide a proof: not a 429 (unless the scenario is about rate
    limits), not a 5xx, not a refusal of the credentials (401, 403) unless the scenario provokes it
    (`auth_answers`), and a status in `wanted` (classes like "2xx" or exact codes like "401")."""
    status = response.status_code
    if status in (401, 403) and status not in auth_answers and str(status) not in wanted:
        message = _message(response)
        raise Inconclusive(f"{where} answered {status} ({message}): the credentials were refused, inconclusive")
    if status == 429 and not rate_limit:
        headers = {k: v[0] if isinstance(v, list) else v for k, v in response.headers.items()}
        raise Inconclusive(f"{where} answered 429 (rate limited): inconclusive", retry_wait(headers))
    if status >= 500:
        raise Inconclusive(f"{where} answered {status} (server error): inconclusive")
    if not _status_matches(status, wanted) and not (rate_limit and status == 429):
        raise Inconclusive(f"{where} answered {status}, not the {' or '.join(wanted)} this proof judges: inconclusive")


def _message(response: Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return "no JSON body"
    message = body.get("message") if isinstance(body, dict) else None
    return quote_answer(str(message), 100) if message is not None else "no message"


def _outcome(entry: Discrepancy, present: bool, detail: str) -> ProofOutcome:
    return ProofOutcome(entry.id, str(entry.proof["kind"]), "present" if present else "resolved", detail)


def _validator(document: dict[str, Any], pointer: str) -> Draft202012Validator:
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator({"$ref": f"urn:spec#{pointer}"}, registry=registry)


class Prover:
    def __init__(
        self,
        ctx: ScenarioContext,
        app: Any,
        *,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = PROOF_RETRIES,
    ) -> None:
        self.ctx = ctx
        self.app = app
        self._sleep = sleep
        self._retries = retries
        # Answers of SHARED_SCENARIOS, reused by every proof that reads them (one draft for all response-side
        # proofs of text2pay: fewer requests, and fewer numbers consumed, against the live API).
        self._shared: dict[tuple[str, str | None], tuple[Request, Response]] = {}

    def prove(self, entry: Discrepancy) -> ProofOutcome:
        kind = str(entry.proof["kind"])
        handler = getattr(self, "_" + kind.replace("-", "_"), None)
        if handler is None:
            raise Unprovable(f"unknown proof kind {kind!r}")
        attempt = 0
        while True:
            try:
                outcome: ProofOutcome = handler(entry, entry.proof)
            except Inconclusive as reason:
                wait = reason.retry_after
                if wait is not None and wait <= PROOF_RETRY_WAIT and attempt < self._retries:
                    attempt += 1
                    self._sleep(wait)
                    continue
                tried = f" (after {attempt + 1} attempts)" if attempt else ""
                return ProofOutcome(entry.id, kind, "unproven", f"{reason}{tried}")
            except Unprovable as reason:
                return ProofOutcome(entry.id, kind, "unproven", str(reason))
            return outcome

    def _vendor_docs(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        raise Unprovable("a claim about the vendor's docs alone: `make docs-drift` proves it on the vendor's file")

    # --- response-side proofs -------------------------------------------------------------------------------

    def _scenario(self, proof: Any, wanted: tuple[str, ...] | None = None) -> tuple[Request, Response]:
        """Run the proof's scenario; `wanted`: the statuses the proof can judge (default: the scenario's own)."""
        scenario = str(proof["scenario"])
        key = (scenario, proof.get("operation"))
        if key in self._shared:
            request, response = self._shared[key]
        else:
            response = run_scenario(self.ctx, scenario, proof.get("operation"))
            assert self.ctx.last_request is not None
            request = self.ctx.last_request
        limited = scenario in RATE_LIMIT_SCENARIOS
        conclusive(
            response,
            scenario,
            wanted or SCENARIO_EXPECTS.get(scenario, JUDGEABLE),
            rate_limit=limited,
            auth_answers=SCENARIO_AUTH_ANSWERS.get(scenario, frozenset()),
        )
        if scenario in SHARED_SCENARIOS:  # kept once conclusive: an inconclusive answer is asked again
            self._shared[key] = (request, response)
        return request, response

    def _response_field(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        """The answer has (`expect: present`) or lacks (`expect: absent`) the field at the pointer, unlike the
        documentation; the curated schema accepts the answer there."""
        request, response = self._scenario(proof)
        operation, pointer, expect = str(proof["operation"]), str(proof["pointer"]), str(proof["expect"])
        check = response_schema_conformance
        curated = [
            f for f in check_failures(self.ctx.schema, operation, response, check, request) if concerns(f, pointer)
        ]
        if curated:
            detail = "\n".join(str(f) for f in curated)
            raise ProofContradicted(f"{entry.id}: the curated spec fails {check.__name__} at {pointer}: {detail}")
        has = _has_field(response.json(), pointer)
        where = f"{proof['scenario']} answered {response.status_code}"
        return _outcome(entry, has == (expect == "present"), f"{where}; {pointer} is {'present' if has else 'absent'}")

    def _response_schema(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        """The field at the proof's pointer fits the curated schema and breaks the documented one. Failures at
        other fields are left to the conformance test (a drift there says nothing about this field)."""
        request, response = self._scenario(proof)
        operation, pointer = str(proof["operation"]), str(proof["pointer"])
        check = response_schema_conformance
        curated_all = check_failures(self.ctx.schema, operation, response, check, request)
        curated = [f for f in curated_all if concerns(f, pointer)]
        if curated:
            detail = "\n".join(str(f) for f in curated)
            raise ProofContradicted(f"{entry.id}: the curated spec fails {check.__name__} at {pointer}: {detail}")
        documented_all = check_failures(
            documented_schema(entry.record_id, self.app), operation, response, check, request
        )
        documented = [f for f in documented_all if concerns(f, pointer)]
        where = f"{proof['scenario']} answered {response.status_code}"
        if documented:
            return _outcome(entry, True, f"{where}; as documented, {check.__name__} fails at {pointer}")
        return _outcome(entry, False, f"{where}; as documented, {check.__name__} passes at {pointer}")

    def _status_code(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        # The status itself is judged: any 2xx or 4xx (a 429 only from a scenario about rate limits).
        request, response = self._scenario(proof, JUDGEABLE)
        code = str(response.status_code)
        return self._conformance_with(entry, proof, request, response, code)

    def _conformance_with(
        self, entry: Discrepancy, proof: Any, request: Request, response: Response, code: str
    ) -> ProofOutcome:
        operation = str(proof["operation"])
        curated = check_failure(self.ctx.schema, operation, response, status_code_conformance, request)
        if curated is not None:
            raise ProofContradicted(f"{entry.id}: {proof['scenario']} answered {code}, which the curated spec lacks")
        documented = check_failure(
            documented_schema(entry.record_id, self.app), operation, response, status_code_conformance, request
        )
        detail = f"{proof['scenario']} answered {code}; as documented, status_code_conformance "
        return _outcome(entry, documented is not None, detail + ("fails" if documented else "passes"))

    def _auth_probe(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        _, response = self._scenario(proof, JUDGEABLE)
        expect = str(proof["expect"])
        got = f"{response.status_code // 100}xx"
        return _outcome(
            entry,
            got == expect,
            f"{proof['scenario']} answered {response.status_code} (claim contradicted when {expect})",
        )

    def _response_example(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        _, response = self._scenario(proof)
        documented_node = resolve_pointer(
            spec_document("as-documented", only=frozenset({entry.record_id})), entry.pointer
        )
        example = _example_of(documented_node)
        pointer = str(proof["pointer"])
        actual = resolve_pointer(response.json(), pointer)
        if proof["match"] == "exact":
            differs = example != actual
            return _outcome(entry, differs, f"documented {example!r}, target sent {actual!r}")
        validator = _validator(spec_document("curated"), entry.pointer)
        example_fails, actual_passes = not validator.is_valid(example), validator.is_valid(actual)
        if not actual_passes:
            raise ProofContradicted(f"{entry.id}: the target's {actual!r} breaks the curated schema at {entry.pointer}")
        return _outcome(
            entry,
            example_fails,
            f"documented example {example!r} {'fails' if example_fails else 'fits'} the curated schema; "
            f"target sent {actual!r}",
        )

    # --- request-side proofs --------------------------------------------------------------------------------

    def _request_value(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        card = registry.by_id(str(proof["operation"]))
        documented_doc = spec_document("as-documented", only=frozenset({entry.record_id}))
        pointer = str(proof["pointer"])
        if pointer == "":
            examples = resolve_pointer(documented_doc, card.examples_pointer)
            body = self.ctx.pin_body(card, copy.deepcopy(examples[str(proof["example"])]["value"]))
        else:
            value = proof["value"] if "value" in proof else _example_of(resolve_pointer(documented_doc, entry.pointer))
            body = self.ctx.example_body(card)
            _set(body, pointer, copy.deepcopy(value))
        live = self.ctx.settings.is_live
        if live and isinstance(body, dict) and "id" in body and not self.ctx.pins.invoices.owns(body["id"]):
            # The documented value names an invoice this run did not create: a live run never sends that.
            raise Unprovable("the documented value is an update of an invoice this run did not create")
        accepted = self.ctx.send(card.valid_request(self.ctx))
        conclusive(accepted, "the curated example")
        if not 200 <= accepted.status_code < 300:
            raise ProofContradicted(
                f"{entry.id}: the curated example was refused with {accepted.status_code}: "
                f"{quote_answer(accepted.text, 200)}"
            )
        rejected = self.ctx.send(card.request(self.ctx, body=body))
        conclusive(rejected, f"the documented value at {pointer or 'the body'}", auth_answers=AUTH_REFUSALS)
        shown = 400 <= rejected.status_code < 500
        return _outcome(
            entry,
            shown,
            f"documented value at {pointer or 'the body'} answered {rejected.status_code}: "
            f"{quote_answer(rejected.text, 160)}",
        )

    def _request_parameter(self, entry: Discrepancy, proof: Any) -> ProofOutcome:
        """The complete request is accepted; the one without the parameter answers `expect` (default 4xx, the
        parameter is needed) where the discrepancy is present. Each is the card's valid request, built afresh (an
        operation that deletes gets a fresh draft for each)."""
        card = registry.by_id(str(proof["operation"]))
        name, location = str(proof["name"]), str(proof["location"])
        expect = str(proof.get("expect", "4xx"))
        baseline = self.ctx.send(card.valid_request(self.ctx))
        conclusive(baseline, "the complete request")
        if not 200 <= baseline.status_code < 300:
            raise ProofContradicted(f"{entry.id}: the complete request was refused with {baseline.status_code}")
        response = self.ctx.send(_without(card.valid_request(self.ctx), location, name))
        # The complete request showed the credentials work: a 401 now is the answer to the missing part (Version).
        conclusive(response, f"the request without {location} {name!r}", auth_answers=AUTH_REFUSALS)
        shown = _status_matches(response.status_code, (expect,))
        said = f"{response.status_code} {quote_answer(response.text, 120)}"
        return _outcome(entry, shown, f"without {location} {name!r}: {said}")


def _without(request: Request, location: str, name: str) -> Request:
    """`request` without the parameter `name` in `location` (query, body, or a header)."""
    if location == "query":
        return replace(request, query={k: v for k, v in (request.query or {}).items() if k != name})
    if location == "body":
        return replace(request, body={k: v for k, v in (request.body or {}).items() if k != name})
    return replace(request, omit=(name,))


def _has_field(document: Any, pointer: str) -> bool:
    node = document
    for raw in (part for part in pointer.split("/") if part):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def _example_of(node: Any) -> Any:
    if isinstance(node, dict):
        if "example" in node:
            return node["example"]
        if node.get("examples"):
            return node["examples"][0]
        media = node.get("content", {}).get("application/json", {})
        if "example" in media:
            return media["example"]
    raise Unprovable(f"no documented example in {node!r:.80}")


def _set(document: Any, pointer: str, value: Any) -> None:
    parent_pointer, _, key = pointer.rpartition("/")
    resolve_pointer(document, parent_pointer)[key] = value
