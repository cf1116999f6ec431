"""Check a journalist's claim against the rulebook and the records, one module per claim kind.

:mod:`.service` dispatches a claim to its kind's check (:data:`HANDLERS`); each kind's judge is in its own module:
:mod:`.effective` (effective date, notice period), :mod:`.in_force` (entry into force, in force for a state),
:mod:`.membership` (joined, signed, ratified, acceded), :mod:`.parties` (parties count), :mod:`.bound_on`,
:mod:`.notification` (notification date), :mod:`.withdrew`, :mod:`.votes` (vote tally, required vote) and
:mod:`.rule` (rule claims). :mod:`.outcome` holds the result and the outcome helpers the kinds share,
:mod:`.clock` the time-of-day comparisons, :mod:`.base` what every kind reads.
"""

from app.services.checks.outcome import Outcome
from app.services.checks.service import HANDLERS, CheckService, Handler
from app.services.checks.text import ClaimReader, ClaimSpan, TextTooLong, refuse_too_long

__all__ = [
    "HANDLERS",
    "CheckService",
    "ClaimReader",
    "ClaimSpan",
    "Handler",
    "Outcome",
    "TextTooLong",
    "refuse_too_long",
]
