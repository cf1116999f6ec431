"""Parties-count claims: how many states (and organisations) are parties to a treaty, today or on a date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from app.services.checks.deposits import DepositCountChecks, before_entry_into_force
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.lookup import find_state
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate, UnreadableDate, parse_partial_date
from app.services.party_counts import OUT_OF_DATE, judge_count, judge_outside
from app.services.party_counts import compare as _compare
from schemas.checks import Claim, Evidence, Verdict
from schemas.rules import Treaty
from schemas.world import OrganisationParty

# Before entry into force a dated count of "parties" counts instruments deposited: no State is yet a party (VCLT
# Art. 24(1)-(3)); the answer calls them so.
_DEPOSITED = "States with an instrument of ratification or accession deposited (none a party before entry into force)"


class PartiesCountChecks(DepositCountChecks):
    def _on_the_list(
        self, claim: Claim, treaty: Treaty, listed: dt.date, dated: PartialDate | None, as_of: dt.date
    ) -> Outcome:
        """Against the complete party list's parties on the day (the claim's own date, or the article's)."""
        outcome = self._parties_on(claim, treaty, listed, as_of)
        if dated is not None and (dated.end < as_of or (claim.tense == "future" and claim.state is not None)):
            # "will become the 125th state party": the rank on the day the State's membership begins
            outcome = self._dated_count(claim, treaty, dated, outcome)
        else:
            outcome = self._out_of_date(claim, treaty, listed, as_of, outcome)
        return self._taking_part(claim, treaty, dated, as_of, outcome)

    def _taking_part(
        self, claim: Claim, treaty: Treaty, dated: PartialDate | None, as_of: dt.date, outcome: Outcome
    ) -> Outcome:
        """A count the complete list says is wrong that the members taking part on the day give (world/counts
        ``active``: 46 of the Council of Europe's 47 took part while Russia was suspended, 25 February to 15 March
        2022): the recorded count's verdict, partly right."""
        if outcome.verdict != "inconsistent":
            return outcome
        try:
            recorded = self._recorded_count(claim, treaty, "parties", dated, as_of, required=False)
        except Unverifiable:
            return outcome  # no dated count of that day: the complete list's verdict stands
        return recorded if recorded is not None and recorded.verdict == "partly_consistent" else outcome

    def _check_parties_count(self, claim: Claim, as_of: dt.date) -> Outcome:
        """Against the parties on the article's date when the world files hold a complete party list (counted
        from each state's entry into force and recorded withdrawals), else the rulebook's dated count; a count of
        ratifications, or any count before the treaty entered into force, against the instruments deposited."""
        treaty = self._treaty(claim)
        if outside := re.search(r"\bnon[- ]?(signator|part)", claim.value, re.IGNORECASE):
            return self._non_members(claim, treaty, outside.group(1).lower() == "signator", as_of)
        if re.search(r"\bnon[- ]|\bnot\b", claim.value, re.IGNORECASE):
            raise Unverifiable(
                f"'{claim.value}' counts states that are not parties: the records lack the number of states that "
                f"could join the {treaty.short_name}, so a count of non-parties cannot be checked."
            )
        dated = _count_date(claim.value, as_of)
        listing = self.rulebook.world.parties.get(treaty.id)
        if re.search(r"signator", claim.value, re.IGNORECASE):
            signatories = self._recorded_count(claim, treaty, "signatories", dated, as_of, required=False)
            if signatories is not None:
                return signatories
            return self._loose_signatories(claim, as_of)
        on = dated.end if dated is not None and dated.end < as_of else as_of
        if not claim.state and (deposits := self._deposits(claim, treaty, _claimed_count(claim), on)) is not None:
            return deposits  # 'ratified by 66' (deposits.py): instruments deposited, not parties
        complete = listing is not None and listing.complete_on(on)  # the NPT's list of today's States: from 1993
        if not complete and dated is None and (joining := self._on_joining(claim, treaty, as_of)) is not None:
            return joining  # 'making Malaysia the 46th State Party' (2022): the count on its deposit, 30 September 2020
        if not complete:
            recorded = self._recorded_count(claim, treaty, "parties", dated, as_of, required=False)
            if recorded is not None:
                return recorded
        if (
            listing is not None
            and complete
            and on > listing.as_of
            and self.rulebook.world.count_on(treaty.id, "parties", on)
            and (carried := self._recorded_count(claim, treaty, "parties", dated, as_of, required=False)) is not None
        ):
            return carried  # 198 UNFCCC Parties in 2026: a dated count carries a complete list on past its date
        if listing is not None and complete and claim.state:  # "the Philippines became the 117th party"
            row = next((p for p in listing.parties if p.state == find_state(claim.state).iso3), None)
            if row is not None and row.in_force is not None:
                dated = PartialDate.of(row.in_force, "day", row.in_force.isoformat())
        if listing is not None and complete and (dated is None or listing.complete_on(dated.end)):
            return self._on_the_list(claim, treaty, listing.as_of, dated, as_of)
        count = treaty.parties_count
        if count is None:
            raise Unverifiable(f"The rulebook does not hold a party count for the {treaty.short_name}.")
        claimed = _claimed_count(claim)
        ok = _compare(count.count, claimed, claim.comparator)
        joined = [p.in_force_for_state or p.consent for p in treaty.participation if p.state == claim.state]
        if joined and 0 <= (count.as_of - max(joined)).days <= 31:  # "rejoined as UNESCO's 194th member state"
            as_of = count.as_of  # the count recorded when that state joined: the ordinal's own date
        stale = abs((as_of - count.as_of).days) > 366
        unsure = count.verification != "verified"
        text = (
            f"{'Consistent' if ok else 'Inconsistent'} with the {count.count} parties recorded on "
            f"{_long(count.as_of)}"
            + ("; the count may have changed since" if stale else "")
            + (f"; that count is {count.verification.replace('_', ' ')}" if unsure else "")
            + "."
        )
        verdict: Verdict = ("partly_consistent" if stale or unsure else "consistent") if ok else "inconsistent"
        evidence = [
            Evidence(kind="rule", description=f"{count.count} parties on {count.as_of}", url=str(count.sources[0].url))
        ]
        if stale and not ok:  # a count of another year is no evidence against the article's (issue 14)
            raise Unverifiable(
                f"The rulebook holds {count.count} parties to the {treaty.short_name} on {_long(count.as_of)} only; "
                f"the count on {_long(as_of)} is not recorded ("
                + (
                    f"world/parties/{treaty.id} is complete only from {_long(listing.complete_from)}"
                    if listing is not None and listing.complete and listing.complete_from
                    else "no complete party list in world/parties"
                )
                + ").",
                evidence,
            )
        return Outcome(verdict, str(count.count), text, evidence, [treaty.id])

    def _signatories_told_as_signed(self, claim: Claim, as_of: dt.date) -> Outcome | None:
        """'signed by 195 countries last December', '195 nations and the European Union have signed' (a signature
        claim with no State, valued '195 signatories, 2015-12'): a count of signatories, judged as one on the day it
        names or the report's. A day before the treaty was open for signature (its final clauses, the rule file's
        ``signature``: Paris Art. 20(1), from 22 April 2016) makes the count wrong whatever its number, as no State
        could sign then (the adoption is not a signature). None for a claim that is no such count."""
        counted = _SIGNATORIES_SIGNED.match(claim.value)
        if claim.state or counted is None:
            return None
        number, said = counted.group(1), counted.group(2).strip()
        treaty = self._treaty(claim)
        period = treaty.signature
        if said:
            dated = parse_partial_date(said, as_of, "past")
            if period is not None and dated.end < period.opened:
                adopted = f"was adopted on {_long(treaty.adopted)} but " if treaty.adopted else ""
                text = (
                    f"Incorrect: the {treaty.short_name} {adopted}was open for signature only from "
                    f"{_long(period.opened)} ({period.cite}); no State had signed it by the end of "
                    f"{dated.describe()}, the date given."
                )
                evidence = [Evidence(kind="rule", description=text, url=str(period.source.url))]
                return Outcome("inconsistent", period.opened.isoformat(), text, evidence, [treaty.id])
        value = f"{number} signatories" + (f" in {said}" if said else "")
        return self._check_parties_count(claim.model_copy(update={"kind": "parties_count", "value": value}), as_of)

    def _non_members(self, claim: Claim, treaty: Treaty, signatories: bool, as_of: dt.date) -> Outcome:
        """'Among the 36 countries that have not signed': a count of non-members, judged as such (party_counts)."""
        statuses = self.rulebook.world.parties_on(treaty.id, as_of)
        listing = self.rulebook.world.parties.get(treaty.id)
        complete = statuses is not None and listing is not None and listing.complete_on(as_of)
        parties = {s.state for s in statuses} if statuses is not None and complete else None
        judged = judge_outside(
            self.rulebook.world,
            treaty.id,
            treaty.short_name,
            signatories,
            (_claimed_count(claim), claim.comparator),
            as_of,
            parties,
        )
        evidence = [Evidence(kind="record", description=judged.text, url=judged.url)]
        if judged.verdict is None:
            raise Unverifiable(judged.text, evidence)
        return Outcome(judged.verdict, judged.correct, judged.text, evidence, [judged.file or treaty.id])

    def _loose_signatories(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'among the 125 signatories' where no signatory count is recorded: news often calls the parties so; the
        number is confirmed when it is the party count, else it cannot be checked."""
        treaty = self._treaty(claim)
        value = re.sub(r"\s*signator\w*", "", claim.value, flags=re.IGNORECASE)
        outcome = self._check_parties_count(claim.model_copy(update={"value": value}), as_of)
        if outcome.verdict not in ("consistent", "partly_consistent"):
            raise Unverifiable(
                f"The number of signatories of the {treaty.short_name} is not recorded (world/counts/{treaty.id}.yaml "
                f"or a complete list of its signatures); {outcome.explanation}",
                outcome.evidence,
            )
        text = f"'Signatories' read as the parties (no signatory count is recorded): {outcome.explanation}"
        return outcome._replace(explanation=text)

    def _on_joining(self, claim: Claim, treaty: Treaty, as_of: dt.date) -> Outcome | None:
        """'Malaysia ... ratified the Treaty on September 30, 2020, making Malaysia the 46th State Party' told in 2022:
        an ordinal names the count on the State's own deposit (or entry into force), not the report's; right when a
        dated count of world/counts on one of those days (before the report) holds it, None otherwise (the day's
        count then decides, as for any count)."""
        row = self.rulebook.world.entry(treaty.id, claim.state) if claim.state else None
        if row is None:
            return None
        for day in (row.consent_date, row.in_force):
            if day is None or day >= as_of:
                continue
            found = self._recorded_count(
                claim, treaty, "parties", PartialDate.of(day, "day", day.isoformat()), as_of, False
            )
            if found is not None and found.verdict == "consistent":
                state = find_state(claim.state).name if claim.state else ""
                return found._replace(
                    explanation=f"{found.explanation.rstrip('.')}; the count when {state} joined, on {_long(day)}."
                )
        return None

    def _recorded_count(
        self,
        claim: Claim,
        treaty: Treaty,
        what: Literal["parties", "signatories"],
        dated: PartialDate | None,
        as_of: dt.date,
        required: bool = True,
    ) -> Outcome | None:
        """A count of parties or signatories against the dated counts of world/ (party_counts), on the day the
        sentence names or the article's; today's party count from a complete list, if any, for comparison."""
        on = dated.end if dated is not None and dated.end < as_of else as_of
        listing = self.rulebook.world.parties.get(treaty.id)
        closed = treaty.signature.closed if treaty.signature else None
        if (
            what == "signatories"
            and listing
            and listing.signatories_complete
            and closed
            and closed <= listing.as_of < on
        ):
            on = listing.as_of  # signature closed (Paris Art. 20(1): 21 April 2017): the list's count holds after it
        now = None
        if listing is not None and listing.complete:
            now = int(self._parties_on(claim, treaty, listing.as_of, as_of).correct_value or 0)
        judged = judge_count(
            self.rulebook.world,
            treaty.id,
            treaty.short_name,
            what,
            (_claimed_count(claim), claim.comparator),
            on,
            as_of,
            now,
            _DEPOSITED if what == "parties" and before_entry_into_force(treaty, on) else None,
        )
        if judged is None:
            if not required:
                return None
            raise Unverifiable(
                f"The number of {what} of the {treaty.short_name} is not recorded (no world/counts/{treaty.id}.yaml "
                f"period, no complete list of its signatures)."
            )
        evidence = [Evidence(kind="record", description=judged.text, url=judged.url)]
        if judged.verdict is None:
            raise Unverifiable(judged.text, evidence)
        return Outcome(judged.verdict, judged.correct, judged.text, evidence, [judged.file or f"world/{treaty.id}"])

    def _out_of_date(self, claim: Claim, treaty: Treaty, listed: dt.date, as_of: dt.date, now: Outcome) -> Outcome:
        """'The convention has 112 state parties' the day after a withdrawal took effect: right until lately, out
        of date (partly) within :data:`OUT_OF_DATE` of the change, as for the dated counts of world/counts; older,
        wrong, the answer naming when it was right. 'Armenia is now one of 124' on the eve of its entry into force
        (deposit made, the day fixed by the treaty): the count of the next day is right (README 'A count out of
        date')."""
        if now.verdict != "inconsistent":
            return now
        tomorrow = as_of + dt.timedelta(days=1)
        then = self._parties_on(claim, treaty, listed, tomorrow)
        if then.verdict != "inconsistent" and then.correct_value != now.correct_value:
            text = (
                f"Correct from the next day: the {treaty.short_name} has {then.correct_value} parties from "
                f"{_long(tomorrow)} (an entry into force or an exit fixed by then); on {_long(as_of)} it had "
                f"{now.correct_value} (world/parties/{treaty.id})."
            )
            return then._replace(explanation=text)
        for days in (1, 7, 14, 30, 90, 180, 365):
            day = as_of - dt.timedelta(days=days)
            then = self._parties_on(claim, treaty, listed, day)
            if then.verdict != "inconsistent" and then.correct_value != now.correct_value:
                recent = dt.timedelta(days=days) <= OUT_OF_DATE
                text = (
                    f"{'Out of date' if recent else 'Incorrect (out of date)'}: the {treaty.short_name} had "
                    f"{then.correct_value} parties on {_long(day)}; on {_long(as_of)} it had {now.correct_value} "
                    f"(world/parties/{treaty.id})."
                )
                return now._replace(verdict="partly_consistent" if recent else "inconsistent", explanation=text)
        return self._signatories_counted(claim, treaty, as_of, now)

    def _signatories_counted(self, claim: Claim, treaty: Treaty, as_of: dt.date, now: Outcome) -> Outcome:
        """'the 195-nation Paris accord' (Politico, 27 May 2017: 144 Parties, 195 signatories): a count of the parties
        that is the number of signatories on the day is the right number of the wrong thing, partly right, as a count
        of the parties told as signatories is (party_counts; README 'Counts of ratifications')."""
        signed = self.rulebook.world.count_on(treaty.id, "signatories", as_of)
        if signed is None or not _compare(signed.count, _claimed_count(claim), claim.comparator):
            return now
        text = (
            f"Partly correct: {signed.count} is the number of signatories of the {treaty.short_name} on "
            f"{_long(as_of)}; it had {now.correct_value} parties (world/parties/{treaty.id})."
        )
        return now._replace(verdict="partly_consistent", explanation=text)

    def _dated_count(self, claim: Claim, treaty: Treaty, dated: PartialDate, today: Outcome) -> Outcome:
        """'164 states joined it in 1999': the count on that date; today's count given for a past date is partly
        right (the number is right for the article's date, not for the date it names)."""
        then = self._parties_on(claim, treaty, dated.end, dated.end)
        if then.verdict != "inconsistent":
            return then
        actual = then.correct_value
        if today.verdict == "inconsistent":
            text = f"Incorrect: the {treaty.short_name} had {actual} parties at the end of {dated.describe()}."
            return then._replace(explanation=text)
        text = (
            f"Partly correct: {today.correct_value} is the number of parties on the article's date, but at the end "
            f"of {dated.describe()} the {treaty.short_name} had {actual} (world/parties/{treaty.id})."
        )
        return Outcome("partly_consistent", today.correct_value, text, then.evidence, then.trace)

    def _parties_on(self, claim: Claim, treaty: Treaty, listed: dt.date, as_of: dt.date) -> Outcome:
        claimed = _claimed_count(claim)
        key = (treaty.id, as_of)
        if key not in self._party_counts:
            self._party_counts[key] = len(self.rulebook.world.parties_on(treaty.id, as_of) or [])
        states, disputed = self._on_every_view(treaty, self._party_counts[key], claimed, claim, as_of)
        actual, counting = _counting(states, self.rulebook.world.organisations_on(treaty.id, as_of), claimed, claim)
        counting = disputed + counting
        ok = _compare(actual, claimed, claim.comparator)
        if not ok and (deposited := self._deposits_matching(treaty, as_of, actual, claimed, claim)) is not None:
            ok, actual, counting = True, deposited[0], deposited[1] + counting
        # states joining since the list can only raise the count: "more than 110" stays right
        # within a year of the list, no change recorded since is taken as none; later, only partly confirmed
        since = as_of > listed and not (ok and claim.comparator in ("more_than", "at_least"))
        later = since and as_of > listed + dt.timedelta(days=366)
        text = (
            f"{'Consistent' if ok else 'Inconsistent'} with the {actual} parties to the {treaty.short_name} on "
            f"{_long(as_of)} ({counting}complete party list of {_long(listed)}, world/parties/{treaty.id})"
            + ("; states may have joined since that list" if later else "; no change recorded since" if since else "")
            + "."
        )
        verdict: Verdict = ("partly_consistent" if later else "consistent") if ok else "inconsistent"
        counted = f" ({counting.rstrip('; ')})" if counting else ""
        evidence = [Evidence(kind="record", description=f"{actual} parties on {as_of}{counted}", url=None)]
        return Outcome(verdict, str(actual), text, evidence, [f"world/parties/{treaty.id}"])

    def _deposits_matching(
        self, treaty: Treaty, on: dt.date, parties: int, claimed: int, claim: Claim
    ) -> tuple[int, str] | None:
        """'112 States Parties' on the day of a deposit: the depositary's practice counts as 'Parties' every State
        whose instrument is deposited, in force for it or not (the UN Treaty Collection's status tables list each
        participant against the deposit of its instrument and head them 'Parties: N'; the CCM's Implementation Support
        Unit greeted South Sudan as 'State Party No. 112' on its deposit of 3 August 2023, in force for it on 1 February
        2024, Art. 17(2)). In law a State is a party only once the treaty is in force for it (VCLT Arts. 2(1)(g),
        24(3)); a count matching either figure is right, and the answer names both (README 'Party counts: deposits or
        in force'). The deposits and the words saying so when they match and the parties do not, else None."""
        key = (f"{treaty.id}/deposited", on)
        if key not in self._party_counts:
            self._party_counts[key] = len(self.rulebook.world.consented_on(treaty.id, on) or [])
        states = self._party_counts[key]
        listing = self.rulebook.world.parties.get(treaty.id)
        organisations = [o for o in (listing.organisations if listing else []) if o.began <= on]
        for deposited in dict.fromkeys((states, states + len(organisations))):
            if deposited != parties and _compare(deposited, claimed, claim.comparator):
                return deposited, (
                    f"counting the {deposited} Parties with an instrument deposited, as the depositary does; "
                    f"{parties} with the treaty in force for them; "
                )
        return None

    def _on_every_view(self, treaty: Treaty, states: int, claimed: int, claim: Claim, on: dt.date) -> tuple[int, str]:
        """The count on the view a claim matches where a State's exit is disputed on ``on`` (world/records
        ``disputed``: the DPRK and the NPT from 2003, 187 on its own view, 188 on Japan's and in the UN's count), and
        the words naming every view; the count as listed, and no words, where none is disputed."""
        inside, outside = self.rulebook.world.disputed_on(treaty.id, on)
        if not inside and not outside:
            return states, ""
        low, high = states - len(inside), states + len(outside)
        chosen = next((n for n in range(low, high + 1) if _compare(n, claimed, claim.comparator)), states)
        names = " and ".join(find_state(s).name for s in inside + outside)
        return chosen, (
            f"{low} to {high} as the exit of {names}, disputed (world/records/{treaty.id}), is counted or not; "
        )


def _counting(states: int, organisations: list[OrganisationParty], claimed: int, claim: Claim) -> tuple[int, str]:
    """The count a claim is judged against, and the words saying which counting it is: the States alone, or the
    Parties as the depositary counts them, with the organisations (the EU: UNFCCC Art. 22). A number that matches
    either is right; one that matches neither is judged against the depositary's count, both given."""
    if not organisations:
        return states, ""
    names = " and ".join(f"the {o.name}" for o in organisations)
    parties = states + len(organisations)
    both = f"{states} States; {parties} Parties with {names}, as the depositary counts them"
    if _compare(states, claimed, claim.comparator) and not _compare(parties, claimed, claim.comparator):
        return states, f"counting States only: {both}; "
    if _compare(parties, claimed, claim.comparator) and not _compare(states, claimed, claim.comparator):
        return parties, f"counting {names} as the depositary does: {both}; "
    return parties, f"{both}; "


_SIGNATORIES_SIGNED = re.compile(
    r"\s*([<>~]?\s*[\d,]+)\s+signatories\b(?:\s*\([^)]*\))?\s*(?:,|\bin\b|\bon\b)?\s*(.*?)\s*$"
)
"""A signature claim valued as a count, with the day it names ('195 signatories, 2015-12', '196 signatories (195
States and the EU)')."""


def _count_date(value: str, as_of: dt.date) -> PartialDate | None:
    """The date a count names ('164 in 1999', '164 (on 2020-01-31)', '180 signatories (2016-09-15)'), if any."""
    match = re.search(r"(?:\b(?:in|on|as of)\s+([\w -]+?)|\((\d{4}-\d\d(?:-\d\d)?))\)?$", value.strip())
    if not match:
        return None
    try:
        return parse_partial_date(match.group(1) or match.group(2), as_of, "past")
    except UnreadableDate:
        return None


def _claimed_count(claim: Claim) -> int:
    """The number a party-count claim states ('160', '1,000', '164 states')."""
    digits = re.search(r"\d+", claim.value.replace(",", "").replace("\u202f", "").replace(" ", ""))
    if not digits:
        raise Unverifiable(f"'{claim.value}' is not a number of parties.")
    return int(digits.group())
