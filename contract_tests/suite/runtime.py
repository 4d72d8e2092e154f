"""One contract run per process: its settings, target, schemas and results, built on first use; its preflight
before any case and its cleanup after the last."""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from schemathesis import Case, HookContext, Response
from schemathesis.checks import CheckResult
from schemathesis.core.failures import Failure
from schemathesis.engine import Status
from schemathesis.schemas import BaseSchema

from contract_tests.operations import registry
from contract_tests.operations.card import Effect
from contract_tests.record import Discrepancy, discrepancies, proof_instances
from contract_tests.suite import budget, hooks, pinning
from contract_tests.suite.applicability import applies
from contract_tests.suite.classify import explain
from contract_tests.suite.cleanup import CleanupOutcome, cleanup_context, delete_all
from contract_tests.suite.ledger import token_refusal
from contract_tests.suite.outcome import RunOutcome
from contract_tests.suite.preflight import run_preflight
from contract_tests.suite.proofs import Prover
from contract_tests.suite.reconcile import reconcile
from contract_tests.suite.results import Preflight, RunResults, Violation
from contract_tests.suite.scenarios import ScenarioContext
from contract_tests.suite.schemas import active_profile, build_schema, raw_curated, spec_document, suite_config
from contract_tests.suite.settings import RunSettings, load_settings
from contract_tests.suite.targets import Target, build_target
from contract_tests.suite.tolerated import FailureFilter, failure_filter

AUTH_HEADER = "Authorization"


