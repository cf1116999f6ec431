"""Claims of leaving and being bound: 'withdrew from', 'is no longer a member', 'no longer bound by', negated
status ('is not a party'), and whether a leaving verb's object is a treaty at all.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.acts import act_participle, act_participle_now, act_subject
from app.reading.context import Context
from app.reading.status_day import as_of, named_as_the_day, nearest_status_day
from app.reading.subjects import one_per_state, regional
from app.reading.tense import tense_of
from app.reading.treaty_refs import stayed_out, treaty_subject_or_it
from app.reading.vocabulary import (
    GENERIC_TREATY,
    MEMBERSHIP_NOUNS,
    NEGATION,
    NEGATIVE_KINDS,
    NOT_TREATY_OBJECTS,
    PARLIAMENTS,
)
from app.reading.when import MONTHS, claim_value, resolve
from app.reading.words import (
    actors_in,
    cannot_without,
    mentions_withdrawal,
    object_is_treaty,
    previous_word,
    with_year,
    yet_to,
)
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind


def not_bound_by_a_treaty(verb: Span, clause: Span) -> bool:
    """'remains under investigation' (not under a treaty); 'is bound to the policies set at EU level' (obliged to
    follow something else); 'expressed its consent to be bound by the agreement' (a ratification, not a statement of
    being bound)."""
    if verb[-1].lower_ == "under" and not object_is_treaty(clause.doc, verb.end):
        return True
    if _counted_treaties(clause.doc[verb.end : min(verb.end + 6, clause.end)]):
        return True  # "Russia remains a party to around 40 multilateral treaties": many, none named
    if verb[-1].lower_ == "to" and verb[-2].lower_ in ("obliged", "obligated"):  # "no longer obliged to" a duty:
        ahead = {t.lower_ for t in clause.doc[max(clause.start, verb.start - 3) : verb.start]}  # only of a treaty
        return not mentions_withdrawal(clause) or bool(ahead & {"will", "would", "could", "may"})  # left, now
    doc = clause.doc
    if verb[-1].lower_ == "bound" and verb.end < len(doc) and doc[verb.end].lower_ == "to":
        return not (object_is_treaty(doc, verb.end + 1) or _treaty_obligations(doc[verb.end + 1 : clause.end]))
        # "is bound to the policies set at EU level": no treaty; "no longer bound to the human rights obligations
        # listed in the Convention": the treaty's
    return any(t.lower_ == "consent" for t in clause.doc[max(0, verb.start - 3) : verb.start])


_TREATY_PLURALS = {"treaties", "conventions", "agreements", "instruments", "protocols", "accords", "pacts"}


def _counted_treaties(words: Span) -> bool:
    """'a party to around 40 multilateral treaties', 'bound by several conventions', 'remains under dozens of
    agreements': the object is a number of treaties (a plural after a count or quantifier), none of them the one a
    claim could be about."""
    plural = next((i for i, t in enumerate(words) if t.lower_ in _TREATY_PLURALS), None)
    if plural is None:
        return False
    return any(
        t.like_num or t.lower_ in ("several", "many", "dozens", "numerous", "various", "some", "other", "multiple")
        for t in words[:plural]
    )


def _treaty_obligations(words: Span) -> bool:
    """'the human rights obligations listed in the Convention', 'the obligations under the ICCPR': obligations
    (within five words) that a treaty (named, or 'the Convention') sets, within five words after them."""
    doc = words.doc
    duty = next((t for t in words[:6] if t.lower_ in ("obligations", "duties", "provisions")), None)
    if duty is None:
        return False
    after = doc[duty.i + 1 : min(words.end, duty.i + 6)]
    return any(t.ent_type_ == "TREATY" or (t.lower_ in GENERIC_TREATY and t.is_title) for t in after)


def negative_claims(
    label: str, verb: Span, treaty: str, states: list[str], tense: str, clause: Span, context: Context,
    date: Span | None = None,
) -> list[Claim]:  # fmt: skip
    """'Russia is not a party to it', 'has not acceded to', 'was not fully withdrawing from': for states the
    clause names (not one it leaves implicit), not about the future, and not a suspension. 'Burundi Is Officially
    Not a Member of the ICC': a status that changed, an exit done (as 'is no longer a member')."""
    if (ends := _membership_ends_from(label, verb, date, treaty, states, context)) is not None:
        return ends
    if label == "FORCE" and tense != "future" and treaty_subject_or_it(clause):
        # "the treaty has not entered into force", "CTBT never came into force": value "false" (not in force on
        # the publication date)
        return [Claim(kind="entry_into_force", treaty=treaty, value="false", as_of=context.published)]
    if cannot_without(verb):
        return []  # "The US Cannot Withdraw from the WHO Without First Paying Its Dues": a condition, not a denial
    negative = NEGATIVE_KINDS.get(label)
    if label == "BOUND" and any(t.lower_ in MEMBERSHIP_NOUNS for t in verb):
        negative = "joined"  # "neither Russia nor the United States is a member of the court": as 'not a member of'
    named = {str(e.ent_id_) for e in actors_in(clause)} | set(regional(clause, context))  # "the Baltic states"
    listed = states == context.listed_next  # "Several countries never ratified it. These include ..."
    if (
        negative is None
        or not states
        or not (set(states) <= named or listed)
        or (tense == "future" and not yet_to(verb))
    ):
        return []
    modal = {t.lower_ for t in clause.doc[max(clause.start, verb.start - 4) : verb.start]} & {"would", "will", "shall"}
    if modal and label in ("RATIFY", "ACCEDE", "SIGN", "JOIN"):  # "announced that Malaysia would not be ratifying
        return []  # the treaty": a decision about a consent, not a status ('would not withdraw' still says one)
    window = clause.doc[max(clause.start, verb.start - 3) : verb.start]
    if label in ("RATIFY", "ACCEDE", "SIGN", "JOIN") and [t.lower_ for t in window][-2:] in (
        ["not", "to"],
        ["never", "to"],
    ):
        return []  # "an initiative calling for Latvia not to join the Istanbul Convention": an aim, not a status
    if any(t.lemma_ in _MEANING for t in window):
        return []  # "does not intend to become a party", "has no plans to ratify", "is not planning to quit the ICC",
        # "does not intend to withdraw": an intention denied, not a status
    changed = {t.lower_ for t in clause.doc[max(clause.start, verb.start - 2) : verb.start]} & {
        "officially",
        "formally",
    }
    if label == "JOIN" and changed:
        return [
            Claim(kind="withdrew", treaty=treaty, state=one, value="true", as_of=context.published) for one in states
        ]
    ever = "past" if negative == "joined" and _never(verb, window) else None  # "was never a state party to"
    return [
        Claim(kind=negative, treaty=treaty, state=one, value="false", as_of=context.published, tense=ever)
        for one in states
    ]


