"""The facts a question may state (shared by the API and the examples in rule files)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)


def _iso_text_only(value: object) -> object:
    """A date is written YYYY-MM-DD: a number or a numeric string (which pydantic would read as a Unix time)
    and a date-time are refused."""
    if isinstance(value, bool | int | float) or (isinstance(value, str) and not _ISO_DATE.fullmatch(value)):
        raise ValueError("give the date as an ISO 8601 string, YYYY-MM-DD")
    return value


LegalDate = Annotated[
    dt.date,
    BeforeValidator(_iso_text_only),
    Field(
        ge=EARLIEST_DATE,
        le=LATEST_DATE,
        description="ISO 8601 date (YYYY-MM-DD) from 1900 to 2199.",
        json_schema_extra={"pattern": r"^(19|2[01])[0-9]{2}-[0-9]{2}-[0-9]{2}$"},
    ),
]


@dataclass(frozen=True)
class Fact:
    """How a fact of the question is shown and what the engine sees of it: the one declaration, beside the
    field's type and help text in :class:`AssessmentFacts`, from which the GET query, the engine facts, the
    page's form and the engine cross-check tests are derived (OpenFisca's habit: a variable is declared once).

    ``engine``: ``value`` gives the rules ``true``/``false``/``"unknown"``; ``given`` gives them whether a
    date was stated (the date itself is used by the date functions); ``None`` keeps the fact out of the
    rules. ``ruleset`` says whose rules see it: the treaty's provisions or the state's domestic steps.
    ``sample`` tells the soak test how to draw a value: a boolean, or a date within that many days
    before (negative) or after (positive) the notification.
    """

    label: str
    engine: Literal["value", "given"] | None = None
    ruleset: Literal["treaty", "state"] = "treaty"
    sample_days: int = 0


class AssessmentFacts(BaseModel):
    """Facts about the withdrawal that the rules may depend on. Omitted facts are unknown: the answer
    takes the usual case and says so among its conditions. Each field is the one declaration of its fact."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    armed_conflict: Annotated[StrictBool | None, Fact("Armed conflict when the notice period ends", "value")] = Field(
        None, description="Whether the state is engaged in an armed conflict when the notice period expires."
    )
    entry_into_force_for_state: Annotated[
        LegalDate | None, Fact("Bound since (entry into force for it)", sample_days=-3650)
    ] = Field(
        None, description="When the treaty entered into force for the state (for clauses such as Paris Art. 28(1))."
    )
    specified_date: Annotated[LegalDate | None, Fact("Date named in the notification", "given", sample_days=800)] = (
        Field(None, description="A later effective date named in the notification, where the treaty allows one.")
    )
    agreed_date: Annotated[LegalDate | None, Fact("Date agreed by the parties", "given", sample_days=1200)] = Field(
        None,
        description=(
            "A date the parties agreed for the withdrawal (TEU Art. 50(3): a withdrawal agreement's entry into "
            "force or an extension; VCLT Art. 54(b)), where the treaty provides for one."
        ),
    )
    amendment_not_accepted: Annotated[
        StrictBool | None, Fact("Withdrawing over an amendment not accepted", "value")
    ] = Field(
        None,
        description="Whether the state withdraws because an amendment it did not accept entered into force "
        "(Rome Statute Art. 121(6)).",
    )
    ratified_by_parliament: Annotated[StrictBool | None, Fact("Approved by parliament", "value", ruleset="state")] = (
        Field(None, description="Whether parliament approved the treaty (decides which domestic procedure applies).")
    )


@dataclass(frozen=True)
class FactField:
    """One declared fact, read back from :class:`AssessmentFacts`."""

    name: str
    type: Literal["bool", "date"]
    description: str
    fact: Fact


def _declared() -> tuple[FactField, ...]:
    fields = []
    for name, info in AssessmentFacts.model_fields.items():
        fact = next(m for m in info.metadata if isinstance(m, Fact))
        bases = {get_args(a)[0] if get_origin(a) is Annotated else a for a in get_args(info.annotation)}
        kind: Literal["bool", "date"] = "date" if dt.date in bases else "bool"
        fields.append(FactField(name, kind, info.description or "", fact))
    return tuple(fields)


FACTS: tuple[FactField, ...] = _declared()
"""Every fact a question may state, in declaration order."""

DERIVED_ENGINE_FACTS: dict[str, str] = {
    "state": "the state's ISO 3166-1 alpha-3 code",
    "treaty": "the treaty's id (for domestic steps that apply to one treaty, such as the US NATO statute)",
    "notified": "whether a notification date was given",
    "precondition_met": "true, false or unknown: whether notice was permitted when given (Paris Art. 28(1))",
}
"""Facts the engine sees that the service derives from the question rather than reads from ``facts``."""

ENGINE_FACT_NAMES: frozenset[str] = frozenset(DERIVED_ENGINE_FACTS) | {f.name for f in FACTS if f.fact.engine}
"""The names a rule file's ``when:`` may test."""
