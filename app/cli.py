"""The command line: ``treatyexit`` (or ``python -m app``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from app.rulebook import DEFAULT_RULES_DIR, RulebookError, load_rulebook
from app.settings import get_settings

cli = typer.Typer(help="What a state must do to leave a treaty, and when the withdrawal takes effect.")
rules_cli = typer.Typer(help="The rule files in rules/.")
db_cli = typer.Typer(help="The database of recorded withdrawals.")
cli.add_typer(rules_cli, name="rules")
cli.add_typer(db_cli, name="db")
console = Console()


@rules_cli.command("check")
def rules_check(path: Annotated[str, typer.Option(help="The rules folder")] = str(DEFAULT_RULES_DIR)) -> None:
    """Validate every rule file (the same check as at startup); exit 2 on the first bad file set."""
    from pathlib import Path

    try:
        rulebook = load_rulebook(Path(path))
    except RulebookError as exc:
        console.print(str(exc), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    from app.engine import Engine

    Engine(rulebook)
    console.print(
        f"ok: {len(rulebook.treaties)} treaties, {len(rulebook.states)} states, "
        f"{len(rulebook.depositaries)} depositaries; rules_version {rulebook.version}"
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
    from app.db.seed import seed
    from app.db.session import session_for

    settings = get_settings()
    with session_for(settings.database_url) as session:
        added = seed(session, load_rulebook(settings.rules_dir))
    console.print(f"seeded: {added} new records")


@cli.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (each compiles the rulebook)")] = 1,
) -> None:
    """Migrate the database, then serve the API (explorer at /docs)."""
    import uvicorn

    from app.db.migrate import upgrade

    upgrade(get_settings().database_url)
    uvicorn.run("app.main:app", host=host, port=port, workers=workers)


@cli.command()
def assess(
    treaty: str,
    state: str,
    notified: Annotated[str | None, typer.Option(help="Date the depositary received the notification")] = None,
    fact: Annotated[list[str] | None, typer.Option(help="A fact as key=value, e.g. armed_conflict=true")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON")] = False,
) -> None:
    """Assess a withdrawal in-process on the packaged rulebook."""
    from pydantic import ValidationError

    from app.services.assessment import AssessmentService
    from app.services.lookup import NotFound
    from schemas.api import AssessmentRequest

    facts: dict[str, object] = {}
    for item in fact or []:
        key, _, value = item.partition("=")
        facts[key] = {"true": True, "false": False}.get(value.lower(), value)
    try:
        request = AssessmentRequest.model_validate(
            {"treaty": treaty, "state": state, "notification_date": notified, "facts": facts}
        )
        answer = AssessmentService(load_rulebook(get_settings().rules_dir)).assess(request, today=dt.date.today())
    except (ValidationError, NotFound) as exc:
        console.print(str(exc), style="red", soft_wrap=True, markup=False)
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(answer.model_dump(mode="json"), indent=2) + "\n")
        return
    effective = answer.effective
    console.print(f"[bold]{answer.treaty.short_name}[/bold] — {answer.state.name}")
    console.print(f"status: [bold]{effective.status}[/bold]  date: [bold]{effective.date or '-'}[/bold]")
    console.print(effective.explanation)
    table = Table("#", "level", "requirement", "actor", "citation")
    for req in answer.requirements:
        table.add_row(
            str(req.order), req.level, req.description, req.actor, f"{req.citation.instrument} {req.citation.cite}"
        )
    console.print(table)
    for condition in effective.conditions:
        console.print(f"- {condition.kind}: {condition.description} [{condition.citation.cite}]")


def main() -> None:
    cli()