def _membership_ends_from(
    label: str, verb: Span, date: Span | None, treaty: str, states: list[str], context: Context
) -> list[Claim] | None:
    """'From 11pm tonight Britain isn't a member of the EU': a membership denied from a day the sentence opens with
    ('From D', 'As of D'), the report's or a later one, is the day the exit takes effect (tests/data/articles/README.md
    'A status from a named day'); None when the sentence tells no such day."""
    if date is None or not states or label not in ("BOUND", "JOIN"):
        return None
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    fronted = first is not None and (first.lower_ == "from" or as_of(date)) and date.start - first.i <= _FRONTED_REACH
    when = resolve([t.text for t in date], context.published, "future") if fronted else None
    if when is None or when.start < context.published:
        return None
    base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
    return one_per_state(base, "effective_date", states, claim_value(when), "future")


_FRONTED_REACH = 4  # "From 11pm tonight": the words between 'From' and the day


def _never(verb: Span, window: Span) -> bool:
    """'was never a state party to', 'has never been a party to', 'never joined': a membership denied at any time
    up to the report (tense 'past'), not only on its date."""
    return any(t.lower_ == "never" for t in (*window, *verb))


_MEANING = {"intend", "plan", "wish", "want", "mean", "expect"}


def no_steps_taken(verb: Span) -> bool:
    """'Luxembourg has not yet taken any steps to leave', 'has taken no action to withdraw': nothing done towards the
    exit, so no exit (a status on the day of the report)."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 8) : verb.start]]
    if before[-1:] != ["to"] or not set(before) & {"steps", "step", "action", "measures", "measure"}:
        return False
    acted = {"taken", "took", "take", "made", "make", "launched", "begun", "started"}
    return bool(set(before) & acted) and bool(set(before) & (NEGATION | {"no"}))


def bound_claims(
    verb: Span,
    treaty: str,
    states: list[str],
    date: Span | None,
    when: PartialDate | None,
    tense: str,
    context: Context,
) -> list[Claim]:
    """'no longer legally bound by', 'will remain under the Rome Statute'; 'will remain a party until 4 November
    2020', 'remains obligated to comply with the Statute until 2 June 2026' say when the withdrawal takes
    effect."""
    bound = not any(t.lower_ == "longer" or t.lemma_ in ("cease", "stop") for t in verb)
    ceasing = any(t.lemma_ in ("cease", "stop") for t in verb)
    if not bound and (ended := _bound_until_within(treaty, states, when, tense, ceasing, context)) is not None:
        return ended
    until = date is not None and date.start > 0 and date.doc[date.start - 1].lower_ in ("until", "till")
    until = until or (date is not None and date[0].lower_ in ("until", "till"))
    party = any(t.lower_ in ("party", "parties", "member", "obligated", "obliged") for t in verb)  # not "bound
    # until ...": the issue's 'still bound' sentences are judged as a status on the publication date
    passed = when is not None and when.end < context.published  # "Russia remained bound by the Convention until 16
    # September 2022" (said in December 2022): bound no more on the report's day, the day its exit took effect
    if bound and (party or passed) and until and when is not None and when.precision == "day":
        return [
            Claim(kind="effective_date", treaty=treaty, state=one, value=claim_value(when), as_of=context.published,
                  tense="future" if when.start > context.published else "past")
            for one in states
        ]  # fmt: skip
    copula = verb[0].lower_ in ("is", "are")  # "X is a member of the ICC that in 2023 issued ...": now
    on = when.start if when and not until and not copula else context.published  # "remains bound until ...": bound now
    return [
        Claim(kind="bound_on", treaty=treaty, state=one, value=str(bound).lower(), on=on, as_of=context.published)
        for one in states
    ]


def _bound_until_within(
    treaty: str, states: list[str], when: PartialDate | None, tense: str, ceasing: bool, context: Context
) -> list[Claim] | None:
    """The obligations' end told in a month, a part of one, a season or a year ('will cease to be bound by the
    convention in December', 'no longer bound from late December'): the day they end lies somewhere in it, so the
    claim is the exit's effect in it (done: the exit in it), as 'will cease to be a party in December' is; a status
    on the interval's first day would be judged still bound. 'will cease to be bound', with no time, is a change still
    to come and says nothing of the status now (no claim); 'it will no longer be bound' is from now on (a status on
    the report's day). None where the day is told, or a status is (read as bound_on)."""
    if when is None:
        return [] if tense == "future" and ceasing else None
    if when.precision == "day":
        return None
    ahead = when.start > context.published
    return [
        Claim(kind="effective_date" if ahead else "withdrew", treaty=treaty, state=one, value=claim_value(when),
              as_of=context.published, tense="future" if ahead else "past")
        for one in states
    ]  # fmt: skip


def _attempted(verb: Span) -> bool:
    """'made an attempt to withdraw', 'attempted to leave': a past attempt at the exit (the state's act of leaving,
    its notice, made; its effect denied by the words)."""
    words = [t.lower_ for t in verb.doc[max(verb.sent.start, verb.start - 4) : verb.start]]
    return words[-2:] == ["attempted", "to"] or words[-4:] in (
        ["made", "an", "attempt", "to"],
        ["made", "attempts", "to"],
    )


_ANNOUNCES = frozenset({"announces", "says", "declares", "proclaims"})  # not "states": "the United States is"


def announced_under_way(verb: Span) -> bool:
    """'Gambia announces it is withdrawing from the court' (a timeline's entry, a headline's present): an
    announcement of an exit under way reports what a government says, not a notice the depositary received, and
    claims nothing (tests/data/articles/README.md 'Announcements'); 'notifies the UN it is withdrawing' is the
    notice (its own verb), and a past 'announced that it was withdrawing' stays the notice of the day
    (app/reading/announced.py)."""
    doc = verb.doc
    if verb.start < 2 or doc[verb.start - 1].lower_ not in ("is", "are"):
        return False
    words = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 6) : verb.start - 1]]
    return any(w in _ANNOUNCES for w in words[-4:])


