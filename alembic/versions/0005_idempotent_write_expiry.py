"""idempotent writes expire: an index on their creation time, for the purge of expired keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 02:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotent_write", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotent_write_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("idempotent_write", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotent_write_created_at"))
