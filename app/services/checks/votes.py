"""Vote claims: a parliament's recorded tally, and the votes a state's law requires to approve an exit."""

from __future__ import annotations

import datetime as dt
import re

from app.services.checks.base import CheckBase
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.lookup import find_state
from app.services.notices import RecordedVote
from app.services.notices import long_date as _long
from schemas.checks import Claim, Evidence, Verdict


class VoteChecks(CheckBase):
    def _check_required_vote(self, claim: Claim, as_of: dt.date) -> Outcome:
        state = self._state(claim)
        procedure = self.rulebook.states.get(state)
        if procedure is None:
            raise Unverifiable(f"The domestic procedure of {state} is not encoded yet.")
        steps = [s for s in procedure.steps if s.threshold]
        if claim.body:
            wanted = claim.body.casefold()
            steps = [s for s in steps if wanted in f"{s.body or ''} {s.actor}".casefold()] or steps
        if not steps:
            raise Unverifiable(f"No voting threshold is encoded for {procedure.name}.")
        step = steps[0]
        threshold = step.threshold
        assert threshold is not None
        evidence = [
            Evidence(
                kind="rule",
                description=f"{procedure.name}, {step.actor}: {threshold.words} ({threshold.cite}; "
                f"verification: {threshold.verification}; file confidence: {procedure.confidence})",
                url=str(step.sources[0].url),
            )
        ]
        trace = [f"{state}/{step.id}"]
        claimed_votes, claimed_size = _parse_votes(claim.value)
        size = threshold.body_size
        if claimed_size and size and claimed_size != size:
            text = f"Incorrect: the {step.actor} has {size} members, not {claimed_size}. {threshold.words}"
            return Outcome("inconsistent", threshold.words, text, evidence, trace)
        if threshold.votes_needed is not None and claimed_votes is not None:
            ok = claimed_votes == threshold.votes_needed
            if threshold.verification != "verified":
                text = (
                    f"Not confirmed: the rulebook holds {threshold.votes_needed} of {size} ({threshold.words}), "
                    f"but that rule is {threshold.verification.replace('_', ' ')}."
                )
                return Outcome(
                    ("partly_consistent" if ok else "unverifiable"),
                    str(threshold.votes_needed),
                    text,
                    evidence,
                    trace,
                )
            verdict_word = "Correct" if ok else "Incorrect"
            text = f"{verdict_word}: {threshold.votes_needed} of {size} votes are needed ({threshold.cite})."
            return Outcome(("consistent" if ok else "inconsistent"), str(threshold.votes_needed), text, evidence, trace)
        text = (
            f"Not confirmed: the rulebook holds '{threshold.words}' ({threshold.cite}; "
            f"{threshold.verification.replace('_', ' ')}; confidence {procedure.confidence})."
        )
        if threshold.note:
            text += f" {threshold.note}"
        return Outcome("unverifiable", threshold.words, text, evidence, trace)

    def _check_vote_tally(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Lawmakers voted 142 to 21': against the recorded vote, and against the threshold the rules require."""
        state = self._state(claim)
        if claim.value.strip().casefold() in ("unanimous", "unanimously"):
            return self._check_unanimous(claim, state, as_of)
        if (share := _SHARE.fullmatch(claim.value)) is not None:
            return self._check_share(claim, state, share, as_of)
        tally = _parse_tally(claim.value)
        of = re.fullmatch(r"\s*(\d+)\s*(?:/|of|out of)\s*(\d+)\s*", claim.value)
        if tally is None and of:  # '103 of 141': votes in favour of the body's members
            tally = (int(of.group(1)),)
        if tally is None and (only_for := re.fullmatch(r"\s*(\d+)\s+for\s*", claim.value)):
            tally = (int(only_for.group(1)),)  # '81 for': the votes in favour, the rest not told
        if tally is None:
            raise Unverifiable(f"'{claim.value}' is not a tally such as 142-21 or 98-2-4.")
        votes = [v for v in self.votes(state, claim.treaty or "") if v.date <= as_of] if claim.treaty else []
        votes = self._of_body(votes, claim.body, state)
        procedure = self.rulebook.states.get(state)
        threshold = next((s.threshold for s in procedure.steps if s.threshold), None) if procedure else None
        needed = threshold.votes_needed if threshold else None
        meets = f" The rules require {threshold.words} ({threshold.cite})" if threshold else ""
        if needed is not None:
            meets += (
                f"; {tally[0]} votes in favour {'meet' if tally[0] >= needed else 'do not meet'} the {needed} needed."
            )
        elif threshold:
            meets += "."
        if not votes:
            raise Unverifiable(
                f"No recorded vote of {find_state(state).name} on the {claim.treaty} is held: the records lack the "
                f"tally to compare.{meets}"
            )
        if claim.body and _FACTION.search(claim.body):
            return _faction_votes(claim.body, tally, votes, state)
        vote = min(votes, key=lambda v: sum(abs(a - b) for a, b in zip(v.tally, tally, strict=False)))
        if len(tally) > len(vote.tally) and tally[: len(vote.tally)] == vote.tally:
            raise Unverifiable(
                f"The records hold only {'-'.join(map(str, vote.tally))} (for-against-abstained as far as recorded) "
                f"for the {vote.body} vote of {_long(vote.date)}: the sources disagree on, or do not give, the rest.",
                [Evidence(kind="record", description=f"{vote.body} vote on {vote.date}", url=vote.source_url)],
            )
        ok = vote.tally[: len(tally)] == tally
        recorded, evidence = _recorded(vote)
        text = (
            f"{'Correct' if ok else 'Incorrect'}: the {vote.body} voted {recorded} (for-against-abstained) "
            f"on {_long(vote.date)}.{meets}"
        )
        return Outcome(
            ("consistent" if ok else "inconsistent"), recorded, text, evidence, [f"vote: {state} {vote.date}"]
        )

    def _of_body(self, votes: list[RecordedVote], body: str | None, state: str) -> list[RecordedVote]:
        """The recorded votes of the chamber the claim names ('the Federation Council approved the move by 156 votes
        to zero': not the State Duma's 415-0 of a week before), when the name is one of the state's chambers in its
        procedure (rules/states); a chamber no record holds a vote of leaves none, and the tally is unverifiable
        rather than judged against another chamber's. A word such as 'lawmakers' or 'deputies' selects nothing."""
        if body and _COMMITTEE.search(body):  # a committee's vote is not its chamber's: only a committee's answers it
            return [v for v in votes if _COMMITTEE.search(v.body)]
        procedure = self.rulebook.states.get(state)
        if not body or procedure is None:
            return votes
        wanted = body.casefold().removeprefix("the ")
        chambers = {
            re.sub(r"\s*\(.*?\)", "", n).casefold() for step in procedure.steps for n in (step.body, step.actor) if n
        }
        if not any(wanted in c or c in wanted for c in chambers if len(c) > 3):
            return votes
        return [v for v in votes if wanted in v.body.casefold() or v.body.casefold() in wanted]

    def _last_vote_against_counted(self, claim: Claim, state: str, as_of: dt.date) -> RecordedVote:
        """The state's last recorded vote on the treaty up to ``as_of`` (of the body the claim names, if any) whose
        record counts the votes against: a record with the votes in favour only cannot say how the vote split."""
        votes = sorted((v for v in self.votes(state, claim.treaty or "") if v.date <= as_of), key=lambda v: v.date)
        votes = self._of_body(votes, claim.body, state)
        if not votes or len(votes[-1].tally) < 2:
            raise Unverifiable(
                f"No recorded vote of {find_state(state).name} on the {claim.treaty} with its votes against is held: "
                "the records lack the tally to compare."
            )
        return votes[-1]

    def _check_unanimous(self, claim: Claim, state: str, as_of: dt.date) -> Outcome:
        """'voted unanimously': the state's last recorded vote on the treaty up to the claim's day had no vote
        against (and no abstention, where the record counts them); a record without the votes against cannot say."""
        vote = self._last_vote_against_counted(claim, state, as_of)
        recorded, evidence = _recorded(vote)
        ok = all(n == 0 for n in vote.tally[1:])
        text = (
            f"{'Correct' if ok else 'Incorrect'}: the {vote.body} voted {recorded} (for-against-abstained as far as "
            f"recorded) on {_long(vote.date)}{'' if ok else ', not unanimously'}."
        )
        return Outcome(
            ("consistent" if ok else "inconsistent"), recorded, text, evidence, [f"vote: {state} {vote.date}"]
        )

    def _check_share(self, claim: Claim, state: str, share: re.Match[str], as_of: dt.date) -> Outcome:
        """'Approved by more than a two-thirds majority' (valued '>2/3'): the share of the state's last recorded vote
        on the treaty up to the claim's day that was in favour, of the votes cast for and against and of all the votes
        recorded (abstentions counted); right where the share holds on either count (news rarely says which, and a
        qualified majority may be set on either: rules/states), the answer saying each. A record with the votes in
        favour only cannot say."""
        vote = self._last_vote_against_counted(claim, state, as_of)
        more, part, whole = bool(share.group(1)), int(share.group(2)), int(share.group(3))
        cast, counted = sum(vote.tally[:2]), sum(vote.tally)
        shares = {"votes cast for and against": (vote.tally[0], cast)}
        if len(vote.tally) > 2:
            shares["votes recorded, abstentions counted"] = (vote.tally[0], counted)
        held = [
            words
            for words, (yes, total) in shares.items()
            if total and (yes * whole > part * total if more else yes * whole >= part * total)
        ]
        recorded, evidence = _recorded(vote)
        said = f"{'more than ' if more else ''}{part}/{whole}"
        each = "; ".join(f"{yes} of the {total} {words}" for words, (yes, total) in shares.items())
        text = (
            f"{'Correct' if held else 'Incorrect'}: the {vote.body} voted {recorded} (for-against-abstained as far as "
            f"recorded) on {_long(vote.date)}: {each}; "
            + (f"{said} of the {held[0]}." if held else f"not {said} on either count.")
        )
        verdict: Verdict = "consistent" if held else "inconsistent"
        return Outcome(verdict, recorded, text, evidence, [f"vote: {state} {vote.date}"])


def _recorded(vote: RecordedVote) -> tuple[str, list[Evidence]]:
    """A recorded vote's tally as the answer says it ('188-6-0': for-against-abstained as far as recorded), and the
    record as evidence."""
    recorded = "-".join(str(n) for n in vote.tally)
    return recorded, [
        Evidence(kind="record", description=f"{vote.body} vote {recorded} on {vote.date}", url=vote.source_url)
    ]


_SHARE = re.compile(r"\s*(>|more than\s+|over\s+)?\s*(\d)\s*/\s*(\d)\s*", re.IGNORECASE)
"""A share of the votes in favour ('>2/3', '3/5'): a qualified majority told without its tally."""


_COMMITTEE = re.compile(r"\b(?:committee|commission)\b", re.IGNORECASE)
"""A body that prepares a chamber's vote ('the Foreign Affairs Committee accepted the draft in a unanimous vote'):
its tally is not the plenary's, which a party row's approval vote records."""


_FACTION = re.compile(r"\b(?:party|faction|bloc|caucus)\b", re.IGNORECASE)
"""One party's members in a chamber ('58 deputies from the ruling party "Civil Contract" voted for'): their votes are
part of the chamber's tally, not the tally."""


def _faction_votes(body: str, tally: tuple[int, ...], votes: list[RecordedVote], state: str) -> Outcome:
    """A party's votes in favour: wrong if more than the whole chamber's in favour, else unverifiable (the records hold
    the chamber's tally, not how each party voted)."""
    vote = max(votes, key=lambda v: v.date)
    recorded, evidence = _recorded(vote)
    if tally[0] > vote.tally[0]:
        text = (
            f"Incorrect: {tally[0]} votes in favour from {body} are more than the {vote.body}'s {vote.tally[0]} in "
            f"all ({recorded}, for-against-abstained, on {_long(vote.date)})."
        )
        return Outcome("inconsistent", recorded, text, evidence, [f"vote: {state} {vote.date}"])
    raise Unverifiable(
        f"The {vote.body} voted {recorded} (for-against-abstained) on {_long(vote.date)}; how many of its votes in "
        f"favour came from {body} is not recorded.",
        evidence,
    )


def _parse_tally(value: str) -> tuple[int, ...] | None:
    """``142-21`` -> (142, 21); ``98-2-4`` -> (98, 2, 4) (for, against, abstained)."""
    match = re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*", value)
    if not match:
        return None
    return tuple(int(g) for g in match.groups() if g is not None)


def _parse_votes(value: str) -> tuple[int | None, int | None]:
    """``86``, ``86/141``, ``86 of 141``, ``86 out of 141`` -> (86, 141); ``3/5`` -> (None, None)."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:/|of|out of)\s*(\d+)\s*", value)
    if match:
        votes, size = int(match.group(1)), int(match.group(2))
        if size <= 12:  # a fraction such as 3/5 or 2/3, not a vote count
            return None, None
        return votes, size
    if value.strip().isdigit():
        return int(value), None
    return None, None