def _house_acts(verb: Span) -> bool:
    """The verb's subject, the words since the clause's last comma, names a parliament ('the State Duma of the
    Russian Federation', 'Russia's lower house', 'lawmakers')."""
    doc = verb.doc
    i = verb.start - 1
    while i >= verb.sent.start and doc[i].text not in (",", ";", ":") and doc[i].lower_ not in ("that", "which"):
        if doc[i].lower_ in PARLIAMENTS or (doc[i].lower_ == "house" and doc[i - 1].lower_ in ("lower", "upper")):
            return True
        i -= 1
    return False


def _today(date: Span | None) -> bool:
    """'Today, November 4, 2020, the United States is no longer a Party': the day named as the speaker's today."""
    if date is not None and date[0].lower_ == "today" and len(date) > 2:  # "Today, November 4, 2020": one date
        return True
    if date is None or date.start < 2:
        return False
    doc = date.doc
    return doc[date.start - 1].text == "," and doc[date.start - 2].lower_ == "today"


def signature_withdrawn(verb: Span) -> bool:
    """'withdrew its signature', 'withdrawing their signatures': the verb's object is the State's signature."""
    doc = verb.doc
    i = verb.end
    if i < len(doc) and doc[i].lower_ in ("its", "their", "the", "his", "her"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("signature", "signatures")


def left_kind(
    verb: Span,
    tense: str,
    date: Span | None,
    when: PartialDate | None,
    value: str | None,
    context: Context,
    plural: bool = False,
) -> tuple[ClaimKind | None, str | None]:
    """What a leaving verb with a treaty object claims, and its value: an exit done or its effective date. A
    headline's present tells a deed in the third person: 'withdraws' for one state, 'withdraw' for a list of them
    ('Mali, Burkina Faso, Niger withdraw from ...')."""
    if stayed_out(verb):
        return "joined", "false"  # "players like the United States, Russia, and Israel have opted out"
    if signature_withdrawn(verb):
        return "signed", "false"  # "Moscow in 2016 withdrew its signature": a signatory no longer (README 'A
        # signature renounced'), no exit from a treaty it never joined
    if verb[0].lower_ == "brought" and tense != "future" and (date is None or date.end <= verb.start):
        return "withdrew", "true"  # "Nicaragua on Sunday ... brought forward its planned withdrawal": the day is the
        # decision's, the exit told done by the report
    if _attempted(verb):  # "made an attempt to withdraw from the ICCPR in 1997": a notice given that did not
        return ("notification_date", value) if value else (None, None)  # take effect, not an exit or an effect
    if announced_under_way(verb):
        return None, None  # "October 26, 2016 - Gambia announces it is withdrawing from the court": what a
        # government said, not a notice received (README 'Announcements'; h-left, session 13)
    if verb[0].lower_.startswith(("complet", "finali")) and when is not None and tense != "future":
        return "effective_date", value  # "completed the withdrawal process on Wednesday", "On December 27, 2025,
        # Lithuania officially completed the procedure for withdrawing": the day the exit took effect (README
        # 'Label decisions (h-left, session 13)'); undated, 'has completed its withdrawal' stays the exit done
    denounced = verb[0].lemma_ in ("denounce", "renounce") or verb[-1].lower_ in ("denounced", "renounced")
    if denounced and _house_acts(verb):
        return None, None  # "the State Duma of the Russian Federation denounced the European Convention ...": a
        # parliament's vote for the law, no notice to the depositary (which the government gives, if ever)
    if denounced and tense == "past" and when is not None:
        return "notification_date", value  # "denounced (renounced) the Convention on 2 May 2007": the notice
    hereby = previous_word(verb[0]) == "hereby"  # "This letter constitutes notification ... that it hereby
    # denounces the UPU Constitution": the letter's own words, the notice itself
    undated = tense in ("past", "deed") or (tense == "present" and (context.headline or hereby))  # "is now the
    # second country to denounce the American Convention": the notice given (a deed, ordinal.tense)
    if (denounced or hereby) and undated and when is None:
        return "notification_date", f"0001-01-01/{context.published}"  # "Bolivia renounces 1961 UN narcotics
        # convention" (a headline's present), "had previously been denounced only by Trinidad and Tobago": to
        # denounce a treaty is to give the notice, by the day of the report ('withdraws', 'quits', 'leaves' tell
        # the exit, as the corpus labels them)
    no_longer = verb[0].lower_ == "no" or _out_of_as_status(verb)  # "is no longer a member of", "was officially
    # out of the ICC on Sunday": a status, the exit has happened, or happens then
    if no_longer and tense != "future" and date is not None:
        nearest = nearest_status_day(with_year(date), context.published)
        when, value = (nearest, claim_value(nearest)) if nearest else (when, value)
    if no_longer and tense != "future" and when is not None and (_on_or_after(when, context.published) or _today(date)):
        return "effective_date", value  # "As of 17 March, X is no longer a member" two days ahead, "today, October
        # 27, X is no longer a State party" on the day of the report: the status's first day, the exit's day; a
        # statement's 'Today, November 4, 2020, ...' quoted the day after: its day all the same
    if no_longer and tense != "future" and (when is None or when.start <= context.published):
        return "withdrew", value or "true"
    if (act_participle(verb) and tense in ("past", "deed")) or (act_participle_now(verb) and tense == "present"):
        return "withdrew", value or "true"  # "signed a law pulling Russia out of ...": the act's exit, by its day;
        # "Trump signs executive order withdrawing from ..." (a headline's present)
    day = (when if as_of(date) else named_as_the_day(verb, context.published)) if tense == "present" else None
    if day is not None and _on_or_after(day, context.published):
        return "effective_date", claim_value(day)  # "As of Tuesday, January 27, 2026, the US withdraws from", "today
        # is the day that Britain officially leaves the EU": the day a status holds from, the exit's own day
    if tense == "present" and when and when.end <= context.published:
        return "withdrew", value  # "officially let the United States exit the Paris Agreement in November 2020";
        # "US today leaves Open Skies Treaty": the exit is done on the day of the report
    if tense in ("future", "present") and value:
        return "effective_date", value
    if tense in ("past", "deed") or (
        tense == "present"
        and (
            verb[0].lower_.endswith("s")
            or plural
            or (context.headline and (_coordinated_subject(verb) or _plural_named(verb)))
        )
        and (context.headline or act_subject(verb) or _officially_now(verb))
    ):
        return "withdrew", value or "true"  # "Ukraine withdraws from ..." (a headline)
    return None, value


_OWN_ACRONYMS = frozenset({"UN", "EU", "US", "USA", "UK", "AU", "NATO", "OSCE"})  # they name a treaty's owner, as in
# "the UN climate treaty", "the EU accession treaty"


def _another_body(token: Token) -> bool:
    """An acronym right after 'from (the)' that names no treaty of the rulebook and is no treaty's owner ('the FAO',
    'the IOM'): the state left that body, not the treaty the article is about."""
    if token.ent_type_ or not (token.is_upper and token.is_alpha and 2 <= len(token) <= 6):
        return False
    if token.text in _OWN_ACRONYMS or previous_word(token) not in ("from", "the"):
        return False
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return following not in GENERIC_TREATY and following not in ("'s", "’s")


def _coordinated_subject(verb: Span) -> bool:
    """'Ortega and Murillo Pull Nicaragua from UNESCO': a headline's plural present after two names joined by 'and'
    or a comma (the leaders who act for the state inside the verb)."""
    before = verb.doc[verb.sent.start : verb.start]
    return len(before) >= 3 and any(t.lower_ == "and" or t.text == "," for t in before) and before[-1].is_title


def _plural_named(verb: Span) -> bool:
    """'North Koreans Withdraw From Nuclear Treaty' (Los Angeles Times, 10 January 2003), 'Philippines Withdraw
    ...': a headline's plural present after a State named in the plural (its people, headline_caps.demonym_states)."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in ("officially", "formally", "now"):
        i -= 1
    return i >= 0 and doc[i].ent_type_ == "STATE" and doc[i].lower_.endswith("s") and not doc[i].is_upper


def _officially_now(verb: Span) -> bool:
    """'Turkey officially withdraws from the Istanbul Convention.' in the body: the simple present with 'officially'
    or 'formally' reports the deed as done on the day of the report, as a headline does."""
    return verb.start > 0 and verb.doc[verb.start - 1].lower_ in ("officially", "formally")


def _on_or_after(when: PartialDate, published: dt.date) -> bool:
    """A status from a day ahead of the report, or from the report's own day named as a day."""
    return when.start > published or (when.precision == "day" and when.start == published)


_OBJECT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}


