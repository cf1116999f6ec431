"""World facts: who is bound by each treaty, what states did, and the situations the rules depend on.

Loaded from ``world/`` (beside ``rules/``) by :mod:`app.world.loader` into an immutable, content-hashed
:class:`World`; its hash is part of the rulebook version because answers depend on it. Queries are pure
functions of the snapshot.
"""

from app.world.model import PartyStatus, SituationHolding, World

__all__ = ["PartyStatus", "SituationHolding", "World"]
