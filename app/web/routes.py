"""The newsroom pages: `/` (ask and answer), `/check` (claims in a paragraph), `/treaties/{id}`, `/states/{iso3}`.

Server-rendered with Jinja2 and usable without JavaScript. Every answer comes from the services the API uses
(AssessmentService, RecordService, ClaimFinder + CheckService); this module only picks what to show and how.
The records database is optional here: when it does not answer, the page says so and still answers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlencode

import pycountry
from fastapi import APIRouter, Request, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.api.deps import Assessments, Checks, DbSession, Records
from app.memo import memoized
from app.rulebook import Rulebook
from app.services.assessment import AssessmentError, AssessmentService
from app.services.budget import HeavyGate
from app.services.checks import CheckService, TextTooLong
from app.services.effective_rules import effective_rules
from app.services.lookup import Ambiguous, NotFound, find_state, state_info
from app.services.records import timeline_of
from app.web.timeline import Band, Chart, Mark, layout, short_date
from schemas.api import Assessment, AssessmentRequest, Citation
from schemas.checks import MAX_TEXT_BYTES, FoundClaim, TextCheckRequest
from schemas.facts import FACTS, AssessmentFacts
from schemas.records import TimelineEntry, WithdrawalPublic
from schemas.rules import SuspensionProvision

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
MAX_FORM_BYTES = 4 * MAX_TEXT_BYTES
log = logging.getLogger("treatyexit")

router = APIRouter(include_in_schema=False)

T = TypeVar("T")

STATUS_LABELS = {
    "determined": "Determined",
    "conditional": "Conditional",
    "ambiguous": "Ambiguous",
    "not_yet_permitted": "Notice not yet permitted",
    "no_withdrawal_right": "No right of withdrawal",
    "needs_notification": "Not yet notified",
    "needs_review": "Draft: date not read",
    "not_a_treaty": "Not a treaty",
    "not_a_party": "Not a party",
}
VERDICT_LABELS = {
    "consistent": "Consistent",
    "partly_consistent": "Partly consistent",
    "inconsistent": "Inconsistent",
    "unverifiable": "Cannot verify",
}
VERDICT_WEIGHT = {"inconsistent": 0, "unverifiable": 1, "partly_consistent": 2, "consistent": 3}
KIND_LABELS = {
    "effective_date": "Effective date",
    "notice_period": "Notice period",
    "required_vote": "Required vote",
    "entry_into_force": "Entry into force",
    "joined": "Became a party",
    "parties_count": "Number of parties",
    "bound_on": "Bound on a date",
    "notification_date": "Notification date",
    "withdrew": "Withdrew",
    "vote_tally": "Vote tally",
    "signed": "Signed",
    "ratified": "Ratified",
    "acceded": "Acceded",
    "rule": "How the period is counted",
}
CONDITION_LABELS = {
    "suspension": "Suspension",
    "assumption": "Assumption",
    "effect_condition": "Condition",
    "precondition": "Precondition",
    "right": "Right of withdrawal",
    "date_rule": "Date rule",
    "revocation": "Revocation",
    "known_fact": "Recorded fact",
}
FIELD_LABELS = {
    "treaty": "Treaty",
    "state": "State",
    "notification_date": "Notification date",
    "as_of": "As of",
    "published": "Publication date",
    "text": "Text",
} | {f.name: f.fact.label for f in FACTS}
DATE_FIELDS = {"notification_date", "as_of", "published"} | {f.name for f in FACTS if f.type == "date"}
YES_NO = {"yes": True, "no": False, "unknown": None, "": None}


def long_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


TEMPLATES.env.filters["long_date"] = long_date
TEMPLATES.env.filters["short_date"] = short_date
TEMPLATES.env.globals.update(
    STATUS_LABELS=STATUS_LABELS,
    VERDICT_LABELS=VERDICT_LABELS,
    KIND_LABELS=KIND_LABELS,
    CONDITION_LABELS=CONDITION_LABELS,
    FACTS=FACTS,
)


# --- shared page context -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@memoized(8, key=lambda rulebook: rulebook.version)  # the rulebooks a process serves (one, or a test's few)
def _options(rulebook: Rulebook) -> tuple[list[Option], list[Option], list[tuple[str, str]]]:
    """Datalists (treaty names and aliases; encoded states first, then every ISO 3166 state) and example links
    (the real notifications the rule files carry), built once per rules version (app/memo.py)."""
    treaties: list[Option] = []
    seen: set[str] = set()
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.short_name.casefold()):
        for name in (treaty.short_name, treaty.id, *treaty.aliases, treaty.name):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                treaties.append(Option(name, treaty.name if name != treaty.name else treaty.short_name))
    encoded = sorted(rulebook.states.values(), key=lambda s: s.name)
    states = [Option(s.iso3, f"{s.name} (domestic procedure encoded)") for s in encoded]
    codes = {s.iso3 for s in encoded}
    for country in sorted(pycountry.countries, key=lambda c: str(getattr(c, "common_name", None) or c.name)):
        if country.alpha_3 not in codes:
            states.append(Option(country.alpha_3, str(getattr(country, "common_name", None) or country.name)))
    examples = sorted(
        (
            (example.received, treaty.id, treaty.short_name, example.state)
            for treaty in rulebook.treaties.values()
            for example in treaty.examples
            if example.received is not None and example.facts == AssessmentFacts()
        ),
        reverse=True,
    )
    links = []
    for received, treaty_id, short_name, iso3 in examples[:6]:
        query = urlencode({"treaty": treaty_id, "state": iso3, "notification_date": received.isoformat()})
        links.append((f"/?{query}", f"{short_name} — {_state_name(iso3)}, notified {short_date(received)}"))
    return treaties, states, links


def _render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    rulebook: Rulebook = request.app.state.assessments.rulebook
    treaties, states, examples = _options(rulebook)
    base = {
        "rules_version": rulebook.version,
        "treaty_options": treaties,
        "state_options": states,
        "example_links": examples,
        "today": dt.date.today(),
    }
    response = TEMPLATES.TemplateResponse(request, template, {**base, **context}, status_code=status)
    response.headers["Content-Security-Policy"] = PAGE_CSP
    return response


def _records_or_none(session: Session, read: Callable[[], T]) -> T | None:
    """Read from the records database; None (and the page says so) if it does not answer."""
    try:
        return read()
    except SQLAlchemyError as exc:
        log.warning("records database unavailable for a page: %s", exc)
        with contextlib.suppress(SQLAlchemyError):
            session.rollback()
        return None


def _validation_messages(exc: ValidationError, raw: dict[str, str]) -> list[str]:
    messages = []
    for error in exc.errors():
        names = [str(part) for part in error["loc"]]
        name = next((n for n in reversed(names) if n in FIELD_LABELS), names[-1] if names else "")
        label = FIELD_LABELS.get(name, name)
        if name in DATE_FIELDS:
            messages.append(
                f"{label}: “{raw.get(name, '')}” is not a date the service can use. Write it as YYYY-MM-DD "
                "(for example 2024-09-06), a real day between 1900 and 2200."
            )
        else:
            messages.append(f"{label}: {error['msg']}.")
    return list(dict.fromkeys(messages))


# --- the assessment page -------------------------------------------------------------------------------


@dataclass
class AskForm:
    """The page's question as typed; one entry in ``facts`` per fact declared in :mod:`schemas.facts` (a yes/no
    fact as ``yes``, ``no`` or ``unknown``, a date as YYYY-MM-DD)."""

    treaty: str = ""
    state: str = ""
    notification_date: str = ""
    as_of: str = ""
    facts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, params: Mapping[str, str]) -> AskForm:
        def get(name: str) -> str:
            return params.get(name, "").strip()

        facts = {f.name: get(f.name) for f in FACTS}
        return cls(get("treaty"), get("state"), get("notification_date"), get("as_of"), facts)

    def errors(self) -> list[str]:
        return [
            f"{f.fact.label}: “{self.facts[f.name]}” is not one of yes, no, unknown."
            for f in FACTS
            if f.type == "bool" and self.facts.get(f.name, "") not in YES_NO
        ]

    def fact_values(self, *, for_api: bool = False) -> dict[str, object]:
        """The facts given, as the API reads them (``for_api``: as query strings)."""
        values: dict[str, object] = {}
        for f in FACTS:
            raw = self.facts.get(f.name, "")
            if f.type == "bool" and YES_NO.get(raw) is not None:
                value = YES_NO[raw]
                values[f.name] = str(value).lower() if for_api else value
            elif f.type == "date" and raw:
                values[f.name] = raw
        return values

    def query(self, **override: str) -> str:
        given = {k: v for k, v in self.facts.items() if v and v != "unknown"}
        values = {
            "treaty": self.treaty, "state": self.state, "notification_date": self.notification_date, **given,
            "as_of": self.as_of,
        } | override  # fmt: skip
        return urlencode({k: v for k, v in values.items() if v})


def _story(assessment: Assessment, citation: Citation | None, today: dt.date) -> str:
    """One sentence a reporter can paste, with its citation; worded from the answer, never recomputed."""
    subject = f"{assessment.state.name}'s withdrawal from the {assessment.treaty.name}"
    cite = f" ({citation.instrument}, {citation.cite})" if citation else ""
    effective = assessment.effective
    if any(c.kind == "assumption" and c.id.startswith("world/parties") for c in effective.conditions):
        cite += f", assuming {assessment.state.name} was a party (its party status is not recorded)"
    if effective.status == "not_a_party":
        source = assessment.party.source if assessment.party else None
        where = f" (source: {source.title or source.url})" if source else ""
        return f"{effective.explanation.rstrip('.')}{where}."
    if effective.status == "determined" and effective.date:
        verb = "took effect" if effective.date <= today else "takes effect"
        received = (
            f", the depositary having received the notification on {long_date(assessment.notification_date)}"
            if assessment.notification_date
            else ""
        )
        return f"{subject} {verb} on {long_date(effective.date)}{received}{cite}."
    if effective.status == "ambiguous" and effective.candidates:
        dates = " or ".join(long_date(d) for d in effective.candidates)
        return f"{subject} takes effect on {dates}: the treaty's rules leave the missing day unresolved{cite}."
    return f"{subject}: {effective.explanation.rstrip('.')}{cite}."


def _postponed_until(rulebook: Rulebook, treaty_id: str, rule: str) -> str | None:
    """Until when a suspension postpones the effect, from the provision the condition names."""
    owned = rulebook.owned_provisions(rulebook.treaties[treaty_id]).get(rule)
    return owned.provision.postponed_until if owned and isinstance(owned.provision, SuspensionProvision) else None


def _assessment_chart(
    rulebook: Rulebook, assessment: Assessment, entries: list[TimelineEntry] | None, today: dt.date
) -> Chart:
    effective = assessment.effective
    marks: list[Mark] = []
    bands: list[Band] = []
    recorded = {(e.kind, e.date) for e in entries or []}
    if assessment.notification_date:
        seen = ("notification_received", assessment.notification_date) in recorded
        marks.append(
            Mark(
                assessment.notification_date,
                "notification",
                "Notification received" + (" (recorded)" if seen else ""),
                detail="the date the depositary received the notification"
                + (", as recorded" if seen else ", as given in the question"),
            )
        )
    if effective.date:
        verb = "Took effect" if effective.date <= today else "Takes effect"
        marks.append(Mark(effective.date, "effective", f"{verb} ({STATUS_LABELS[effective.status].lower()})", True))
    for candidate in effective.candidates:
        marks.append(Mark(candidate, "effective-candidate", "Takes effect (one reading)", True))
    suspensions = [c for c in effective.conditions if c.kind == "suspension"]
    if effective.date is None and effective.earliest_date and not effective.candidates:
        label = "Notice period ends" if suspensions else "Earliest effective date"
        marks.append(Mark(effective.earliest_date, "earliest", label, True))
    for condition in suspensions:
        start = effective.earliest_date or assessment.as_of
        until = _postponed_until(rulebook, assessment.treaty.id, condition.id) or "the condition ends"
        bands.append(Band(start, None, "suspension", f"No effect before {until} ({condition.citation.cite})"))
    conflict_start: dt.date | None = None
    for entry in entries or []:
        if entry.kind == "notification_received" and entry.date != assessment.notification_date:
            marks.append(Mark(entry.date, "record-notification", "Notification recorded"))
        elif entry.kind == "effective" and entry.date != effective.date:
            marks.append(Mark(entry.date, "record-effective", "Takes effect, per the records", True))
        elif entry.kind in ("revoked", "extended"):
            marks.append(Mark(entry.date, f"record-{entry.kind}", entry.kind.capitalize(), detail=entry.description))
        elif entry.kind == "armed_conflict_declared":
            conflict_start = entry.date
        elif entry.kind == "armed_conflict_ended" and conflict_start:
            bands.append(Band(conflict_start, entry.date, "armed-conflict", "Armed conflict (recorded)"))
            conflict_start = None
    if conflict_start:
        bands.append(Band(conflict_start, None, "armed-conflict", "Armed conflict (recorded, not ended)"))
    return layout(marks, bands, today)


def _ask(service: AssessmentService, form: AskForm, today: dt.date) -> Assessment:
    question = AssessmentRequest.model_validate(
        {
            "treaty": form.treaty,
            "state": form.state,
            "notification_date": form.notification_date or None,
            "as_of": form.as_of or None,
            "facts": form.fact_values(),
        }
    )
    return service.assess(question, today=today)


def _not_found(service: AssessmentService, form: AskForm, exc: NotFound) -> list[tuple[str, str]]:
    if exc.what == "treaty":
        rulebook = service.rulebook
        return [
            (f"/?{form.query(treaty=t)}", rulebook.treaties[t].short_name)
            for t in exc.close_matches
            if t in rulebook.treaties
        ]
    return [(f"/?{form.query(state=c)}", f"{c} ({state_info(c).name})") for c in exc.close_matches]


@router.get("/")
def home(request: Request, service: Assessments, records: Records, session: DbSession) -> Response:
    form = AskForm.read(request.query_params)
    context: dict[str, Any] = {"form": form, "errors": [], "close": [], "answer": None}
    if not form.treaty and not form.state:
        return _render(request, "index.html", context)
    if not form.treaty or not form.state:
        context["errors"] = ["Give both a treaty (a name, an alias or an id) and a state (its ISO 3166 code)."]
        return _render(request, "index.html", context, 422)
    if form.errors():
        context["errors"] = form.errors()
        return _render(request, "index.html", context, 422)
    today = dt.date.today()
    try:
        assessment = _ask(service, form, today)
    except ValidationError as exc:
        raw = {"notification_date": form.notification_date, "as_of": form.as_of} | form.facts
        context["errors"] = _validation_messages(exc, raw)
        return _render(request, "index.html", context, 422)
    except NotFound as exc:
        context["errors"] = [_lookup_message(exc)]
        context["close"] = _not_found(service, form, exc)
        return _render(request, "index.html", context, exc.status)
    except AssessmentError as exc:
        context["errors"] = [str(exc)]
        return _render(request, "index.html", context, 422)
    entries = _records_or_none(
        session,
        lambda: records.timeline(
            session, as_of=assessment.as_of, state=assessment.state.iso3, treaty=assessment.treaty.id
        ),
    )
    canonical = replace(form, treaty=assessment.treaty.id, state=assessment.state.iso3)
    api_query = {
        "treaty": assessment.treaty.id,
        "state": assessment.state.iso3,
        "notification_date": form.notification_date,
        **form.fact_values(for_api=True),
        "as_of": form.as_of,
    }
    citation = assessment.effective.basis
    if assessment.effective.status == "not_a_party" and assessment.effective.conditions:
        citation = assessment.effective.conditions[0].citation  # the party list or the record that says so
    # Never the request's Host header (a client could plant another site's name in the page): the configured
    # PUBLIC_URL, or links relative to this site.
    base_url = request.app.state.settings.public_url.rstrip("/")
    context.update(
        answer=assessment,
        effect_citation=citation,
        domestic=[r for r in assessment.requirements if r.level == "domestic"],
        international=[r for r in assessment.requirements if r.level == "international"],
        story=_story(assessment, citation, today),
        chart=_assessment_chart(service.rulebook, assessment, entries, today),
        records_unavailable=entries is None,
        page_url=f"{base_url}/?{canonical.query()}",
        api_url=f"{base_url}/v1/assessments?{urlencode({k: v for k, v in api_query.items() if v})}",
    )
    return _render(request, "index.html", context)


# --- the claim check ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    text: str
    numbers: tuple[int, ...] = ()
    verdict: str = ""


def _segments(text: str, claims: list[FoundClaim]) -> list[Segment]:
    """The text cut into plain runs and highlighted claim spans (claims of one sentence share a span)."""
    spans: dict[tuple[int, int], list[int]] = {}
    for number, claim in enumerate(claims, start=1):
        spans.setdefault((claim.start, claim.end), []).append(number)
    out: list[Segment] = []
    cursor = 0
    for (start, end), numbers in sorted(spans.items()):
        if start < cursor:
            continue  # overlapping spans: keep the first
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        verdict = min((claims[n - 1].result.verdict for n in numbers), key=VERDICT_WEIGHT.__getitem__)
        out.append(Segment(text[start:end], tuple(numbers), verdict))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return out


def _check_page(request: Request, checks: CheckService, text: str, published: str, submitted: bool) -> Response:
    context: dict[str, Any] = {"check_text": text, "check_published": published, "errors": [], "checked": None}
    if not submitted:
        return _render(request, "check.html", context)
    if not text.strip():
        context["errors"] = ["Paste a sentence or a paragraph to check."]
        return _render(request, "check.html", context, 422)
    try:
        body = TextCheckRequest(text=text, published=published or dt.date.today())
        result = checks.check_text(request.app.state.claim_finder, body)
    except ValidationError as exc:
        context["errors"] = _validation_messages(exc, {"published": published})
        return _render(request, "check.html", context, 422)
    except TextTooLong as exc:
        context["errors"] = [f"{exc}: check a shorter text."]
        return _render(request, "check.html", context, 413)
    short = len(text) <= 1500
    context.update(
        checked=result,
        segments=_segments(text, result.claims),
        link=f"/check?{urlencode({'text': text, 'published': result.published.isoformat()})}" if short else None,
    )
    return _render(request, "check.html", context)


@router.get("/check")
async def check_get(request: Request, checks: Checks, text: str | None = None, published: str = "") -> Response:
    gate: HeavyGate = request.app.state.heavy_gate
    return await gate.run(
        lambda: _check_page(request, checks, text or "", published.strip(), text is not None), prepare=_warm(request)
    )


@router.post("/check")
async def check_post(request: Request, checks: Checks) -> Response:
    """A plain HTML form post (application/x-www-form-urlencoded), read without extra dependencies."""
    declared = request.headers.get("content-length", "0")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        return _render(request, "check.html", {"errors": ["The text is too long: check a shorter text."]}, 413)
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return _render(request, "check.html", {"errors": ["The text is too long: check a shorter text."]}, 413)
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    text = fields.get("text", [""])[0]
    published = fields.get("published", [""])[0].strip()
    gate: HeavyGate = request.app.state.heavy_gate
    return await gate.run(lambda: _check_page(request, checks, text, published, True), prepare=_warm(request))


def _warm(request: Request) -> Callable[[], object]:
    """Loads the text reader's pipeline (once per process) before the request's deadline starts."""
    return lambda: request.app.state.claim_finder.find("Warm up.", dt.date.today())


# --- treaty and state pages -------------------------------------------------------------------------------


def _record_marks(entries: list[TimelineEntry], name: Callable[[TimelineEntry], str]) -> list[Mark]:
    marks = []
    for entry in entries:
        if entry.kind == "notification_received":
            marks.append(Mark(entry.date, "record-notification", f"{name(entry)}: notified"))
        elif entry.kind == "effective":
            marks.append(Mark(entry.date, "record-effective", f"{name(entry)}: takes effect", True))
        else:
            marks.append(Mark(entry.date, f"record-{entry.kind}", f"{name(entry)}: {entry.kind.replace('_', ' ')}"))
    return marks


def _lookup_message(exc: NotFound) -> str:
    if isinstance(exc, Ambiguous):
        return f"“{exc.value}” could mean several: choose one below."
    return f"No {exc.what} matches “{exc.value}”."


def _not_found_page(request: Request, exc: NotFound, links: list[tuple[str, str]]) -> Response:
    return _render(request, "not_found.html", {"errors": [_lookup_message(exc)], "close": links}, exc.status)


@router.get("/treaties")
def treaties_page(request: Request, service: Assessments, tier: str | None = None) -> Response:
    """Every treaty with its tier (reviewed or drafted), its clause and the date it was last reviewed."""
    treaties = sorted(service.rulebook.treaties.values(), key=lambda t: (t.tier != "reviewed", t.short_name.casefold()))
    shown = [t for t in treaties if tier in (None, "", t.tier)]
    counts = {
        "reviewed": sum(t.tier == "reviewed" for t in treaties),
        "drafted": sum(t.tier == "drafted" for t in treaties),
    }
    return _render(request, "treaties.html", {"treaties": shown, "counts": counts, "tier": tier or ""})


@router.get("/treaties/{treaty_id}")
def treaty_page(
    request: Request, service: Assessments, records: Records, session: DbSession, treaty_id: str
) -> Response:
    rulebook = service.rulebook
    try:
        treaty = service.find_treaty(treaty_id[:200])
    except NotFound as exc:
        known = [t for t in exc.close_matches if t in rulebook.treaties]
        links = [(f"/treaties/{t}", rulebook.treaties[t].short_name) for t in known]
        return _not_found_page(request, exc, links)
    today = dt.date.today()

    def read() -> tuple[list[WithdrawalPublic], list[TimelineEntry]]:
        items = records.search(session, as_of=today, treaty=treaty.id)
        return items, timeline_of(items)

    found = _records_or_none(session, read)
    items, entries = found if found else ([], [])
    shown = effective_rules(rulebook, treaty)  # what `treatyexit rules show` prints (app/cli.py)
    context = {
        "treaty": treaty,
        "depositary": shown.depositary,
        "effective": shown,
        "items": items,
        "upcoming": [i for i in items if i.status in ("pending", "suspended") or (i.effective_date or today) > today],
        "records_unavailable": found is None,
        "chart": layout(_record_marks(entries, lambda e: e.state), [], today) if entries else None,
        "state_names": {i.state: _state_name(i.state) for i in items},
    }
    return _render(request, "treaty.html", context)


def _state_name(iso3: str) -> str:
    try:
        return find_state(iso3).name
    except NotFound:
        return iso3


@router.get("/states/{iso3}")
def state_page(request: Request, service: Assessments, records: Records, session: DbSession, iso3: str) -> Response:
    try:
        state = find_state(iso3[:60])
    except NotFound as exc:
        links = [(f"/states/{c}", f"{c} ({_state_name(c)})") for c in exc.close_matches]
        return _not_found_page(request, exc, links)
    rulebook = service.rulebook
    today = dt.date.today()

    def read() -> tuple[list[WithdrawalPublic], list[TimelineEntry]]:
        items = records.search(session, as_of=today, state=state.iso3)
        return items, timeline_of(items)

    found = _records_or_none(session, read)
    items, entries = found if found else ([], [])
    short = {t.id: t.short_name for t in rulebook.treaties.values()}
    procedure = rulebook.states.get(state.iso3)
    context = {
        "state": state,
        "procedure": procedure,
        "steps": sorted(procedure.steps, key=lambda s: s.order) if procedure else [],
        "items": items,
        "treaty_names": short,
        "records_unavailable": found is None,
        "chart": layout(_record_marks(entries, lambda e: short.get(e.treaty, e.treaty)), [], today)
        if entries
        else None,
    }
    return _render(request, "state.html", context)