def _condemned(verb: Span, window: Span) -> bool:
    """'denounced the awarding of a UNESCO press freedom prize', 'denounced the decision of the ICC judges': to
    denounce is also to condemn; when the verb's object is a word that is no treaty (nor 'it', nor a membership) and
    a treaty's or body's name only follows it after 'of', 'to', 'on' or 'by', the object is an act condemned, not a
    treaty denounced (VCLT Art. 56 speaks of denouncing a treaty)."""
    if verb[0].lemma_ not in ("denounce", "renounce") and verb[-1].lower_ not in ("denounced", "renounced"):
        return False
    words = [t for t in window if t.lower_ not in _OBJECT_DETERMINERS]
    if len(words) < 2:
        return False
    head, nxt = words[0], words[1]
    if head.ent_type_ or head.lower_ in GENERIC_TREATY or head.lower_ in ("it", "them", "membership"):
        return False
    return nxt.lower_ in ("of", "to", "on", "by", "against")


def _resulting(verb: Span, window: Span) -> bool:
    """', leaving verification mechanisms moribund even before the treaty's legal expiry', ', leaving thousands without
    protection under the convention': a participle of result after a comma, 'leaving' something in a state; its
    object is the first noun after it, and a treaty named further on is no object of an exit."""
    doc = verb.doc
    if verb[0].lower_ != "leaving" or verb.start == 0 or doc[verb.start - 1].text != ",":
        return False
    words = [t for t in window if t.lower_ not in _OBJECT_DETERMINERS]
    if not words:
        return False
    head = words[0]
    return not (head.ent_type_ in ("TREATY", "ORG") or head.lower_ in GENERIC_TREATY or head.lower_ == "it")


