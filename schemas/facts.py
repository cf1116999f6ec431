"""The facts a question may state (shared by the API and the examples in rule files)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

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


class AssessmentFacts(BaseModel):
    """Facts about the withdrawal that the rules may depend on. Omitted facts are unknown: the answer
    takes the usual case and says so among its conditions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    armed_conflict: StrictBool | None = Field(
        None, description="Whether the state is engaged in an armed conflict when the notice period expires."
    )
    entry_into_force_for_state: LegalDate | None = Field(
        None, description="When the treaty entered into force for the state (for clauses such as Paris Art. 28(1))."
    )
    specified_date: LegalDate | None = Field(
        None, description="A later effective date named in the notification, where the treaty allows one."
    )
    agreed_date: LegalDate | None = Field(
        None,
        description=(
            "A date the parties agreed for the withdrawal (TEU Art. 50(3): a withdrawal agreement's entry into "
            "force or an extension; VCLT Art. 54(b)), where the treaty provides for one."
        ),
    )
    amendment_not_accepted: StrictBool | None = Field(
        None,
        description="Whether the state withdraws because an amendment it did not accept entered into force "
        "(Rome Statute Art. 121(6)).",
    )
    ratified_by_parliament: StrictBool | None = Field(
        None, description="Whether parliament approved the treaty (decides which domestic procedure applies)."
    )
