"""status spans for listings, idempotent writes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 20:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_status_span",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("rules_version", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["withdrawal_record.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "rules_version", "seq", name="uq_record_status_span"),
    )
    with op.batch_alter_table("record_status_span", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_status_span_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_status_span_rules_version"), ["rules_version"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_status_span_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_status_span_effective_date"), ["effective_date"], unique=False)
    with op.batch_alter_table("withdrawal_record", schema=None) as batch_op:
        batch_op.create_index("ix_withdrawal_record_received_on_id", ["received_on", "id"], unique=False)
    op.create_table(
        "idempotent_write",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", "actor"),
    )


def downgrade() -> None:
    op.drop_table("idempotent_write")
    with op.batch_alter_table("withdrawal_record", schema=None) as batch_op:
        batch_op.drop_index("ix_withdrawal_record_received_on_id")
    op.drop_table("record_status_span")