def has_treaty_object(verb: Span, clause: Span) -> bool:
    """'left the convention', 'withdrew from it', 'pulled out of the Paris Agreement' (not 'left office')."""
    window = clause.doc[verb.end : min(verb.end + 9, clause.end)]  # "from a key Cold War-era security deal"
    if verb[-1].lower_ in ("from", "of") and window[:1] and window[0].text == ",":  # "has withdrawn from, rejoined,
        ahead = clause.doc[verb.end : min(verb.end + 15, clause.end)]  # and left again the Paris Agreement": the
        return any(t.ent_type_ == "TREATY" for t in ahead)  # object the coordinated verbs share
    if verb[0].lemma_ == "pull" and verb[-1].lower_ == "from":  # "pulled Nicaragua from UNESCO", not "from the
        head = [t for t in window[:2] if t.lower_ != "the"][:1]  # talks on the treaty": the treaty right after
        return bool(head) and head[0].ent_type_ == "TREATY"
    if _condemned(verb, window):
        return False  # "denounced the awarding of a UNESCO press freedom prize": condemned an act, left nothing
    if _resulting(verb, window):
        return False  # "..., leaving verification mechanisms moribund even before the treaty's legal expiry"
    left_as_is = window[:1] and window[0].ent_type_ != "TREATY" and window[0].lower_ in ("open", "room", "intact")
    if left_as_is or window[1:3].text == "door open":
        return False  # "left open the option of maintaining the treaty", "left the door open": nothing left
    again = [t.lower_ for t in clause.doc[verb.end : min(verb.end + 3, clause.end)]]
    if again[:2] in (["again", "in"], ["again", "on"]) and len(again) == 3 and clause.doc[verb.end + 2].like_num:
        return True  # "left in 1984, rejoined in 2003, withdrew again in 2018": the same organisation
    if again[:2] == ["again", "during"]:
        return True  # "The US withdrew again during Donald Trump's first term": the organisation it left before
    for token in window:
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY or token.lower_ == "it":
            return not _left_in_a_state(verb, token)
        if _another_body(token):
            return False  # "withdrew from the FAO after the agency ...": a body the rulebook does not hold
        if token.lower_.removesuffix("s") in GENERIC_TREATY or token.lower_ == "treaties":
            return True  # "quits two more international organisations": the bodies the article names
        if token.lower_ == "membership" and previous_word(token) in ("its", "their"):
            return True  # "officially withdrew from its membership on November 20": of the organisation named
        if token.lower_ in NOT_TREATY_OBJECTS:
            return False
        if token.text in (",", ";"):
            if _relative_perfect(verb) or _time_aside(verb, clause):
                return True  # "joined Italy, which has already withdrawn, whereas ...": the treaty of the article;
                # "The OAS, before Nicaragua left, included all 35 states": the treaty the aside interrupts
            if tense_of(verb) not in ("past", "deed") or previous_word(verb[0]) in ("which", "who", "that"):
                return False  # "the initiative to withdraw on 10 November, ...", "X, which left in 2019, remains"
            break  # "withdrew in 2021, a move ...": the past exit's date right after the verb
    if verb.end < clause.end and clause.doc[verb.end].lower_ in ("in", "on") and verb.end + 1 < clause.end:
        following = clause.doc[verb.end + 1]
        if following.like_num or following.text in MONTHS or _decade(clause, verb.end + 1):
            return True  # "The US had withdrawn in November 2020", "withdrew in the 1980s": the article's treaty
    edge = [t.lower_ for t in clause.doc[verb.end : min(verb.end + 5, clause.end)]]
    if edge[:2] == ["at", "the"] and edge[2:4] in (["end", "of"], ["start", "of"], ["beginning", "of"]):
        return len(edge) == 5 and (clause.doc[verb.end + 4].like_num or clause.doc[verb.end + 4].text in MONTHS)
        # "Estonia, Latvia, and Lithuania formally withdrew at the end of 2025": the treaty the article is about
    return verb.end >= clause.end - 1  # "... have withdrawn." with the treaty named before


