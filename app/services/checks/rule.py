"""Rule claims: what a treaty's withdrawal clause says (who is notified, the period, the conditions)."""

from __future__ import annotations

import datetime as dt
import re

from app.provisions import provision_citation
from app.provisions.agreed_date import has_own_agreed_date
from app.provisions.effect import period_effect
from app.provisions.notice import recipients_of
from app.provisions.precondition import precondition_of
from app.rulebook import OwnedProvision
from app.services.checks.base import CheckBase
from app.services.checks.conflict_rule import judge_conflict_rule, speaks_of_conflict
from app.services.checks.earliest import earliest_notice
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.checks.state_in_force import is_in_force_rule, judge_in_force_rule
from app.services.lookup import find_state
from app.services.partial_dates import parse_partial_date
from app.services.rule_claims import RuleClaim, about_the_same, parse_rule_claim, same_length
from app.services.rule_survival import judge_acts_before, judge_survival, survives_before_exit
from schemas.checks import Claim, Evidence, Verdict
from schemas.periods import describe_period, parse_period
from schemas.rules import EffectAnnualDateWithDeadline, PreconditionProvision, Treaty


class RuleChecks(CheckBase):
    def _recipient_claim(
        self, claim: Claim, treaty: Treaty, owned: list[OwnedProvision], as_of: dt.date, rule: str,
        evidence: list[Evidence],
    ) -> Outcome:  # fmt: skip
        """'Notification to the Council of Europe': to whom notice goes, against the notice provision's recipients
        (VCLT Art. 67(1): in writing, to the depositary or the parties the treaty names)."""
        found = recipients_of(owned, as_of)
        named = re.search(r"\bto\s+(.+)$", depositary_spelled(claim.value), re.IGNORECASE)
        # "to the depositary" (ECT Art. 47(1)): the recipient the rule file marks as the depositary
        depositary_only = named is not None and re.fullmatch(r"(?:the\s+)?depositary", named.group(1).strip(), re.I)
        if found is None or named is None or not (depositary_only or _recipient_words(named.group(1))):
            raise Unverifiable(f"'{claim.value}' states no period or recipient to compare. {rule}", evidence)
        notice, recipients = found
        said = _recipient_words(spell_initialisms(named.group(1), recipients))
        hit = next(
            (r for r in recipients if ("depositary" in r.lower() if depositary_only else said <= _recipient_words(r))),
            None,
        )
        citation = provision_citation(self.rulebook, notice)
        evidence = [Evidence(kind="rule", description="; ".join(recipients), citation=citation)]
        depositary = self.rulebook.depositaries.get(treaty.depositary) if treaty.depositary else None
        called = next(
            (
                c
                for c in (depositary.called if depositary and not depositary_only else [])
                if said <= _recipient_words(c.name)
            ),
            None,
        )  # "the Strasbourg-based organization": the depositary's organisation by its seat
        if hit is None and depositary is not None and called is not None:
            evidence.append(
                Evidence(kind="rule", description=f"{depositary.name}: '{called.name}'", url=str(called.source.url))
            )
            hit = depositary.name
        # a body sharing no word with the clause's recipients, once the organisation's own name is set aside, is
        # another body ('the ECOWAS Authority of Heads of State and Government' for the Executive Secretary, Art. 91)
        own = _recipient_words(" ".join([treaty.name, treaty.short_name, *treaty.aliases]))
        named_words = said - own
        others = set().union(*(_recipient_words(r) - own for r in recipients))
        described = bool(named_words & _DESCRIBED)  # 'the Geneva-based organization': a description, not checked
        if hit is None and not depositary_only and named_words and not described and not named_words & others:
            # '(written) notification to the Authority': a notice is what the clause asks (VCLT Art. 67(1)), the body
            # is wrong: partly right, whether or not the sentence says 'written' (a reader may drop the adjective),
            # as a period counted from a notice to another body (_other_recipient)
            text = (
                f"Partly correct (a notice, but to another body): notice goes to {'; '.join(recipients)} "
                f"({citation.cite}), not to {named.group(1)}. {rule}"
            )
            return Outcome("partly_consistent", "; ".join(recipients), text, evidence, [citation.rule])
        if hit is None:
            raise Unverifiable(
                f"'{named.group(1)}' is not how the {treaty.short_name} names the recipient of the notice "
                f"({'; '.join(recipients)}, {citation.cite}); whether it is the same body is not checked.",
                evidence,
            )
        text = f"Correct: notice goes to {hit} ({citation.cite}). {rule}"
        return Outcome("consistent", hit, text, evidence, [citation.rule])

    def _without_period(self, claim: Claim, treaty: Treaty, as_of: dt.date) -> Outcome | None:
        """Rule claims that name no period: 'no withdrawal clause', 'every member may withdraw', 'notice not
        before 2019' (a precondition, Paris Art. 28(1)), 'no immediate effect'; None for any other."""
        if _NO_CLAUSE.search(claim.value):
            return self._no_clause(treaty)
        if _MAY_WITHDRAW.search(claim.value) and not _NO_WAIT.search(claim.value):  # not "can leave immediately"
            return self._right_to_withdraw(treaty)
        if (bound := _NOTICE_NOT_BEFORE.match(claim.value.strip())) is not None:
            return self._notice_not_before(claim, treaty, bound.group(1), as_of)
        if survives_before_exit(claim.value):  # 'obligations for acts before the denunciation takes effect survive'
            kept = judge_acts_before(self.rulebook, treaty, claim.value, self._provisions(treaty, claim.state))
            if kept is not None:
                return Outcome(*kept)
        if speaks_of_conflict(claim.value) and parse_rule_claim(claim.value).period is None:  # "cannot take effect
            return judge_conflict_rule(self.rulebook, treaty)  # until the conflict ends" (Ottawa Art. 20(3))
        if _NOT_AT_ONCE.search(claim.value):
            found = period_effect(self._provisions(treaty, claim.state))
            if found is None:
                return None
            effect, provision, _ = found
            text = (
                f"Correct: under {provision.cite} of the {treaty.short_name}, a withdrawal takes effect "
                f"{describe_period(provision.period)} after {provision.counted_from}, not at once."
            )
            evidence = [
                Evidence(kind="rule", description=provision.text, citation=provision_citation(self.rulebook, effect))
            ]
            return Outcome("consistent", f"{provision.period} after {provision.counted_from}", text, evidence, [])
        return None

    def _right_to_withdraw(self, treaty: Treaty) -> Outcome:
        """'Article 50 gives any EU member the right to quit': against the rule file's withdrawal clause."""
        clause = treaty.withdrawal
        if clause.article is None:
            raise Unverifiable(
                f"The {treaty.short_name} has no withdrawal clause: a right to leave can come only from elsewhere "
                "(a reservation, or VCLT Art. 56), which this claim does not name."
            )
        text = f"Correct: under {clause.article} of the {treaty.short_name}, a party may withdraw."
        url = str(clause.source) if clause.source else None
        evidence = [Evidence(kind="rule", description=clause.text or text, url=url)]
        return Outcome("consistent", f"a party may withdraw ({clause.article})", text, evidence, [treaty.id])

    def _notice_not_before(self, claim: Claim, treaty: Treaty, when: str, as_of: dt.date) -> Outcome:
        """'The US cannot notify its withdrawal until 2019': the first day notice is allowed (Paris Art. 28(1)),
        right when the claimed time holds it, wrong when later, partly right (true, but loose) when earlier."""
        state = self._state(claim)
        claimed = parse_partial_date(when, as_of, "future")
        early = earliest_notice(treaty, state, self._provisions(treaty, state), max(as_of, claimed.start))
        name = find_state(state).name
        if early is None:
            raise Unverifiable(
                f"The {treaty.short_name} sets no waiting time before notice for {name} in the rulebook (or its "
                "entry into force for it is not recorded)."
            )
        reason = early.reason(name, treaty)
        citation = provision_citation(self.rulebook, early.rule)
        evidence = [Evidence(kind="rule", description=early.provision.text, citation=citation)]
        verdict: Verdict
        if claimed.contains(early.day):
            verdict, text = "consistent", f"Correct: {reason}."
        elif claimed.start > early.day:
            verdict, text = "inconsistent", f"Incorrect: {reason}, not later."
        else:
            verdict, text = "partly_consistent", f"Partly correct: notice was not allowed then, but {reason}."
        return Outcome(verdict, f"notice from {early.day.isoformat()}", text, evidence, [citation.rule])

    def _no_clause(self, treaty: Treaty) -> Outcome:
        """'The WHO Constitution has no withdrawal clause': against the rule file's clause (``article`` null: the
        treaty is silent, and any right comes from elsewhere, VCLT Art. 56 or a reservation)."""
        clause = treaty.withdrawal
        url = str(clause.source) if clause.source else None
        if clause.article is None:
            text = (
                f"Correct: the {treaty.short_name} has no withdrawal clause; a right to leave can come only from "
                "elsewhere (a reservation, or VCLT Art. 56)."
            )
            evidence = [Evidence(kind="rule", description=text, url=url)]
            return Outcome("consistent", "no withdrawal clause", text, evidence, [treaty.id])
        text = f"Incorrect: withdrawal from the {treaty.short_name} is governed by its {clause.article}."
        evidence = [Evidence(kind="rule", description=clause.text or text, url=url)]
        return Outcome("inconsistent", clause.article, text, evidence, [treaty.id])

    def _consent_claim(
        self, treaty: Treaty, where: str, rule: str, evidence: list[Evidence], trace: list[str]
    ) -> Outcome:
        """'Its withdrawal must be ratified by all remaining 27 EU countries': a withdrawal under the treaty's own
        clause needs no other party's approval (VCLT Art. 54(a); Art. 54(b) is the other route, by consent of all
        the parties); an agreement the clause provides for is quoted from the clause's own words."""
        owned = self.rulebook.owned_provisions(treaty).values()
        agreed = next((o for o in owned if o.provision.kind == "agreed_date"), None)
        text = (
            f"Incorrect: a withdrawal under the {treaty.short_name}'s own clause needs no approval or ratification "
            f"by the other parties (VCLT Art. 54(a)); under {where}, {rule}."
        )
        concluded = [
            sentence.strip()
            for sentence in re.split(r"(?<=\.)\s+", treaty.withdrawal.text or "")
            if re.search(r"\bconclud", sentence, re.IGNORECASE)
        ]
        if agreed is not None:
            text += f" An agreement can set another date ({agreed.provision.cite})"
            text += f"; the clause says how it is concluded: '{concluded[-1]}'" if concluded else "."
            evidence = [
                *evidence,
                Evidence(
                    kind="rule",
                    description=agreed.provision.text or "",
                    citation=provision_citation(self.rulebook, agreed),
                ),
            ]
        return Outcome("inconsistent", None, text, evidence, trace)

    def _annual_rule(
        self, claim: Claim, treaty: Treaty, owned: list[OwnedProvision], annual: OwnedProvision, as_of: dt.date
    ) -> Outcome:
        """'Notice by 1 January, effect 30 June' against a fixed-day rule (ICRW Art. XI): a wrong day is wrong; the
        right days with notice sent to another body than the treaty names are partly right."""
        rule = annual.provision
        assert isinstance(rule, EffectAnnualDateWithDeadline)
        days = [(m.group(0), _month_day(m)) for m in _DAY_MONTH.finditer(claim.value)]
        deadline = next((d for text, d in days if _DEADLINE.search(claim.value.split(text)[0][-14:])), None)
        effect = next((d for _, d in days if d != deadline), None)
        if deadline is None and effect is None:
            raise Unverifiable(f"'{claim.value}' names no day to compare with {rule.cite} of the {treaty.short_name}.")
        citation = provision_citation(self.rulebook, annual)
        evidence = [Evidence(kind="rule", description=rule.text, citation=citation)]
        wrong = [f"notice is due by {_month_day_words(rule.notice_by)}, not {_month_day_words(deadline)}"] * (
            deadline is not None and deadline != rule.notice_by
        ) + [f"it takes effect on {_month_day_words(rule.day)}, not {_month_day_words(effect)}"] * (
            effect is not None and effect != rule.day
        )
        partly: list[str] = []
        named = re.search(r"\bto\s+(?:the\s+)?([A-Za-z][\w ]*?)(?=\s+(?:by|before|on)\b|,|$)", claim.value)
        found = recipients_of(owned, as_of)
        if named and found and not any(_recipient_words(named.group(1)) <= _recipient_words(r) for r in found[1]):
            partly.append(f"notice goes to {'; '.join(found[1])}, not the {named.group(1)}")
        verdict: Verdict = "inconsistent" if wrong else "partly_consistent" if partly else "consistent"
        label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}[verdict]
        said = (
            f"under {rule.cite} of the {treaty.short_name}, notice given by {_month_day_words(rule.notice_by)} takes "
            f"effect on {_month_day_words(rule.day)} of the same year"
        )
        faults = "; ".join(wrong + partly)
        correct = f"notice by {rule.notice_by}, effect {rule.day}"
        return Outcome(verdict, correct, f"{label}: {said}" + (f" ({faults})." if faults else "."), evidence, [])

    def _check_rule(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'Six months after parliament's decision': the period and what it runs from, against the treaty's
        effect provision (a withdrawal period runs from the depositary's receipt, not from a domestic act;
        VCLT Art. 67(2) and 78(b)), and against a precondition on notice (Paris Art. 28(1))."""
        treaty = self._treaty(claim)
        if (plain := self._without_period(claim, treaty, as_of)) is not None:
            return plain
        said = parse_rule_claim(claim.value)
        if is_in_force_rule(treaty, said):  # 'It will come into force 60 days after the deposit' (Art. 126(2))
            return judge_in_force_rule(treaty, said, self._deposited(treaty, claim.state))
        owned = self._provisions(treaty, claim.state)
        found = period_effect(owned)
        annual = next((o for o in owned if isinstance(o.provision, EffectAnnualDateWithDeadline)), None)
        if found is None and annual is not None:
            return self._annual_rule(claim, treaty, owned, annual, as_of)
        if found is None:
            raise Unverifiable(
                f"The {treaty.short_name}'s withdrawal does not take effect after a fixed period in the rulebook."
            )
        effect, provision, monthly = found
        citation = provision_citation(self.rulebook, effect)
        evidence = [Evidence(kind="rule", description=provision.text, citation=citation)]
        words, where = describe_period(provision.period), f"{provision.cite} of the {treaty.short_name}"
        rule = (
            f"withdrawal takes effect on the first day of the month after {words} from {provision.counted_from}"
            if monthly
            else f"withdrawal takes effect {words} after {provision.counted_from}"
        )
        correct = f"{provision.period} after {provision.counted_from}"
        if said.consent:
            return self._consent_claim(treaty, where, rule, evidence, [citation.rule])
        if said.survival and said.period:  # "continues to apply for another 20 years" (ECT Art. 47(3))
            survives = judge_survival(self.rulebook, treaty, said, self.rulebook.owned_provisions(treaty).values())
            if survives.verdict == "unverifiable":
                raise Unverifiable(survives.text)
            return Outcome(*survives)
        if said.period is None and _NO_WAIT.search(claim.value):  # "no notice period", "can leave immediately"
            text = f"Incorrect: under {where}, {rule}; a withdrawal does not take effect at once."
            return Outcome("inconsistent", correct, text, evidence, [citation.rule])
        if said.period is None:
            return self._recipient_claim(claim, treaty, owned, as_of, f"Under {where}, {rule}.", evidence)
        pre = precondition_of(owned)
        if pre is not None and not same_length(said.period, provision.period):
            judged = _precondition_claim(said, pre[1], provision.period)
            if judged is not None:
                verdict, text = judged
                evidence.append(
                    Evidence(kind="rule", description=pre[1].text, citation=provision_citation(self.rulebook, pre[0]))
                )
                return Outcome(verdict, correct, f"{text} Under {where}, {rule}.", evidence, [citation.rule])
        agreed = has_own_agreed_date(self.rulebook.owned_provisions(treaty).values(), treaty.id)
        verdict, faults = _rule_faults(said, provision.period, words, provision.counted_from, monthly, agreed)
        elsewhere = _other_recipient(said.anchor, recipients_of(owned, as_of))  # "notification to the court"
        if elsewhere:
            verdict, faults = ("partly_consistent" if verdict == "consistent" else verdict), [*faults, elsewhere]
        if said.under_treaty and treaty.withdrawal.article is None:  # 'under the organization's charter' (WHO)
            borrowed = f"the {treaty.short_name} itself has no withdrawal clause: the rule is {provision.cite}"
            verdict, faults = ("partly_consistent" if verdict == "consistent" else verdict), [*faults, borrowed]
        label = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}[verdict]
        text = f"{label}: under {where}, {rule}" + (f" ({'; '.join(faults)})." if faults else ".")
        if said.anchor.lower() == "today":  # "six months from today": only the period is judged here
            text += f" Whether {provision.counted_from} fell on the article's date is not checked by this claim."
        return Outcome(verdict, correct, text, evidence, [citation.rule])


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip


_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(_MONTHS)
    + r")|("
    + "|".join(_MONTHS)
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


_DEADLINE = re.compile(r"\b(?:by|before|until)\s*(?:the\s*)?$", re.IGNORECASE)


_NO_WAIT = re.compile(
    r"\bno\s+(?:notice|waiting)(?:\s+period)?\b|\bimmediate(?:ly)?\b|\bat\s+once\b|\bwithout\s+(?:notice|delay)\b",
    re.IGNORECASE,
)  # a rule claim that the exit takes no time


def _month_day(match: re.Match[str]) -> str:
    """'1 January' / 'January 1st' as ``01-01`` (the rule files' MonthDay)."""
    day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    return f"{_MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"


def _month_day_words(value: str | None) -> str:
    if value is None:
        return "?"
    month, day = value.split("-")
    return f"{int(day)} {_MONTHS[int(month) - 1].capitalize()}"


_MAY_WITHDRAW = re.compile(
    r"\b(?:may|can|(?:the\s+)?right\s+to)\s+(?:withdraw|leave|quit|exit|denounce)\b", re.IGNORECASE
)  # "every member state may withdraw", "the right to quit"
_NOTICE_NOT_BEFORE = re.compile(r"^notice not before (.+)$", re.IGNORECASE)  # a precondition's first day
_NOT_AT_ONCE = re.compile(r"\bno immediate effect\b|\bnot (?:take effect )?(?:immediately|at once)\b", re.IGNORECASE)
_NO_CLAUSE = re.compile(
    r"\bno (?:withdrawal|exit|denunciation) (?:clause|provision|article)s?\b"
    r"|\bno (?:clause|provision|article)s? (?:on|for|to) (?:withdraw\w*|leav\w*|exit\w*|denunciation|get out)",
    re.IGNORECASE,
)
"""A claim that the treaty is silent on withdrawal ('no withdrawal clause', 'no provisions to get out')."""


_DESCRIBED = {"based", "organization", "organisation", "body", "agency", "institution", "headquarters"}
"""Words that describe a recipient rather than name it ('the Geneva-based organization')."""


def spell_initialisms(text: str, recipients: list[str]) -> str:
    """A body's initialism spelt out as the clause names it ('the OAS Secretary General' for the 'Secretary General
    of the Organization of American States', ACHR Art. 78(1)): a short word whose letters, in any case, are the initials
    of a run of capitalised words in a recipient (small words such as 'of' between them skipped) is that run, so the
    body is compared word for word (VCLT Art. 67(1): the notice goes to whom the treaty names, however the news
    abbreviates it). Text with no such word is returned unchanged."""

    def spelt(match: re.Match[str]) -> str:
        letters = match.group(0).upper()  # 'oas' in a lower-cased value reads as 'OAS'; a word no run spells stays
        for recipient in recipients:
            words = recipient.split()
            for start, first in enumerate(words):
                if not first[:1].isupper():
                    continue
                initials = ""
                for end in range(start, len(words)):
                    word = words[end]
                    if word[:1].isupper():
                        initials += word[0]
                    elif word not in _SMALL:
                        break
                    if initials == letters and word[:1].isupper():
                        return " ".join(words[start : end + 1])
                    if not letters.startswith(initials):
                        break
        return match.group(0)

    return re.sub(r"\b[A-Za-z]{2,6}\b", spelt, text)


_SMALL = {"of", "the", "and", "for"}
"""Small words inside a body's name that its initialism skips ('Organization of American States': OAS)."""


_DEPOSITORY = re.compile(r"\bdepository\b", re.IGNORECASE)


def depositary_spelled(text: str) -> str:
    """'written notification to the Depository' (Pace Law Library, 2019): 'depository' (a place where things are
    deposited) written for 'depositary' (the State, organisation or officer that keeps the instrument and receives
    notices, VCLT Arts. 76-77), a common slip: read as the depositary."""
    return _DEPOSITORY.sub(lambda m: "Depositary" if m.group(0)[0].isupper() else "depositary", text)


def _recipient_words(text: str) -> set[str]:
    text = re.sub(r"\bUN\b", "United Nations", text)
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _FILLER}


_FILLER = {"the", "of", "to", "a", "an", "and", "its", "notification", "notice", "depositary", "general", "written"}


_LISTED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
"""Between the bodies a notice is told to go to ('informing other treaty members and the United Nations')."""


_NOTIFIED_WHOM = re.compile(
    r"\bnotif(?:y|ies|ied|ying)\s+(?!(?:to|its|their|his|her|a|an|of|that|about|on|in)\b)(?:the\s+)?"
    r"((?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)(?=\s+(?:of|that|about|on|in|by|for|to|under|is|was|has|had|and)\b|\s*[,;.]|$)",
    re.IGNORECASE,
)
"""'Officially notified the UN of its intent to cut ties' (hivisasa, October 2017): the addressee is the verb's
object, not what follows a later 'to' (an infinitive, 'intent to cut'); 'notified its withdrawal to the Secretary-
General' keeps the 'to' reading."""


def _other_recipient(anchor: str, found: tuple[OwnedProvision, list[str]] | None) -> str | None:
    """'one year from submitting the written notification to the court': notice sent to a body the clause does not
    name (Rome Statute Art. 127(1): to the Secretary-General of the United Nations); None when the anchor names no
    recipient or names only the clause's, each of a list among them (Ottawa Art. 20(2): the other States Parties,
    the Depositary and the Security Council; VCLT Art. 67(1))."""
    anchor = depositary_spelled(anchor)
    named = _NOTIFIED_WHOM.search(anchor) or re.search(
        r"\b(?:notif\w*|notice|instrument|letter)\b.*?\bto\s+(?:the\s+)?(.+)$", anchor, re.IGNORECASE
    )
    if found is None or named is None:
        return None
    body = re.sub(
        r"\s+(?:in|on|at|by|for|last|this|early|late|before|after|under)\b.*$", "", named.group(1)
    )  # "in September"
    if re.match(r"depositary\b", body, re.IGNORECASE):
        return None  # "to the Depositary of the Agreement": the depositary, whoever the clause names as such
    spelled = re.sub(r"\bu\.?n\.?(?=\s|$)", "United Nations", body, flags=re.IGNORECASE)
    spelled = spell_initialisms(spelled, found[1])  # "the OAS Secretary General", ACHR Art. 78(1)
    named_each = [_recipient_words(part) for part in _LISTED.split(spelled)]  # "other parties and the United Nations"
    if all(not said or any(said <= _recipient_words(r) for r in found[1]) for said in named_each):
        return None
    return f"notice goes to {'; '.join(found[1])}, not to the {body}"


def _rule_faults(
    said: RuleClaim, period: str, words: str, counted_from: str, monthly: bool, agreed: bool
) -> tuple[Verdict, list[str]]:
    """What a rule claim gets wrong: a wrong period (wrong), counted from a domestic act (wrong), a period only
    about right, a deadline ('within') for a period, a month-end rule left out, an agreed date left out (partly)."""
    wrong: list[str] = []
    partly: list[str] = []
    if not same_length(said.period or "P0D", period):
        (partly if about_the_same(said.period or "P0D", period) else wrong).append(
            f"the period is {words}, not {describe_period(said.period or 'P0D')}"
        )
    if said.anchor_is_domestic:
        wrong.append(f"it runs from {counted_from}, not from {said.anchor}")
    if said.within:
        partly.append(f"the withdrawal takes effect when the {words} have run; it is not a deadline")
    if said.mechanism:
        partly.append(
            f"the withdrawal takes effect by itself when the period has run: nobody has to {said.mechanism} it"
        )
    if monthly:
        partly.append("it then takes effect on the first day of the following month")
    if said.exact and agreed:
        partly.append("the period is only the default: an agreement or an agreed extension can set another date")
    verdict: Verdict = "inconsistent" if wrong else "partly_consistent" if partly else "consistent"
    return verdict, wrong + partly


def _precondition_claim(
    said: RuleClaim, provision: PreconditionProvision, effect_period: str
) -> tuple[Verdict, str] | None:
    """A rule claim about when notice may be given ('three years from ratification'; Paris Art. 28(1)), or the
    whole exit ('a four-year exit process': three years before notice, then one year: partly right; 'withdrawal takes
    effect 4 years after the deal came into effect': the exit timed from entry into force, wrong); None if neither."""
    since = (
        "its entry into force for the party"
        if provision.counted_from == "entry_into_force_for_state"
        else "its entry into force"
    )
    both = parse_period(provision.in_force_for) + parse_period(effect_period)
    total = f"P{both.years}Y{both.months}M" if both.months else f"P{both.years}Y"
    if same_length(said.period or "P0D", total) and said.anchor_is_entry_into_force:
        return "inconsistent", (  # README 'A period and the event it runs from': the date may be right, the rule not
            f"Incorrect: the withdrawal is not timed from {since}: it takes effect {describe_period(effect_period)} "
            f"after the notice, which may be given only {describe_period(provision.in_force_for)} after {since} "
            f"({provision.cite}); the earliest exit is {describe_period(total)} after it."
        )
    if same_length(said.period or "P0D", total):
        return "partly_consistent", (
            f"Partly correct: the earliest exit is {describe_period(total)} after {since}: notice may be given "
            f"{describe_period(provision.in_force_for)} after it ({provision.cite}), and takes effect later."
        )
    if not same_length(said.period or "P0D", provision.in_force_for):
        return None
    if said.anchor_is_entry_into_force or not said.anchor:
        return (
            "consistent",
            f"Correct: notice may be given {describe_period(provision.in_force_for)} after {since} ({provision.cite}).",
        )
    return "inconsistent", (
        f"Incorrect: notice may be given {describe_period(provision.in_force_for)} after {since}, not after "
        f"{said.anchor} ({provision.cite})."
    )