@dataclass
class Run:
    settings: RunSettings
    target: Target
    results: RunResults = field(default_factory=RunResults)
    _schemas: dict[str, BaseSchema] = field(default_factory=dict)
    pins: pinning.Pins = field(init=False)

    _keep: FailureFilter = field(init=False)
    unexplained: set[str] = field(default_factory=set)
    sizing: budget.Sizing = field(init=False)
    outcome: RunOutcome | None = None  # decided once, at the session's end (reporting.conclude)

    def __post_init__(self) -> None:
        reserve = proof_creates(self.entries()) if self.settings.max_creates is not None else 0
        self.pins = pinning.Pins.of(
            self.settings.identity, strict_numbers=self.settings.is_live, ledger=self.target.ledger, reserve=reserve
        )
        self.results.figures.create_budget = self.settings.max_creates
        self._keep = failure_filter(spec_document("curated"))
        wanted = self.settings.max_examples or active_profile().max_examples
        # Each proof a server runs costs requests: one per entry, one per operation of a rule.
        proofs = sum(1 for entry in proof_instances(raw_curated()) if entry.proven_by_a_server)
        self.sizing = budget.size(wanted, self.settings.max_requests, proofs, live=self.settings.is_live)

    @property
    def max_examples(self) -> int:
        """Examples per operation: the profile's (or CONTRACT_MAX_EXAMPLES), capped to the request budget."""
        return self.sizing.examples

    @property
    def stateful_examples(self) -> int:
        return budget.stateful_sequences(self.max_examples, budgeted=self.settings.max_requests is not None)

    def auth_headers(self, token: str | None = None) -> dict[str, str]:
        return {AUTH_HEADER: f"Bearer {token or self.settings.identity.token}"}

    def after_validate(
        self, context: HookContext, case: Case[Any], response: Response, results: list[CheckResult]
    ) -> None:
        label = case.operation.label
        hooks.observe_answer(self.pins, label, response)
        refused = self.refuses_credentials(case, response)
        outcomes = [(r, r.failure is None or self._keep(context, r.failure, case, response)) for r in results]
        kept = [(r, relevant) for r, relevant in outcomes if relevant]
        self.results.record_checks(
            label,
            (
                (r.name, r.status == Status.SUCCESS)
                for r, _ in kept
                # A built-in check passes (returns None) on cases it has nothing to judge: not counted as a pass.
                if r.status != Status.SUCCESS or applies(r.name, case, response)
            ),
            unproven=refused,
        )
        documented = hooks.spec_of(case.operation.schema) == "as-documented"
        for result, _ in kept:
            if result.failure is None:
                continue
            explained_by = (
                explain(case, response, result.name, self.entries(), self.judging_schema) if documented else ()
            )
            spec = "as-documented" if documented else "curated"
            self.results.record_violation(
                violation_of(label, result.name, result.failure, spec=spec, explained_by=explained_by)
            )
            if not explained_by:
                self.unexplained.add(case.id)

    def refuses_credentials(self, case: Case[Any], response: Response) -> bool:
        """Whether the answer refuses the run's own token (expired, revoked, lacking a scope) or location: then the
        checks judged the credentials, not the vendor."""
        sent = response.request.headers.get(AUTH_HEADER, "")
        if sent != f"Bearer {self.settings.identity.token}":
            return False  # a probe with other or no credentials (ignored_auth): its 401 is the answer it seeks
        if token_refusal(response.status_code, response.content) is not None:
            return True
        return response.status_code == 403 and "does not have access to this location" in response.text

    def preflight(self) -> Preflight:
        """One read-only call before any case; its verdict goes into the results."""
        verdict = run_preflight(self.scenario_context())
        self.results.figures.preflight = verdict
        return verdict

    def cleanup(self) -> CleanupOutcome:
        """Find the drafts of creates whose answers were lost (against a server: the in-process emulator loses
        none and keeps nothing), delete every draft the run created and has not deleted; fill the run's figures."""
        ledger = self.target.ledger
        served = self.settings.target != "emulator"
        pending = ledger.unconfirmed() if served else []
        outcome = CleanupOutcome()
        if pending or ledger.left_behind():
            context = cleanup_context(
                self.settings,
                self.target,
                self.pins,
                self.target.recorder,
                len(ledger.left_behind()),
                pending=len(pending),
            )
            found = reconcile(context, pending, learn=lambda i: self.target.guard.note_created(i, pending=True))
            outcome = delete_all(context, ledger.left_behind())
            outcome.problems[:0] = found.problems
        figures = self.results.figures
        figures.requests = self.target.guard.sent
        figures.cleanup_requests += outcome.requests
        figures.created, figures.deleted = tuple(ledger.created), tuple(ledger.deleted)
        figures.gone, figures.reconciled = tuple(ledger.gone), tuple(ledger.reconciled)
        figures.unconfirmed = tuple(p.key for p in ledger.unconfirmed()) if served else ()
        figures.left_behind = tuple(ledger.left_behind())
        figures.cleanup_problems += tuple(outcome.problems)
        return outcome

    def scenario_context(self) -> ScenarioContext:
        document = spec_document("curated")
        schema = build_schema(copy.deepcopy(document), self.target.app, config=suite_config())
        return ScenarioContext(self.settings, schema, self.pins, document)

    def only_recorded_differences(self, case: Case[Any]) -> bool:
        """In an as-documented run: every failure of this case is explained by the discrepancy record."""
        return self.settings.spec == "as-documented" and case.id not in self.unexplained

    def entries(self) -> list[Discrepancy]:
        return discrepancies(raw_curated())

    def judging_schema(self, only: frozenset[str] | None) -> BaseSchema:
        """The schema `explain` judges an exchange under: the curated spec (None), or the as-documented variant
        with only these patches applied."""
        return self.schema("curated") if only is None else self.documented_schema(only)

    def documented_schema(self, only: frozenset[str]) -> BaseSchema:
        key = "only:" + ",".join(sorted(only))
        if key not in self._schemas:
            document = spec_document("as-documented", only=only)
            config = suite_config(base_url=self.settings.base_url)
            self._schemas[key] = build_schema(document, self.target.app, config=config)
        return self._schemas[key]

    def schema(self, variant: str = "", *, max_examples: int | None = None) -> BaseSchema:
        spec = variant or self.settings.spec
        key = f"{spec}:{max_examples}"
        if key not in self._schemas:
            config = suite_config(
                max_examples=max_examples or self.max_examples,
                seed=self.settings.seed,
                base_url=self.settings.base_url,
            )
            document = spec_document("as-documented" if spec == "as-documented" else "curated")
            hooks.mark_document(document, spec, self.pins)
            schema = build_schema(document, self.target.app, config=config, after_validate=self.after_validate)
            if self.settings.is_live:
                kept_back = [card.operation_id for card in registry.CARDS if not card.generated_live]
                schema = schema.exclude(operation_id=kept_back) if kept_back else schema
            self._schemas[key] = schema
        return self._schemas[key]

    def raw_spec(self) -> dict[str, Any]:
        return raw_curated()

    def prover(self) -> Prover:
        return Prover(self.scenario_context(), self.target.app)

    def call_kwargs(self) -> dict[str, Any]:
        return {"headers": self.auth_headers()}


def violation_of(operation: str, check: str, failure: Failure, **extra: Any) -> Violation:
    lines = [line for line in failure.message.strip().splitlines() if line.strip()]
    message = lines[0] if lines else ""
    path = getattr(failure, "instance_path", None)
    where = ""
    if path is not None:  # a response schema failure: name the field
        where = "/" + "/".join(str(part) for part in path)
        message += f" (at {where})"
    return Violation(operation, check, failure.title, message, where=where, **extra)


def proof_creates(entries: list[Discrepancy]) -> int:
    """Drafts the proofs create to delete: two per proof of a deleting operation that sends a complete and a partial
    request, one for the delete-draft scenario (its answer is shared by the proofs that read it)."""
    deleting = {card.operation_id for card in registry.CARDS if card.effect is Effect.DELETE}
    pairs = sum(
        2 for e in entries if e.proof.get("kind") == "request-parameter" and e.proof.get("operation") in deleting
    )
    return pairs + (1 if any(e.proof.get("scenario") == "delete-draft" for e in entries) else 0)


@cache
def current_run() -> Run:
    settings = load_settings()
    # Journal the run's creates where reports are written, for servers that outlive the process.
    journal = bool(os.environ.get("CONTRACT_REPORTS_DIR")) and settings.target != "emulator"
    return Run(settings=settings, target=build_target(settings, journal=journal))