def _decade(clause: Span, at: int) -> bool:
    """'the 1980s', 'the mid-1980s', 'the early 1980s' at ``at``: a decade, a date of the exit."""
    words = [t.lower_ for t in clause.doc[at : min(at + 3, clause.end)]]
    if words[:1] != ["the"]:
        return False
    rest = [w for w in words[1:] if w not in ("early", "late", "mid", "mid-", "-")]
    return bool(rest) and len(rest[0]) == 5 and rest[0].endswith("0s") and rest[0][:4].isdigit()


_ASIDE_TIMES = {"before", "after", "since"}


def _time_aside(verb: Span, clause: Span) -> bool:
    """'The OAS, before Nicaragua left, included all 35 independent states': a bare past exit in a time clause set
    off by commas right after the treaty it interrupts (the subject of the sentence); the clause takes the exit as
    done ('before Nicaragua leaves' is no past, tense_of)."""
    doc = clause.doc
    if verb.end >= clause.end or doc[verb.end].text != ",":
        return False  # "before Nicaragua left office,": something else left
    i = verb.start - 1
    while i > clause.start and doc[i].ent_type_ in ("STATE", "CAPITAL"):
        i -= 1
    if i == verb.start - 1 or doc[i].lower_ not in _ASIDE_TIMES or tense_of(verb) != "past":
        return False
    return i - 2 >= clause.start and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "TREATY"


