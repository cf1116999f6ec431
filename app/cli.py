"""The command line: ``treatyexit`` (or ``python -m app``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from app.rulebook import DEFAULT_RULES_DIR, RulebookError, load_rulebook
from app.settings import get_settings
from schemas.api import Assessment

cli = typer.Typer(help="What a state must do to leave a treaty, and when the withdrawal takes effect.")
rules_cli = typer.Typer(help="The rule files in rules/.")
db_cli = typer.Typer(help="The database of recorded withdrawals.")
cli.add_typer(rules_cli, name="rules")
cli.add_typer(db_cli, name="db")
console = Console()


def _table(*headers: str) -> Table:
    """A table that folds long cells instead of cutting them: citations must stay whole."""
    table = Table(show_lines=True)
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


@rules_cli.command("check")
def rules_check(path: Annotated[str, typer.Option(help="The rules folder")] = str(DEFAULT_RULES_DIR)) -> None:
    """Validate every rule file (as at startup), then lint: citations complete, every example recomputed."""
    try:
        rulebook = load_rulebook(Path(path))
    except RulebookError as exc:
        console.print(str(exc), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    from app.engine import Engine
    from app.services.assessment import AssessmentService
    from app.services.coverage import lint_citations, lint_examples

    service = AssessmentService(rulebook, Engine(rulebook))
    problems = lint_citations(rulebook) + [
        f"rules/treaties/{p.treaty}.yaml: example {p.state} {p.received}: expected {p.expected}, computed {p.computed}"
        for p in lint_examples(service, dt.date.today())
    ]
    if problems:
        console.print("\n".join(problems), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2)
    console.print(
        f"ok: {len(rulebook.treaties)} treaties, {len(rulebook.states)} states, "
        f"{len(rulebook.depositaries)} depositaries; world: {len(rulebook.world.parties)} party lists, "
        f"{sum(len(f.records) for f in rulebook.world.records.values())} records, "
        f"{len(rulebook.world.situations)} situations; rules_version {rulebook.version}"
    )


@rules_cli.command("show")
def rules_show(treaty: Annotated[str, typer.Argument(help="A treaty id or alias")]) -> None:
    """The effective rules of a treaty on one screen, each with its source: its own provisions, the general-law
    defaults it inherits (VCLT) and the depositary's counting, to check against the treaty's text."""
    from app.services.effective_rules import effective_rules
    from app.services.lookup import NotFound, alias_index, find_treaty

    rulebook = load_rulebook(get_settings().rules_dir)
    try:
        found = find_treaty(rulebook, alias_index(rulebook), treaty)
    except NotFound as exc:
        console.print(f"{exc}", style="red", markup=False)
        raise typer.Exit(2) from exc
    shown = effective_rules(rulebook, found)  # the treaty page shows the same rules (app/web/routes.py)
    console.print(shown.heading, markup=False)
    table = _table("rule", "from", "cite", "text (wording)", "applies when", "verification", "source")
    for r in shown.rules:
        text = f"{r.text} ({r.wording})" if r.wording else r.text
        table.add_row(r.rule, r.origin_label, escape(r.cite), escape(text), escape(r.applies_when), r.verification,
                      "; ".join(r.sources) or "—")  # fmt: skip
    console.print(table)


@rules_cli.command("draft")
def rules_draft(
    text_file: Annotated[Path, typer.Argument(help="A treaty text (Markdown or plain text; the English is read)")],
    treaty_id: Annotated[str, typer.Option("--id", help="The treaty id (a short slug, e.g. echr)")],
    out: Annotated[Path | None, typer.Option(help="Write the rule file here (default: print it)")] = None,
    source: Annotated[
        str | None, typer.Option(help="URL of the text (default: its `upstream` in the index.json beside it)")
    ] = None,
) -> None:
    """Draft a treaty's rule file from its text with the clause reader: every provision cited and 'drafted'."""
    from app.drafting.draft import DraftError, draft, to_yaml

    try:
        data = draft(text_file, treaty_id, source=source)
    except (DraftError, ValueError) as exc:
        console.print(f"cannot draft {text_file}: {exc}", style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    document = to_yaml(data)
    if out is None:
        sys.stdout.write(document)
        return
    out.write_text(document, encoding="utf-8")
    unread = [p for p in data["withdrawal"]["provisions"] if p["kind"] == "needs_review"]
    console.print(
        f"drafted {out}: {len(data['withdrawal']['provisions'])} provisions from "
        f"{data['withdrawal']['article'] or 'no clause (general law)'}; {len(unread)} need review",
        markup=False,
    )


@rules_cli.command("draft-corpus")
def rules_draft_corpus(
    texts: Annotated[Path, typer.Argument(help="A folder of treaty texts with its index.json (title_en, upstream)")],
    path: Annotated[str, typer.Option(help="The rules folder")] = str(DEFAULT_RULES_DIR),
    limit: Annotated[int | None, typer.Option(help="Draft at most this many")] = None,
) -> None:
    """Draft every multilateral text not yet covered into rules/treaties/ (drafted tier; ids from titles)."""
    from app.drafting.corpus import draft_corpus

    written, skipped = draft_corpus(texts, Path(path), limit=limit)
    unread = sum(1 for d in written if d.needs_review)
    console.print(
        f"drafted {len(written)} treaties ({unread} with words to review, "
        f"{sum(1 for d in written if d.clause is None)} with no clause found); skipped {len(skipped)}",
        markup=False,
    )


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Apply the Alembic migrations to DATABASE_URL."""
    from app.db.migrate import upgrade

    upgrade(get_settings().database_url)
    console.print("database at head")


@db_cli.command("seed")
def db_seed() -> None:
    """Record the real withdrawals that the rule files cite (idempotent)."""
    from rich.progress import track

    from app.db.seed import seed
    from app.db.session import session_for

    settings = get_settings()
    rulebook = load_rulebook(settings.rules_dir)
    with session_for(settings.database_url) as session:
        added = sum(
            seed(session, rulebook, only=treaty_id)
            for treaty_id in track(sorted(rulebook.treaties), description="seeding", console=console)
        )
        # Status spans for this rules version now, so the first listing does not compute them (issue 16).
        from app.engine import Engine
        from app.services.assessment import AssessmentService
        from app.services.records import RecordService

        spans = RecordService(AssessmentService(rulebook, Engine(rulebook))).ensure_spans(session)
    console.print(f"seeded: {added} new records; status spans computed for {spans}")


@cli.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (each compiles the rulebook)")] = 1,
) -> None:
    """Migrate the database, then serve the API (explorer at /docs) with the limits in the settings."""
    from app import serving
    from app.db.migrate import upgrade

    upgrade(get_settings().database_url)
    serving.run(get_settings(), host, port, workers)


def _facts(items: list[str] | None) -> dict[str, object]:
    facts: dict[str, object] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            console.print(f"--fact takes key=value, not {item!r}", style="red", markup=False)
            raise typer.Exit(2)
        facts[key] = {"true": True, "false": False}.get(value.lower(), value)
    return facts


@cli.command()
def assess(
    treaty: str,
    state: str,
    notified: Annotated[str | None, typer.Option(help="Date the depositary received the notification")] = None,
    fact: Annotated[list[str] | None, typer.Option(help="A fact as key=value, e.g. armed_conflict=true")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON")] = False,
    url: Annotated[str | None, typer.Option(help="Ask this server instead of evaluating in-process")] = None,
    summary: Annotated[
        bool, typer.Option("--summary", help="The lean answer: status, dates, condition ids, citation references")
    ] = False,
) -> None:
    """What STATE must do to leave TREATY, and when it takes effect."""
    from pydantic import ValidationError

    from app.client import ProblemError, TreatyExitClient
    from app.services.assessment import AssessmentError, AssessmentService
    from app.services.lookup import NotFound
    from schemas.api import AssessmentRequest, AssessmentSummary

    facts = _facts(fact)
    try:
        if url:
            with TreatyExitClient(url) as client:
                answer = client.assess(treaty, state, notification_date=notified, facts=facts)
        else:
            request = AssessmentRequest.model_validate(
                {"treaty": treaty, "state": state, "notification_date": notified, "facts": facts}
            )
            answer = AssessmentService(load_rulebook(get_settings().rules_dir)).assess(request, today=dt.date.today())
    except (ValidationError, NotFound, AssessmentError, ProblemError) as exc:
        console.print(str(exc), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    if summary:  # the same lean answer as ?view=summary, always as JSON (it is meant for programs)
        sys.stdout.write(AssessmentSummary.of(answer).model_dump_json(indent=2) + "\n")
        return
    if as_json:
        sys.stdout.write(json.dumps(answer.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
        return
    _print_assessment(answer)


def _print_assessment(answer: Assessment) -> None:
    effective = answer.effective
    console.print(f"[bold]{escape(answer.treaty.short_name)}[/bold] — {escape(answer.state.name)}")
    if answer.treaty.tier == "drafted":
        console.print(
            "tier: [bold red]DRAFTED[/bold red] — an unreviewed draft read from the treaty text by the clause reader"
        )
    else:
        console.print(f"tier: reviewed (last reviewed {answer.treaty.reviewed})")
    console.print(f"status: [bold]{effective.status}[/bold]   date: [bold]{effective.date or '—'}[/bold]   "
                  f"earliest: {effective.earliest_date or '—'}")  # fmt: skip
    console.print(escape(effective.explanation))
    if answer.party is not None:
        source = f" — {answer.party.source.url}" if answer.party.source else ""
        console.print(
            f"party status on {answer.party.on}: {answer.party.status} ({escape(answer.party.reason)}){source}"
        )
    table = _table("#", "level", "requirement", "who", "threshold", "citation")
    for req in answer.requirements:
        threshold = req.threshold.words if req.threshold else ""
        table.add_row(
            str(req.order), req.level, escape(req.description), escape(req.actor), escape(threshold),
            escape(f"{req.citation.instrument}, {req.citation.cite}\n{req.citation.url or ''}"),
        )  # fmt: skip
    if answer.requirements:
        console.print(table)
    if effective.conditions:
        conditions = _table("condition", "what", "citation")
        for c in effective.conditions:
            cite = f"{c.citation.instrument}, {c.citation.cite}" + (f"\n{c.citation.url}" if c.citation.url else "")
            conditions.add_row(c.kind, escape(c.description), escape(cite))
        console.print(conditions)
    for note in answer.notes:
        console.print(f"note: {escape(note)}")


@cli.command()
def treaties(
    query: Annotated[str | None, typer.Argument(help="A name or alias, e.g. 'mine ban treaty'")] = None,
    url: Annotated[str | None, typer.Option(help="Ask this server instead of the packaged rulebook")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List the treaties in the rulebook, or those matching QUERY."""
    from app.client import TreatyExitClient
    from app.services.lookup import search_treaties
    from schemas.api import TreatySummary

    if url:
        with TreatyExitClient(url) as client:
            items = client.treaties(query).items
    else:
        rulebook = load_rulebook(get_settings().rules_dir)
        items = [
            TreatySummary(id=t.id, name=t.name, short_name=t.short_name, aliases=list(t.aliases), kind=t.kind,
                          depositary=t.depositary, tier=t.tier)
            for t in search_treaties(rulebook, query)
        ]  # fmt: skip
    if as_json:
        sys.stdout.write(json.dumps([i.model_dump() for i in items], indent=2, ensure_ascii=False) + "\n")
        return
    table = _table("id", "name", "aliases", "depositary", "tier")
    for item in items:
        table.add_row(
            item.id, escape(item.short_name), escape(", ".join(item.aliases[:4])), item.depositary or "—", item.tier
        )
    console.print(table)
    if not items:
        raise typer.Exit(1)


@cli.command()
def check(
    text: Annotated[str | None, typer.Argument(help="A claim or a paragraph to check")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="An article, plain text")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD); default today")] = None,
    url: Annotated[str | None, typer.Option(help="Ask this server instead of the packaged rulebook")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON")] = False,
) -> None:
    """Find the checkable claims in TEXT (or --file) and check them; exit 1 when one is inconsistent."""
    from app.client import ProblemError, TreatyExitClient
    from app.reading import ClaimFinder
    from app.services.assessment import AssessmentService
    from app.services.checks import CheckService
    from schemas.checks import TextCheckRequest, TextCheckResponse

    if (text is None) == (file is None):
        console.print("give either TEXT or --file", style="red")
        raise typer.Exit(2)
    body = text if text is not None else file.read_text(encoding="utf-8")  # type: ignore[union-attr]
    try:
        request = TextCheckRequest.model_validate({"text": body, "published": published or dt.date.today()})
        if url:
            with TreatyExitClient(url) as client:
                response = client.raw("POST", "/v1/checks/text", json=request.model_dump(mode="json"))
            if response.status_code >= 400:
                raise ProblemError(response.status_code, response.json())
            result = TextCheckResponse.model_validate_json(response.content)
        else:
            rulebook = load_rulebook(get_settings().rules_dir)
            result = CheckService(AssessmentService(rulebook)).check_text(ClaimFinder(rulebook), request)
    except (ValueError, ProblemError) as exc:
        console.print(str(exc), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        table = _table("claim", "read as", "verdict", "correct", "why")
        for item in result.claims:
            r = item.result
            table.add_row(escape(item.quote), f"{item.claim.kind}: {escape(item.claim.value)}", r.verdict,
                          escape(r.correct_value or "—"), escape(_with_caveats(r.explanation, r.caveats)))  # fmt: skip
        console.print(table if result.claims else "no checkable claim found")
    if any(item.result.verdict == "inconsistent" for item in result.claims):
        raise typer.Exit(1)


def _with_caveats(explanation: str, caveats: list[str]) -> str:
    """The explanation and, below it, each caveat (a doubted fact the verdict rests on)."""
    return "\n".join([explanation, *(f"Caveat: {caveat}" for caveat in caveats)])


def main() -> None:
    cli()


openapi_cli = typer.Typer(help="The published OpenAPI document (openapi/v1.json) and the contract check.")
cli.add_typer(openapi_cli, name="openapi")


@openapi_cli.command("check")
def openapi_check() -> None:
    """Compare the app's document with the published openapi/v1.json: exit 1 on a breaking change that is not
    released (API version raised and the change named in CHANGELOG.md); additive changes pass and are listed."""
    from app.api import contract

    verdict = contract.judge()
    if verdict.problems:
        console.print("\n".join(verdict.problems), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(1)
    console.print(verdict.summary(), soft_wrap=True, markup=False)


@openapi_cli.command("update")
def openapi_update() -> None:
    """Publish the app's document as openapi/v1.json; refuses while a breaking change is not released."""
    from app.api import contract

    verdict = contract.judge()
    if verdict.problems:
        console.print("\n".join(verdict.problems), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(1)
    contract.SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    contract.SNAPSHOT.write_text(contract.dumps(verdict.current), encoding="utf-8")
    console.print(f"wrote {contract.SNAPSHOT.relative_to(contract.ROOT)} (API version {verdict.version})")
