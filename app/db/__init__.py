"""What the world did — recorded notifications of withdrawal with their sources — not the law.

SQLModel tables; Alembic owns the schema (``alembic/``). The status of a recorded withdrawal is always
computed by the engine from the record, never stored.
"""