_STATES_OF_MIND = {"disappointed", "divided", "weakened", "stranded", "shaken", "stunned", "isolated", "exposed",
                   "vulnerable", "reeling", "speechless", "worried", "concerned", "uncertain", "unsure"}  # fmt: skip


def _left_in_a_state(verb: Span, object_word: Token) -> bool:
    """'The announcement of Nicaragua's withdrawal has left the organization deeply disappointed': 'leave' with an
    object and a state of mind after it says what something did to the organisation, not that anyone left it."""
    if verb[0].lemma_ != "leave":
        return False
    doc = object_word.doc
    i = object_word.i + 1
    while i < len(doc) and doc[i].ent_type_ == "TREATY" and doc[i].ent_iob_ == "I":
        i += 1
    while i < len(doc) and doc[i].lower_.endswith("ly") and doc[i].is_alpha:
        i += 1  # "deeply", "badly"
    return i < len(doc) and doc[i].lower_ in _STATES_OF_MIND


def _relative_perfect(verb: Span) -> bool:
    """'Italy, which has already withdrawn, ...': a relative clause in the perfect about a State's exit."""
    before = [t.lower_ for t in verb.doc[max(0, verb.start - 3) : verb.start]]
    relative = next((i for i, w in enumerate(before) if w in ("which", "who")), None)
    return relative is not None and any(w in ("has", "have", "had") for w in before[relative + 1 :])


_DE_FACTO = (("in", "fact"), ("de", "facto"), ("in", "effect"))
_ACT_NOUNS = {"notification", "notice", "letter", "note", "instrument", "decree", "denunciation"}


def assessed_exit(verb: Span, clause: Span, dated: bool) -> bool:
    """'Washington has in fact quit INF Treaty', 'it has de facto left the convention': an exit called so of a State's
    conduct, with no act told (no notice, no day) — an assessment of conduct, not a claim about its status under the
    treaty (tests/data/articles/README.md, 'An exit in fact'). 'Bush has, in effect, pulled out of the treaty with
    the notification' tells the act (a notice called an exit) and is read."""
    if dated:
        return False
    doc = verb.doc
    before = [t.lower_ for t in doc[max(clause.start, verb.start - 4) : verb.start] if t.text != ","]
    if not any(tuple(before[i : i + 2]) == pair for pair in _DE_FACTO for i in range(len(before) - 1)):
        return False
    return not any(t.lower_ in _ACT_NOUNS for t in clause)


def _out_of_as_status(verb: Span) -> bool:
    """'The Philippines was officially out of the International Criminal Court (ICC) on Sunday' (The ASEAN Post/AFP,
    17 March 2019): a copula before 'out of' tells a status, as 'is no longer a party' does, so a day named with it
    is the status's first day, the exit's day, when it is the report's own or later."""
    return verb[0].lower_ in ("was", "were", "is", "are") and any(t.lower_ == "out" for t in verb[1:])
