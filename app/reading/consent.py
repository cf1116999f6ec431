"""Claims about who takes part in a withdrawal: who may withdraw ("Article 50 gives any EU member the right to
quit", judged against the treaty's withdrawal clause); to whom the notice goes ("any party can withdraw through a formal
notification to the Council of Europe", judged against the notice clause's recipients, VCLT Art. 67(1)), and
claims that a withdrawal needs the other parties' approval ("the withdrawal needs the approval of the other
state parties", "leaving requires the consent of all members"). A withdrawal under a treaty's own clause needs
none (VCLT Art. 54(a); Art. 54(b), withdrawal by consent of all the parties, is the other route); the checks
service judges the claim against the clause. ("must be ratified by all remaining 27 EU countries", a passive
with its agent, is read with the verb in app/reading/ratification.py.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.vocabulary import EXIT_WORDS
from schemas.checks import Claim

_NEEDS = {"needs", "need", "requires", "require", "required", "subject"}
_CONSENT = {"approval", "consent", "agreement", "ratification", "endorsement"}
_OTHERS = {"other", "remaining", "all", "member", "members", "parties", "states", "countries"}


def consent_rule(clause: Span, treaty: str) -> Claim | None:
    """'the withdrawal needs the approval of the other state parties' -> a rule claim; None otherwise."""
    words = [t.lower_ for t in clause]
    for i, word in enumerate(words):
        if word not in _CONSENT or i + 3 >= len(words) or not set(words[max(0, i - 4) : i]) & _NEEDS:
            continue
        if words[i + 1] != "of" or not set(words[i + 2 : i + 5]) & _OTHERS or not set(words[:i]) & EXIT_WORDS:
            continue
        start = max(j for j in range(max(0, i - 4), i) if words[j] in _NEEDS)
        end = next((j for j in range(i + 2, len(words)) if clause[j].is_punct), len(words))
        return Claim(kind="rule", treaty=treaty, value=f"withdrawal {clause[start:end].text}")
    return None


_MODALS = {"can", "may", "must", "shall", "should", "could"}
_NOTICE = {"notification", "notice", "notifying", "letter", "instrument"}
# "through a formal notification to", "must give a formal notification to the ECOWAS Authority": the notice's way
_AFTER = {"before", "after", "when", "if", "once", "within", "unless"}
_CARRIED = {"through", "by", "with", "give", "send", "submit", "address", "deliver", "lodge"}
_OWNERS = {"its", "their", "his", "her"}
_MONTH_BEFORE = {"in", "on", "of", "since"}
_NOT_A_BODY = [["its"], ["their"], ["his"], ["her"], ["of"], ["that"]]


def _the_month(token: Token) -> bool:
    """'May' before a day or a year, or after 'in' / 'on' / 'of' / 'since': the month, not the modal."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    near = (after is not None and after.like_num) or (before is not None and before.lower_ in _MONTH_BEFORE)
    return token.text == "May" and near


_HOUSES = {"parliament", "congress", "senate", "house", "committee", "committees", "legislature", "lawmakers"}
_NO_CLAUSE = {"provision", "provisions", "clause", "clauses"}
_HAVING = {"has", "had", "have", "contains", "contained", "includes", "included", "with"}


def no_clause_rule(clause: Span, treaty: str) -> Claim | None:
    """'Because the WHO Constitution lacked a withdrawal provision' (Just Security, 2020), 'the treaty has no exit
    clause': the treaty gives no right of withdrawal (a rule claim, judged against the rule file: VCLT Art. 56 when the
    treaty is silent); not 'has a withdrawal clause', 'the withdrawal clause says'."""
    words = [t.lower_ for t in clause]
    for i in range(1, len(words) - 1):
        if words[i] not in ("withdrawal", "exit", "denunciation") or words[i + 1] not in _NO_CLAUSE:
            continue
        before = words[max(0, i - 3) : i]
        lacking = bool({"lacked", "lacks", "lack", "lacking"} & set(before))
        if lacking or ("no" in before and set(words[max(0, i - 5) : i]) & _HAVING):
            return Claim(kind="rule", treaty=treaty, value="no withdrawal clause")
    return None


def recipient_rule(clause: Span, treaty: str) -> Claim | None:
    """'any party state can demand its withdrawal from the treaty through a formal notification to the
    Strasbourg-based organization' -> 'notification to the Strasbourg-based organization'; only with a modal (a
    rule for any party, not one state's notice on a day)."""
    words = [t.lower_ for t in clause]
    modal = any(t.lower_ in _MODALS and not _the_month(t) for t in clause)  # not "On May 22, 2020"
    if not modal or not set(words) & (EXIT_WORDS | {"withdraw", "leave", "denounce"}):
        return None
    for i, word in enumerate(words):
        told = word == "notify" and bool(set(words[max(0, i - 3) : i]) & _MODALS)  # "must (formally) notify X of"
        if not told and (word not in _NOTICE or not set(words[max(0, i - 4) : i]) & _CARRIED):
            continue
        to = next((j for j in range(i + 1, min(i + 5, len(words))) if words[j] == "to"), None)
        if word == "notifying" or told:
            to = i
        if to is None or (not told and words[to - 1] == "prior") or (told and words[i + 1 : i + 2] in _NOT_A_BODY):
            continue  # "one year prior to the withdrawal taking effect": a time; "cannot notify its withdrawal": what
        ends = [j for j in range(to + 1, len(words)) if clause[j].is_punct and clause[j].text != "-"]
        ends += [j for j in range(to + 1, len(words) - 1) if words[j] == "of" and words[j + 1] in _OWNERS]  # "notify
        # the Council of Europe of its intention to withdraw": the body ends before what the notice says
        ends += [j for j in range(to + 1, len(words)) if words[j] in _AFTER]  # "to the UN Secretary-General before
        end = min(ends, default=len(words))  # it can withdraw": the recipient ends where the next clause begins
        body = clause[to + 1 : end].text
        if set(words[to + 1 : end]) & (_HOUSES | {"withdrawal", "exit", "denunciation"}):
            return None  # "must notify parliament of its decision": a domestic step, not the treaty's recipient
        return Claim(kind="rule", treaty=treaty, value=f"notification to {body}") if body else None
    return None


_GIVES = {"gives", "give", "gave", "grants", "grant", "granted", "guarantees", "guarantee"}
_ANY = {"any", "every", "each", "all"}
_LEAVING = {"withdraw", "leave", "quit", "exit", "denounce"}


def right_rule(clause: Span, treaty: str) -> Claim | None:
    """'Article 50 gives any EU member the right to quit', 'every state party has the right to withdraw': the
    right of every party to withdraw (a rule claim; a quoted clause, the treaty's own words, is none)."""
    words = [t.lower_ for t in clause]
    if any(t.is_quote for t in clause):
        return None
    for i in range(len(words) - 3):
        if words[i : i + 3] != ["the", "right", "to"] or words[i + 3] not in _LEAVING:
            continue
        before = set(words[max(0, i - 6) : i])
        if before & _ANY and (before & _GIVES or before & {"has", "have"}):
            return Claim(kind="rule", treaty=treaty, value="every party may withdraw")
    return None
