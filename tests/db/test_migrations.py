"""Alembic owns the schema: upgrade to head and back down, and the seed, on SQLite and on real PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import Session, SQLModel, func, select

from app.db.migrate import downgrade, upgrade
from app.db.models import WithdrawalRecord
from app.db.seed import seed
from app.db.session import get_engine
from app.rulebook import Rulebook


def test_upgrade_and_downgrade(database_url: str) -> None:
    upgrade(database_url)
    tables = set(inspect(get_engine(database_url)).get_table_names())
    assert {"withdrawal_record", "alembic_version"} <= tables
    downgrade(database_url)
    assert "withdrawal_record" not in inspect(get_engine(database_url)).get_table_names()
    upgrade(database_url)  # and up again from base
    assert "withdrawal_record" in inspect(get_engine(database_url)).get_table_names()


def test_seed_is_idempotent(database_url: str, rulebook: Rulebook) -> None:
    upgrade(database_url)
    with Session(get_engine(database_url)) as session:
        first = seed(session, rulebook)
        second = seed(session, rulebook)
        count = session.exec(select(func.count()).select_from(WithdrawalRecord)).one()
        ltu = session.exec(
            select(WithdrawalRecord).where(WithdrawalRecord.state == "LTU", WithdrawalRecord.treaty == "apmbc")
        ).one()
    assert first > 20 and second == 0 and count == first
    assert str(ltu.received_on) == "2025-06-27"
    assert ltu.source_url.startswith("https://")


def test_the_migrations_build_the_models_schema(database_url: str) -> None:
    """Alembic's head is the schema the models declare: autogenerate finds nothing to add or drop."""
    upgrade(database_url)
    with get_engine(database_url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []
