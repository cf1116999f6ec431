"""The paraphrase grid (issue 14): the common ways news states each core claim, composed from small tables.

Each family varies one thing against a fixed sentence of our own words about a real exit (the rule files'
examples and world/records): the verb of each claim kind, the way the state is named (its name, short name,
capital, demonym, a list, a pronoun), the way the treaty is named (full name, short name, acronym, a
description, 'the pact' after an earlier mention, the headline), the date's form, the tense, the word order,
and the negatives that state no claim. A case pins every claim the reader finds (kind, treaty, state, value),
so a spurious claim fails as surely as a missed one, and the verdict of each claim found, so a right date is
consistent and a wrong one inconsistent.

The facts behind the cases:
- Lithuania and the Convention on Cluster Munitions: notice received 6 September 2024, effective 6 March 2025
  (a Thursday), six months (Art. 20(3)); party since 2011 (ratified 24 March 2011, in force 1 September 2011).
- Estonia, Latvia and Lithuania and the Ottawa Convention: notices received 27 June 2025, effective 27 December
  2025, six months (Art. 20(3)); Seimas vote of 8 May 2025 107-0-3, Saeima 66-14-2, Riigikogu 81-1-7;
  Lithuania signed 26 February 1999, ratified 12 May 2003, in force 1 November 2003; Latvia acceded 1 July
  2005; 164 States Parties (March 2025).
- The United States and the Paris Agreement: notified 4 November 2019, effective 4 November 2020 (Art. 28(2)).
- Russia and the Open Skies Treaty: notified 18 June 2021, effective 18 December 2021.
- Hungary and the Rome Statute: notified 2 June 2025, effective 2 June 2026 (Art. 127(1)); vote 134-37-7.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import gap_params

Read = tuple[str, str | None, str | None, str]  # kind, treaty, state, value


@dataclass(frozen=True)
class Case:
    """One composed text, every claim the reader must find in it, and the verdict each of them must get."""

    id: str  # kind/dimension/form: the kind the family is about, what it varies, the form used
    published: str
    text: str
    claims: tuple[Read, ...]
    verdict: str | None = None  # None: a case with no claim, or one whose verdicts other tests pin


CCM_DAY = "2025-03-10"  # four days after Lithuania's exit from the Convention on Cluster Munitions took effect
OTTAWA_DAY = "2025-07-01"  # four days after the Baltic notices of withdrawal from the Ottawa Convention


def ccm_exit(value: str) -> Read:
    return ("withdrew", "ccm", "LTU", value)


def ottawa(kind: str, value: str, state: str = "LTU") -> Read:
    return (kind, "apmbc", state, value)


# --- withdrew: the verb -------------------------------------------------------------------------------------

EXIT_VERBS = {
    "left": "left",
    "withdrew-from": "withdrew from",
    "quit": "quit",
    "pulled-out-of": "pulled out of",
    "exited": "exited",
    "abandoned": "abandoned",
    "ditched": "ditched",
    "ceased-to-be-a-party-to": "ceased to be a party to",
    "formally-left": "formally left",
    "officially-left": "officially left",
    "has-left": "has left",
    "has-withdrawn-from": "has withdrawn from",
    "walked-away-from": "walked away from",
}
WITHDREW_VERBS = [
    Case(
        f"withdrew/verb/{key}", CCM_DAY, f"Lithuania {verb} the Convention on Cluster Munitions on 6 March 2025.",
        (ccm_exit("2025-03-06"),), "consistent",
    )
    for key, verb in EXIT_VERBS.items()
] + [
    Case(  # a completion told with its day is the day the exit took effect (tests/data/articles/README.md 'Label
        # decisions (h-left, session 13)'; was a dated exit)
        "withdrew/verb/completed-its-withdrawal-from", CCM_DAY,
        "Lithuania completed its withdrawal from the Convention on Cluster Munitions on 6 March 2025.",
        (("effective_date", "ccm", "LTU", "2025-03-06"),), "consistent",
    ),
    Case(
        "withdrew/verb/is-no-longer-a-party-to", CCM_DAY,
        "Lithuania is no longer a party to the Convention on Cluster Munitions.", (ccm_exit("true"),), "consistent",
    ),
    Case(
        "withdrew/verb/is-no-longer-a-member-of", CCM_DAY,
        "Lithuania is no longer a member of the Convention on Cluster Munitions.", (ccm_exit("true"),), "consistent",
    ),
    Case(
        "withdrew/wrong/a-month-early", CCM_DAY,
        "Lithuania left the Convention on Cluster Munitions on 6 February 2025.", (ccm_exit("2025-02-06"),),
        "inconsistent",
    ),
    Case(
        "withdrew/wrong/another-month", CCM_DAY,
        "Lithuania withdrew from the Convention on Cluster Munitions in January.", (ccm_exit("2025-01"),),
        "inconsistent",
    ),
    Case(
        "withdrew/wrong/a-notice-called-an-exit", OTTAWA_DAY,  # notified, not yet in effect
        "Lithuania has withdrawn from the Ottawa Convention.", (ottawa("withdrew", "true"),), "partly_consistent",
    ),
]  # fmt: skip

# --- the state: name, short name, capital, demonym, a list, a pronoun ----------------------------------------

US_FORMS = {
    "the-united-states": "The United States",
    "the-us": "The US",
    "the-u-s": "The U.S.",
    "america": "America",
    "washington": "Washington",
}
RUSSIA_FORMS = {"russia": "Russia", "moscow": "Moscow", "the-kremlin": "The Kremlin"}
LITHUANIA_FORMS = {
    "lithuanian-government": "The Lithuanian government",
    "lithuanias-government": "Lithuania's government",
    "lithuanian-authorities": "Lithuanian authorities",
    "vilnius": "Vilnius",
    "the-republic-of-lithuania": "The Republic of Lithuania",
}
STATE_FORMS = (
    [
        Case(
            f"withdrew/state/{key}", "2020-11-10", f"{subject} withdrew from the Paris Agreement on 4 November 2020.",
            (("withdrew", "paris-agreement", "USA", "2020-11-04"),), "consistent",
        )
        for key, subject in US_FORMS.items()
    ]
    + [
        Case(
            f"withdrew/state/{key}", "2021-12-20", f"{subject} withdrew from the Open Skies Treaty on 18 December 2021.",
            (("withdrew", "open-skies", "RUS", "2021-12-18"),), "consistent",
        )
        for key, subject in RUSSIA_FORMS.items()
    ]
    + [
        Case(
            f"withdrew/state/{key}", CCM_DAY, f"{subject} formally left the Convention on Cluster Munitions on 6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        )
        for key, subject in LITHUANIA_FORMS.items()
    ]
    + [
        Case(
            "withdrew/state/britain", "2020-02-03", "Britain left the European Union on 31 January 2020.",
            (("withdrew", "teu", "GBR", "2020-01-31"),), "consistent",
        ),
        Case(
            "withdrew/state/the-uk", "2020-02-03", "The UK left the European Union on 31 January 2020.",
            (("withdrew", "teu", "GBR", "2020-01-31"),), "consistent",
        ),
        Case(
            "notification_date/state/a-list-of-three", OTTAWA_DAY,
            "Estonia, Latvia and Lithuania notified the UN Secretary-General of their withdrawal from the Ottawa "
            "Convention on 27 June 2025.",
            tuple(ottawa("notification_date", "2025-06-27", s) for s in ("EST", "LVA", "LTU")), "consistent",
        ),
        Case(
            "notification_date/state/a-list-with-a-serial-comma", OTTAWA_DAY,
            "Lithuania, Latvia, and Estonia deposited their instruments of withdrawal from the Ottawa Convention on "
            "27 June.",
            tuple(ottawa("notification_date", "2025-06-27", s) for s in ("LTU", "LVA", "EST")), "consistent",
        ),
        Case(
            "notification_date/state/both-and", OTTAWA_DAY,
            "Both Latvia and Lithuania notified the United Nations of their exit from the Ottawa Convention on 27 June.",
            tuple(ottawa("notification_date", "2025-06-27", s) for s in ("LVA", "LTU")), "consistent",
        ),
        Case(
            "withdrew/state/a-list-calling-notices-exits", OTTAWA_DAY,
            "Estonia, Latvia and Lithuania have withdrawn from the Ottawa Convention.",
            tuple(ottawa("withdrew", "true", s) for s in ("EST", "LVA", "LTU")), "partly_consistent",
        ),
        Case(
            "withdrew/state/it-after-the-name", CCM_DAY,
            "Lithuania has long criticised the Convention on Cluster Munitions. It formally left the convention on "
            "6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        ),
        Case(
            "withdrew/state/the-country-after-the-name", CCM_DAY,
            "Lithuania has long criticised the Convention on Cluster Munitions. The country formally left the "
            "convention on 6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        ),
        Case(
            "withdrew/state/the-baltic-state-after-the-name", CCM_DAY,
            "Lithuania borders Russia and Belarus. The Baltic state left the Convention on Cluster Munitions on "
            "6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        ),
        Case(
            "notification_date/state/hungarian-government", "2025-06-05",
            "The Hungarian government notified the UN Secretary-General of its withdrawal from the Rome Statute on "
            "2 June 2025.",
            (("notification_date", "rome-statute", "HUN", "2025-06-02"),), "consistent",
        ),
        Case(
            "notification_date/state/budapest", "2025-06-05",
            "Budapest notified the UN Secretary-General of its withdrawal from the Rome Statute on 2 June 2025.",
            (("notification_date", "rome-statute", "HUN", "2025-06-02"),), "consistent",
        ),
    ]
)  # fmt: skip

# --- the treaty: full name, short name, acronym, description, a later mention, the headline ------------------

CCM_NAMES = {
    "full-name": "the Convention on Cluster Munitions",
    "oslo-convention": "the Oslo Convention",
    "acronym": "the CCM",
    "cluster-munitions-convention": "the cluster munitions convention",
    "cluster-munitions-treaty": "the cluster munitions treaty",
    "cluster-bomb-treaty": "the cluster bomb treaty",
    "treaty-banning-cluster-munitions": "the treaty banning cluster munitions",
    "international-convention-banning-cluster-bombs": "the international convention banning cluster bombs",
}
OTTAWA_NAMES = {
    "full-name": "the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
    "Anti-Personnel Mines and on their Destruction",
    "ottawa-convention": "the Ottawa Convention",
    "ottawa-treaty": "the Ottawa Treaty",
    "mine-ban-treaty": "the Mine Ban Treaty",
    "mine-ban-treaty-lower-case": "the mine-ban treaty",
    "landmine-treaty": "the landmine treaty",
    "anti-personnel-mine-ban-convention": "the anti-personnel mine ban convention",
    "treaty-banning-anti-personnel-mines": "the treaty banning anti-personnel mines",
    "convention-prohibiting-landmines": "the convention prohibiting landmines",
}
PARIS_NAMES = {
    "paris-agreement": "the Paris Agreement",
    "paris-climate-agreement": "the Paris climate agreement",
    "paris-climate-accord": "the Paris climate accord",
    "paris-accord": "the Paris accord",
    "paris-agreement-on-climate-change": "the Paris Agreement on climate change",
}
LATER_MENTIONS = ("convention", "treaty", "pact", "accord", "agreement")
TREATY_FORMS = (
    [
        Case(
            f"withdrew/treaty/ccm-{key}", CCM_DAY, f"Lithuania left {name} on 6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        )
        for key, name in CCM_NAMES.items()
    ]
    + [
        Case(
            f"notification_date/treaty/ottawa-{key}", OTTAWA_DAY,
            f"Lithuania notified the UN of its withdrawal from {name} on 27 June 2025.",
            (ottawa("notification_date", "2025-06-27"),), "consistent",
        )
        for key, name in OTTAWA_NAMES.items()
    ]
    + [
        Case(
            f"withdrew/treaty/paris-{key}", "2020-11-10", f"The United States left {name} on 4 November 2020.",
            (("withdrew", "paris-agreement", "USA", "2020-11-04"),), "consistent",
        )
        for key, name in PARIS_NAMES.items()
    ]
    + [
        Case(
            f"withdrew/treaty/the-{noun}-after-the-name", CCM_DAY,
            f"The Convention on Cluster Munitions bans the use of the weapons. Lithuania left the {noun} on "
            "6 March 2025.",
            (ccm_exit("2025-03-06"),), "consistent",
        )
        for noun in LATER_MENTIONS
    ]
    + [
        Case(
            "withdrew/treaty/it-after-the-name", CCM_DAY,
            "Lithuania joined the Convention on Cluster Munitions in 2011 and left it on 6 March 2025.",
            (("joined", "ccm", "LTU", "2011"), ccm_exit("2025-03-06")), "consistent",
        ),
        Case(
            "withdrew/treaty/the-headline-names-it", CCM_DAY,
            "Lithuania quits cluster munitions treaty\n\nVILNIUS - Lithuania formally left the convention on 6 March.",
            (ccm_exit("true"), ccm_exit("2025-03-06")), "consistent",
        ),
        Case(
            "notification_date/treaty/the-headline-names-it", OTTAWA_DAY,
            "Baltic states and the Ottawa Convention\n\nLithuania notified the UN of its withdrawal from the treaty "
            "on 27 June.",
            (ottawa("notification_date", "2025-06-27"),), "consistent",
        ),
        Case(
            "notification_date/treaty/the-pact-after-the-acronym", OTTAWA_DAY,
            "The APMBC bans anti-personnel mines. Lithuania notified the UN of its withdrawal from the pact on 27 June.",
            (ottawa("notification_date", "2025-06-27"),), "consistent",
        ),
    ]
)  # fmt: skip

# --- effective_date: the verb, the tense ---------------------------------------------------------------------

EFFECT_VERBS = {
    "takes-effect": "takes effect",
    "will-take-effect": "will take effect",
    "will-come-into-force": "will come into force",
    "becomes-effective": "becomes effective",
    "will-become-effective": "will become effective",
    "will-be-effective": "will be effective",
    "enters-into-effect": "enters into effect",
    "goes-into-effect": "goes into effect",
    "comes-into-effect": "comes into effect",
    "will-become-official": "will become official",
    "will-be-finalised": "will be finalised",
    "will-be-complete": "will be complete",
    "is-set-to-take-effect": "is set to take effect",
    "is-due-to-take-effect": "is due to take effect",
    "is-expected-to-take-effect": "is expected to take effect",
    "is-scheduled-to-take-effect": "is scheduled to take effect",
}
EXIT_AS_EFFECT = {
    "will-officially-leave": "Lithuania will officially leave the Ottawa Convention on 27 December 2025.",
    "will-leave": "Lithuania will leave the Ottawa Convention on 27 December 2025.",
    "is-set-to-leave": "Lithuania is set to leave the Ottawa Convention on 27 December 2025.",
    "is-due-to-leave": "Lithuania is due to leave the Ottawa Convention on 27 December 2025.",
    "is-expected-to-exit": "Lithuania is expected to exit the Ottawa Convention on 27 December 2025.",
    "membership-ends": "Lithuania's membership of the Ottawa Convention ends on 27 December 2025.",
    "will-cease-to-be-a-party": "Lithuania will cease to be a party to the Ottawa Convention on 27 December 2025.",
    "will-no-longer-be-a-party": "Lithuania will no longer be a party to the Ottawa Convention from 27 December 2025.",
}
CCM_EFFECT_PAST = {
    "took-effect": "took effect",
    "became-effective": "became effective",
    "came-into-force": "came into force",
    "entered-into-effect": "entered into effect",
    "went-into-effect": "went into effect",
    "has-taken-effect": "has taken effect",
    "was-completed": "was completed",
}
EFFECTIVE_DATES = (
    [
        Case(
            f"effective_date/verb/{key}", OTTAWA_DAY,
            f"Lithuania's withdrawal from the Ottawa Convention {verb} on 27 December 2025.",
            (ottawa("effective_date", "2025-12-27"),), "consistent",
        )
        for key, verb in EFFECT_VERBS.items()
    ]
    + [
        Case(f"effective_date/verb/{key}", OTTAWA_DAY, text, (ottawa("effective_date", "2025-12-27"),), "consistent")
        for key, text in EXIT_AS_EFFECT.items()
    ]
    + [
        Case(
            f"effective_date/past/{key}", CCM_DAY,
            f"Lithuania's withdrawal from the Convention on Cluster Munitions {verb} on 6 March 2025.",
            (("effective_date", "ccm", "LTU", "2025-03-06"),), "consistent",
        )
        for key, verb in CCM_EFFECT_PAST.items()
    ]
    + [
        Case(
            "effective_date/verb/the-exit-will-be-complete-after-the-notice", OTTAWA_DAY,
            "Lithuania notified the UN of its withdrawal from the Ottawa Convention on 27 June. The exit will be "
            "complete on 27 December.",
            (ottawa("notification_date", "2025-06-27"), ottawa("effective_date", "2025-12-27")), "consistent",
        ),
        Case(
            "effective_date/wrong/a-month-late", OTTAWA_DAY,
            "Lithuania's withdrawal from the Ottawa Convention will take effect on 27 January 2026.",
            (ottawa("effective_date", "2026-01-27"),), "inconsistent",
        ),
        Case(
            "effective_date/wrong/a-year-after-notice", OTTAWA_DAY,
            "Lithuania will leave the Ottawa Convention on 27 June 2026.",
            (ottawa("effective_date", "2026-06-27"),), "inconsistent",
        ),
        Case(
            "effective_date/wrong/past-a-day-early", CCM_DAY,
            "Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 5 March 2025.",
            (("effective_date", "ccm", "LTU", "2025-03-05"),), "inconsistent",
        ),
    ]
)  # fmt: skip

# --- notification_date: the verb, the voice ------------------------------------------------------------------

NOTICE_VERBS = {
    "notified-the-secretary-general": "notified the UN Secretary-General of its withdrawal from the Ottawa Convention",
    "formally-notified": "formally notified the United Nations of its withdrawal from the Ottawa Convention",
    "submitted": "submitted its instrument of withdrawal from the Ottawa Convention to the UN",
    "deposited": "deposited its instrument of withdrawal from the Ottawa Convention with the UN Secretary-General",
    "handed": "handed its notice of withdrawal from the Ottawa Convention to the UN",
    "delivered": "delivered its notification of withdrawal from the Ottawa Convention to the United Nations",
    "sent": "sent the UN its notice of withdrawal from the Ottawa Convention",
    "lodged": "lodged its notice of withdrawal from the Ottawa Convention with the United Nations",
    "formally-informed": "formally informed the Secretary-General of its withdrawal from the Ottawa Convention",
    "gave-notice": "gave notice of its withdrawal from the Ottawa Convention",
    "has-notified": "has notified the UN of its withdrawal from the Ottawa Convention",
    "provided-notice": "provided notice of its withdrawal from the Ottawa Convention",
    "provided-notice-to-the-depositary": "provided notice to the depositary of its decision to withdraw from the Ottawa "
    "Convention",
    "served-notice": "served notice of its withdrawal from the Ottawa Convention",
}
NOTICE_PASSIVES = {
    "notice-was-received": "Lithuania's notice of withdrawal from the Ottawa Convention was received by the UN on "
    "27 June 2025.",
    "instrument-was-deposited": "Lithuania's instrument of withdrawal from the Ottawa Convention was deposited with "
    "the Secretary-General on 27 June 2025.",
    "the-un-was-notified": "The UN was notified of Lithuania's withdrawal from the Ottawa Convention on 27 June 2025.",
    "notice-was-provided": "Lithuania's notice of withdrawal from the Ottawa Convention was provided to the "
    "Secretary-General on 27 June 2025.",
    "the-notice-after-the-decision": "Lithuania has decided to leave the Ottawa Convention. The notice was received "
    "by the UN on 27 June.",
}
NOTIFICATION_DATES = (
    [
        Case(
            f"notification_date/verb/{key}", OTTAWA_DAY, f"Lithuania {verb} on 27 June 2025.",
            (ottawa("notification_date", "2025-06-27"),), "consistent",
        )
        for key, verb in NOTICE_VERBS.items()
    ]
    + [
        Case(f"notification_date/passive/{key}", OTTAWA_DAY, text, (ottawa("notification_date", "2025-06-27"),), "consistent")
        for key, text in NOTICE_PASSIVES.items()
    ]
    + [
        Case(
            "notification_date/verb/paris-formally-notified", "2019-11-05",
            "The US formally notified the UN of its withdrawal from the Paris Agreement on 4 November 2019.",
            (("notification_date", "paris-agreement", "USA", "2019-11-04"),), "consistent",
        ),
        Case(
            "notification_date/wrong/a-day-early", OTTAWA_DAY,
            "Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention on 26 June 2025.",
            (ottawa("notification_date", "2025-06-26"),), "inconsistent",
        ),
        Case(
            "notification_date/wrong/the-month-before", OTTAWA_DAY,
            "Lithuania deposited its instrument of withdrawal from the Ottawa Convention in May.",
            (ottawa("notification_date", "2025-05"),), "inconsistent",
        ),
    ]
)  # fmt: skip

# --- notice_period and rule: the clause in news words --------------------------------------------------------

RULES = [
    Case(
        "notice_period/form/a-six-month-notice-period", OTTAWA_DAY,
        "The Ottawa Convention has a six-month notice period.", (("notice_period", "apmbc", None, "P6M"),),
        "consistent",
    ),
    Case(
        "notice_period/form/six-months-notice", OTTAWA_DAY,
        "Leaving the Ottawa Convention requires six months' notice.", (("notice_period", "apmbc", None, "P6M"),),
        "consistent",
    ),
    Case(
        "notice_period/form/a-one-year-notice-period", "2019-11-05",
        "The Paris Agreement imposes a one-year notice period on a party that leaves.",
        (("notice_period", "paris-agreement", None, "P1Y"),), "consistent",
    ),
    Case(
        "notice_period/wrong/a-year-for-ottawa", OTTAWA_DAY,
        "The Ottawa Convention has a one-year notice period.", (("notice_period", "apmbc", None, "P1Y"),),
        "inconsistent",
    ),
    Case(
        "rule/form/one-year-after-the-notification-is-received", "2019-11-05",
        "Under the Paris Agreement, a withdrawal takes effect one year after the notification is received.",
        (("rule", "paris-agreement", None, "P1Y after the notification is received"),), "consistent",
    ),
    Case(
        "rule/form/six-months-after-the-depositary-receives", OTTAWA_DAY,
        "A withdrawal from the Ottawa Convention takes effect six months after the depositary receives the "
        "instrument of withdrawal.",
        (("rule", "apmbc", None, "P6M after the depositary receives the instrument of withdrawal"),), "consistent",
    ),
    Case(
        "rule/form/one-year-after-the-secretary-general-receives", "2025-06-05",
        "Withdrawal from the Rome Statute becomes effective one year after the UN Secretary-General receives the "
        "notification.",
        (("rule", "rome-statute", None, "P1Y after the un secretary-general receives the notification"),),
        "consistent",
    ),
    Case(
        "rule/wrong/six-months-after-parliaments-decision", OTTAWA_DAY,
        "Under the Ottawa Convention, the withdrawal will take effect six months after parliament's decision.",
        (("rule", "apmbc", None, "P6M after parliament's decision"),), "inconsistent",
    ),
    Case(
        "rule/wrong/a-year-after-notification-for-ottawa", OTTAWA_DAY,
        "Under the Ottawa Convention, a withdrawal takes effect one year after notification.",
        (("rule", "apmbc", None, "P1Y after notification"),), "inconsistent",
    ),
]  # fmt: skip

# --- vote_tally: the tally's forms ---------------------------------------------------------------------------

SEIMAS_DAY = "2025-05-10"  # two days after the Seimas voted to leave the Ottawa Convention (107-0-3)
VOTES = [
    Case(
        "vote_tally/form/in-favour-against-abstentions", SEIMAS_DAY,
        "Lithuania's parliament voted to withdraw from the Ottawa Convention with 107 votes in favour, none against "
        "and 3 abstentions.",
        (ottawa("vote_tally", "107-0-3"),), "consistent",
    ),
    Case(
        "vote_tally/form/voted-107-0", SEIMAS_DAY,
        "Lithuania's parliament voted 107-0 to leave the Ottawa Convention.", (ottawa("vote_tally", "107-0"),),
        "consistent",
    ),
    Case(
        "vote_tally/form/by-votes-to", SEIMAS_DAY,
        "Lithuania's parliament backed leaving the Ottawa Convention by 107 votes to 0, with three abstentions.",
        (ottawa("vote_tally", "107-0-3"),), "consistent",
    ),
    Case(
        "vote_tally/form/lawmakers-backing", SEIMAS_DAY,
        "The Seimas approved Lithuania's withdrawal from the Ottawa Convention, with 107 lawmakers backing it.",
        (ottawa("vote_tally", "107 for"),), "consistent",
    ),
    Case(
        "vote_tally/form/mps-voted-in-favour-abstained", SEIMAS_DAY,
        "In Lithuania, 107 MPs voted in favour of leaving the Ottawa Convention, three abstained and none voted "
        "against.",
        (ottawa("vote_tally", "107-0-3"),), "consistent",
    ),
    Case(
        "vote_tally/form/voted-to", "2025-04-17",
        "Latvia's Saeima voted 66 to 14 to withdraw from the Ottawa Convention.",
        (ottawa("vote_tally", "66-14", "LVA"),), "consistent",
    ),
    Case(
        "vote_tally/form/votes-against-and-abstentions", "2025-05-21",
        "Hungary's parliament approved leaving the Rome Statute with 134 votes in favour, 37 against and 7 "
        "abstentions.",
        (("vote_tally", "rome-statute", "HUN", "134-37-7"),), "consistent",
    ),
    Case(
        "vote_tally/form/abstentions-after-the-comma", "2025-05-21",
        "Hungary's parliament voted 134 to 37 to leave the International Criminal Court, with seven abstentions.",
        (("vote_tally", "rome-statute", "HUN", "134-37-7"),), "consistent",
    ),
    Case(
        "vote_tally/form/abstainers-in-a-clause-of-their-own", SEIMAS_DAY,
        "The Seimas voted 107-0 to leave the Ottawa Convention, and three MPs abstained.",
        (ottawa("vote_tally", "107-0-3"),), "consistent",
    ),
    Case(
        "vote_tally/wrong/one-vote-more", SEIMAS_DAY,
        "Lithuania's parliament voted 108-0 to leave the Ottawa Convention.", (ottawa("vote_tally", "108-0"),),
        "inconsistent",
    ),
]  # fmt: skip

# --- parties_count: the count's forms ------------------------------------------------------------------------

COUNT_DAY = "2025-03-20"  # the Ottawa Convention had 164 States Parties (rule file, as of 13 March 2025)
PARTY_COUNTS = [
    Case(
        f"parties_count/form/{key}", COUNT_DAY, text, (("parties_count", "apmbc", None, "164"),), "consistent"
    )
    for key, text in {
        "states-parties": "The Ottawa Convention has 164 states parties.",
        "members": "The Ottawa Convention has 164 members.",
        "are-party-to": "164 countries are party to the Ottawa Convention.",
        "which-has-parties": "The Ottawa Convention, which has 164 parties, bans anti-personnel mines.",
    }.items()
] + [
    Case(  # instruments deposited, told apart from the parties (app/services/checks/deposits.py)
        "parties_count/form/ratified-by", COUNT_DAY, "The Ottawa Convention has been ratified by 164 countries.",
        (("parties_count", "apmbc", None, "164 ratifications"),), "consistent",
    ),
    Case(
        "parties_count/wrong/six-too-many", COUNT_DAY, "The Ottawa Convention has 170 states parties.",
        (("parties_count", "apmbc", None, "170"),), "inconsistent",
    ),
]  # fmt: skip

# --- joined, ratified, signed ----------------------------------------------------------------------------------

MEMBERSHIP = [
    Case(
        "joined/form/joined", OTTAWA_DAY, "Lithuania joined the Ottawa Convention in 2003.",
        (ottawa("joined", "2003"),), "consistent",
    ),
    Case(
        "joined/form/became-a-party", OTTAWA_DAY, "Lithuania became a party to the Ottawa Convention in 2003.",
        (ottawa("joined", "2003"),), "consistent",
    ),
    Case(
        "joined/form/a-party-since", OTTAWA_DAY, "Lithuania has been a party to the Ottawa Convention since 2003.",
        (ottawa("joined", "2003"),), "consistent",
    ),
    Case(
        "joined/wrong/the-year-it-signed", OTTAWA_DAY, "Lithuania joined the Ottawa Convention in 1999.",
        (ottawa("joined", "1999"),), "inconsistent",
    ),
    Case(
        "ratified/form/ratified-in-a-month", OTTAWA_DAY, "Lithuania ratified the Ottawa Convention in May 2003.",
        (ottawa("ratified", "2003-05"),), "consistent",
    ),
    Case(
        "acceded/form/acceded", OTTAWA_DAY, "Latvia acceded to the Ottawa Convention in 2005.",
        (ottawa("acceded", "2005", "LVA"),), "consistent",
    ),
    Case(
        "signed/form/signed", OTTAWA_DAY, "Lithuania signed the Ottawa Convention in 1999.",
        (ottawa("signed", "1999"),), "consistent",
    ),
    Case(
        "signed/form/signed-and-ratified-it", CCM_DAY,
        "Lithuania signed the Convention on Cluster Munitions in 2008 and ratified it in 2011.",
        (("signed", "ccm", "LTU", "2008"), ("ratified", "ccm", "LTU", "2011")), "consistent",
    ),
    Case(
        "ratified/wrong/a-year-late", CCM_DAY, "Lithuania ratified the Convention on Cluster Munitions in 2012.",
        (("ratified", "ccm", "LTU", "2012"),), "inconsistent",
    ),
]  # fmt: skip

# --- dates in each form ----------------------------------------------------------------------------------------

CCM_EXIT_DATES = {
    "day-month": ("on 6 March", "2025-03-06"),
    "month-day": ("on March 6", "2025-03-06"),
    "month-day-year": ("on March 6, 2025", "2025-03-06"),
    "weekday": ("on Thursday", "2025-03-06"),
    "in-the-month": ("in March", "2025-03"),
    "earlier-this-month": ("earlier this month", "2025-03"),
}
CCM_NOTICE_DATES = {
    "last-month-name": ("last September", "2024-09"),
    "month-and-year": ("in September 2024", "2024-09"),
    "year": ("in 2024", "2024"),
    "in-the-autumn": ("in the autumn of 2024", "2024-autumn"),
}
DATES = (
    [
        Case(
            f"withdrew/date/{key}", CCM_DAY, f"Lithuania formally left the Convention on Cluster Munitions {when}.",
            (ccm_exit(value),), "consistent",
        )
        for key, (when, value) in CCM_EXIT_DATES.items()
    ]
    + [
        Case(
            f"notification_date/date/{key}", CCM_DAY,
            f"Lithuania notified the UN of its withdrawal from the Convention on Cluster Munitions {when}.",
            (("notification_date", "ccm", "LTU", value),), "consistent",
        )
        for key, (when, value) in CCM_NOTICE_DATES.items()
    ]
    + [
        Case(
            "effective_date/date/in-december", OTTAWA_DAY,
            "Lithuania's withdrawal from the Ottawa Convention takes effect in December.",
            (ottawa("effective_date", "2025-12"),), "consistent",
        ),
        Case(
            "effective_date/date/by-the-end-of-the-year", OTTAWA_DAY,
            "Lithuania will be out of the Ottawa Convention by the end of the year.",
            (ottawa("effective_date", "0001-01-01/2025-12-31"),), "consistent",
        ),
        Case(
            "effective_date/date/early-next-year", OTTAWA_DAY,
            "Lithuania's withdrawal from the Ottawa Convention takes effect early next year.",
            (ottawa("effective_date", "2026-01-01/2026-05-01"),), "inconsistent",  # the first third of 2026
        ),
        Case(
            "effective_date/date/a-year-later", "2020-11-10",
            "The US notified the UN of its withdrawal from the Paris Agreement on 4 November 2019, and the exit took "
            "effect a year later.",
            (  # a period with the event it runs from is a rule (tests/data/articles/README.md, conventions), and the
                # day it comes to an effective date (at least a month: app/reading/when.py later_than)
                ("notification_date", "paris-agreement", "USA", "2019-11-04"),
                ("effective_date", "paris-agreement", "USA", "2020-11"),
                ("rule", "paris-agreement", None, "P1Y after notified the un of its withdrawal from the"),
            ),
            "consistent",
        ),
        Case(
            "effective_date/date/six-months-later", OTTAWA_DAY,
            "Lithuania notified the UN of its withdrawal from the Ottawa Convention on 27 June 2025; the exit takes "
            "effect six months later.",
            (
                ottawa("notification_date", "2025-06-27"),
                ottawa("effective_date", "2025-12"),
                ("rule", "apmbc", None, "P6M after notified the un of its withdrawal from the"),
            ),
            "consistent",
        ),
        Case(
            "effective_date/date/next-june", "2025-06-05",
            "Hungary's withdrawal from the Rome Statute will take effect next June.",
            (("effective_date", "rome-statute", "HUN", "2026-06"),), "consistent",
        ),
    ]
)  # fmt: skip

# --- word order: a fronted date, a fronted 'Following', a subordinate clause ---------------------------------

ORDERS = [
    Case(
        "notification_date/order/fronted-date", OTTAWA_DAY,
        "On 27 June, Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention.",
        (ottawa("notification_date", "2025-06-27"),), "consistent",
    ),
    Case(
        "withdrew/order/fronted-date", CCM_DAY, "On 6 March, Lithuania formally left the Convention on Cluster Munitions.",
        (ccm_exit("2025-03-06"),), "consistent",
    ),
    Case(
        "notification_date/order/fronted-following", OTTAWA_DAY,
        "Following a vote in parliament, Lithuania notified the UN of its withdrawal from the Ottawa Convention on "
        "27 June.",
        (ottawa("notification_date", "2025-06-27"),), "consistent",
    ),
    Case(
        "effective_date/order/after-the-notice-the-exit", OTTAWA_DAY,
        "After Lithuania notified the UN of its withdrawal from the Ottawa Convention on 27 June, the exit will take "
        "effect on 27 December.",
        (ottawa("notification_date", "2025-06-27"), ottawa("effective_date", "2025-12-27")), "consistent",
    ),
    Case(
        "effective_date/order/relative-clause-notice", OTTAWA_DAY,
        "Lithuania, which notified the UN on 27 June, will leave the Ottawa Convention on 27 December.",
        (ottawa("notification_date", "2025-06-27"), ottawa("effective_date", "2025-12-27")), "consistent",
    ),
    Case(
        "effective_date/order/fronted-date-future", OTTAWA_DAY,
        "On 27 December, Lithuania's withdrawal from the Ottawa Convention will take effect.",
        (ottawa("effective_date", "2025-12-27"),), "consistent",
    ),
]  # fmt: skip

# --- what else a sentence carries: an apposition, a speaker, a date before the verb ---------------------------

CARRIED = {
    "apposition-naming-a-group-and-a-state": "Lithuania, a NATO member bordering Russia, notified the UN of its "
    "withdrawal from the Ottawa Convention on 27 June.",
    "apposition-naming-a-union": "Lithuania, an EU member since 2004, notified the UN of its withdrawal from the "
    "Ottawa Convention on 27 June.",
    "relative-clause-naming-a-state": "Lithuania, which borders Belarus, notified the UN of its withdrawal from the "
    "Ottawa Convention on 27 June.",
    "speaker-first": "The foreign ministry said Lithuania had notified the UN of its withdrawal from the Ottawa "
    "Convention on 27 June.",
    "speaker-last": "Lithuania notified the UN of its withdrawal from the Ottawa Convention on 27 June, the foreign "
    "ministry said.",
    "according-to": "According to the foreign ministry, Lithuania notified the UN of its withdrawal from the Ottawa "
    "Convention on 27 June.",
    "weekday-before-the-verb": "Lithuania on Friday notified the UN of its withdrawal from the Ottawa Convention.",
    "informed-that-it-was-withdrawing": "Lithuania informed the UN Secretary-General on 27 June that it was "
    "withdrawing from the Ottawa Convention.",
    "a-minister-handed": "Lithuania's foreign minister handed the notice of withdrawal from the Ottawa Convention to "
    "the UN on 27 June.",
    "the-depositary-received": "The UN Secretary-General received Lithuania's notification of withdrawal from the "
    "Ottawa Convention on 27 June.",
    "triggered": "Lithuania triggered its withdrawal from the Ottawa Convention on 27 June.",
    "filed-with": "Lithuania filed its withdrawal from the Ottawa Convention with the UN on 27 June.",
}
CARRIED_CASES = [
    Case(f"notification_date/carried/{key}", OTTAWA_DAY, text, (ottawa("notification_date", "2025-06-27"),), "consistent")
    for key, text in CARRIED.items()
]  # fmt: skip

# --- the end of membership told as a state of being, and a group of states -----------------------------------

NO_LONGER_BOUND = {
    "remains-a-party-until": "Lithuania remains a party to the Ottawa Convention until 27 December.",
    "stops-being-a-party": "Lithuania stops being a party to the Ottawa Convention on 27 December.",
    "from-date-no-longer-a-party": "From 27 December, Lithuania will no longer be a party to the Ottawa Convention.",
    "the-treaty-ceases-to-apply": "The Ottawa Convention will cease to apply to Lithuania on 27 December.",
    "the-treaty-ceases-to-bind": "The Ottawa Convention will cease to be binding on Lithuania on 27 December.",
    "ordinal-day-of-month": "Lithuania's exit from the Ottawa Convention becomes effective on the 27th of December.",
    "month-ordinal-day": "Lithuania's exit from the Ottawa Convention becomes effective on December 27th.",
    "abbreviated-month": "Lithuania's exit from the Ottawa Convention becomes effective on Dec. 27.",
}
BALTIC_EXIT = tuple(ottawa("effective_date", "2025-12-27", s) for s in ("EST", "LVA", "LTU"))
ENDINGS = [
    Case(f"effective_date/ending/{key}", OTTAWA_DAY, text, (ottawa("effective_date", "2025-12-27"),), "consistent")
    for key, text in NO_LONGER_BOUND.items()
] + [
    Case(
        "effective_date/ending/as-of-date-no-longer-bound", OTTAWA_DAY,  # the obligations' end: not bound from then
        "As of 27 December, Lithuania will no longer be bound by the Ottawa Convention.",
        (("bound_on", "apmbc", "LTU", "false"),), "consistent",
    ),
    Case(
        "effective_date/ending/the-baltic-states", OTTAWA_DAY,
        "The three Baltic states will formally exit the Ottawa Convention on 27 December.", BALTIC_EXIT, "consistent",
    ),
    Case(
        "effective_date/ending/a-period-and-its-end", OTTAWA_DAY,
        "Lithuania's withdrawal from the Ottawa Convention will take effect six months after the notification, on "
        "27 December.",
        (ottawa("effective_date", "2025-12-27"), ("rule", "apmbc", None, "P6M after the notification")), "consistent",
    ),
    Case(
        "vote_tally/form/a-date-between", SEIMAS_DAY,
        "Lithuania's Seimas voted to withdraw from the Ottawa Convention on 8 May, with 107 in favour, none against "
        "and three abstentions.",
        (ottawa("vote_tally", "107-0-3"),), "consistent",
    ),
]  # fmt: skip

# --- another exit, another treaty: Turkey and the Istanbul Convention (in effect 1 July 2021, a Thursday) ---------

TURKEY_DAY = "2021-07-02"
TURKEY_EXIT = {
    "withdrew/istanbul/officially-left-a-described-convention": (
        "Turkey officially left the Council of Europe convention on violence against women on 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/quit-at-midnight": (
        "Turkey formally quit the Istanbul Convention at midnight on 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/the-treaty-no-longer-applies": (
        "The Istanbul Convention no longer applies to Turkey as of 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/out-of-it-since": (
        "Turkey has been out of the Istanbul Convention since 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/a-treaty-described-by-its-aim": (
        "Turkey withdrew from the treaty on combating violence against women on 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/a-treaty-described-by-what-it-prevents": (
        "Turkey quit the convention to prevent violence against women on 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/out-of-it-since-a-year": (
        "Turkey has been out of the Istanbul Convention since 2021.",
        ("withdrew", "2021"),
    ),
    "withdrew/istanbul/since-opening-no-longer-a-party": (
        "Since 1 July, Turkey is no longer a party to the Istanbul Convention.",
        ("withdrew", "2021-07-01"),
    ),
    "withdrew/istanbul/no-longer-a-party-since": (
        "Turkey is no longer a party to the Istanbul Convention since 1 July.",
        ("withdrew", "2021-07-01"),
    ),
    "effective_date/istanbul/turkeys-withdrawal-took-effect": (
        "Turkey's withdrawal from the Istanbul Convention took effect on 1 July 2021.",
        ("effective_date", "2021-07-01"),
    ),
    "effective_date/istanbul/turkiye": (
        "Türkiye's withdrawal from the Istanbul Convention took effect on 1 July.",
        ("effective_date", "2021-07-01"),
    ),
    "effective_date/istanbul/ankara-on-thursday": (
        "Ankara's exit from the Istanbul Convention became effective on Thursday.",
        ("effective_date", "2021-07-01"),
    ),
    "bound_on/istanbul/ceased-to-be-bound": (
        "Turkey ceased to be bound by the Istanbul Convention on 1 July.",
        ("bound_on", "false"),
    ),
}
TURKEY = [
    Case(key, TURKEY_DAY, text, ((kind, "istanbul-convention", "TUR", value),), "consistent")
    for key, (text, (kind, value)) in TURKEY_EXIT.items()
]  # fmt: skip

# --- the organisations' names: the US and the WHO (in effect 22 January 2026, a Thursday), Hungary and the ICC ----

WHO_DAY = "2026-01-23"
ORGANISATIONS = [
    Case(key, WHO_DAY, text, ((kind, treaty, state, value),), "consistent")
    for key, text, (kind, treaty, state, value) in [
        ("withdrew/organisation/formally-left-the-who-by-name",
         "The United States formally left the World Health Organization on 22 January 2026.",
         ("withdrew", "who-constitution", "USA", "2026-01-22")),
        ("withdrew/organisation/exited-the-who-by-acronym", "The US officially exited the WHO on January 22.",
         ("withdrew", "who-constitution", "USA", "2026-01-22")),
        ("withdrew/organisation/no-longer-a-member", "America is no longer a member of the WHO.",
         ("withdrew", "who-constitution", "USA", "true")),
        ("effective_date/organisation/became-official-on-a-weekday", "The US exit from the WHO became official on "
         "Thursday.", ("effective_date", "who-constitution", "USA", "2026-01-22")),
        ("effective_date/organisation/the-who-said", "The WHO said the US departure took effect on 22 January.",
         ("effective_date", "who-constitution", "USA", "2026-01-22")),
        ("effective_date/organisation/will-leave-the-court", "Hungary will leave the International Criminal Court "
         "on 2 June.", ("effective_date", "rome-statute", "HUN", "2026-06-02")),
        ("effective_date/organisation/exit-from-the-icc", "Hungary's exit from the ICC takes effect on 2 June 2026.",
         ("effective_date", "rome-statute", "HUN", "2026-06-02")),
        ("notification_date/organisation/budapest-last-june", "Budapest notified the UN of its withdrawal from the "
         "ICC last June.", ("notification_date", "rome-statute", "HUN", "2025-06")),
    ]
]  # fmt: skip

# --- negatives: intent, questions, conditionals, refusals, other speakers --------------------------------------

NO_CLAIM = {
    "plans-to": "Lithuania plans to leave the Ottawa Convention.",
    "wants-to": "Lithuania wants to withdraw from the Ottawa Convention.",
    "threatened-to": "Lithuania threatened to quit the Ottawa Convention.",
    "is-considering": "Lithuania is considering leaving the Ottawa Convention.",
    "could": "Lithuania could leave the Ottawa Convention by the end of the year.",
    "may": "Lithuania may withdraw from the Ottawa Convention.",
    "might": "Lithuania might pull out of the Ottawa Convention next year.",
    "intends-to": "Lithuania intends to withdraw from the Ottawa Convention.",
    "seeks-to": "The government seeks to take Lithuania out of the Ottawa Convention.",
    "has-no-plans-to": "Poland has no plans to leave the Ottawa Convention.",
    "question-will": "Will Lithuania leave the Ottawa Convention?",
    "question-should": "Should Lithuania quit the Ottawa Convention?",
    "conditional-if": "If Lithuania left the Ottawa Convention, Russia would gain an advantage.",
    "conditional-only-if": "Poland would leave the Ottawa Convention only if its neighbours did.",
    "refused-to-leave": "Poland refused to leave the Ottawa Convention.",
    "rejected-a-proposal": "The Polish parliament rejected a proposal to withdraw from the Ottawa Convention.",
    "vetoed-the-bill": "The president vetoed a bill to leave the Ottawa Convention.",
    "denied-it-would": "Poland denied that it would quit the Ottawa Convention.",
    "urged-not-to": "Human Rights Watch urged Lithuania not to leave the Ottawa Convention.",
    "demanded-that": "Opposition lawmakers demanded that Poland leave the Ottawa Convention.",
    "calls-to-leave": "Calls to leave the Ottawa Convention grew louder in Poland.",
    "the-who-said": "The WHO said the decision to leave the Ottawa Convention would cost lives.",
    "an-ngo-said": "The ICRC said the Ottawa Convention has saved thousands of lives.",
    "a-debate": "Lithuania's parliament debated leaving the Ottawa Convention on 8 May.",
    "yet-to": "Poland has yet to leave the Ottawa Convention.",
    "is-leaving": "Lithuania is leaving the Ottawa Convention.",
    "a-decision-criticised": "Lithuania's decision to leave the Ottawa Convention was criticised by the ICRC.",
    "abandoned-its-plan": "Poland abandoned its plan to leave the Ottawa Convention.",
    "ditched-the-idea": "Poland ditched the idea of leaving the Ottawa Convention.",
    "shelved-plans": "Poland shelved plans to leave the Ottawa Convention.",
}
OTHER_EVENTS = {  # a date of something said or done about the exit, not of the exit
    "withdrawal-condemned-on": "Lithuania's withdrawal from the Ottawa Convention was condemned by rights groups on "
    "28 June.",
    "withdrawal-debated-on": "Lithuania's withdrawal from the Ottawa Convention was debated in parliament on 8 May.",
    "criticised-the-withdrawal-on": "The ICRC criticised Lithuania's withdrawal from the Ottawa Convention on 30 June.",
    "withdrawal-discussed-at-a-meeting": "Lithuania's withdrawal from the Ottawa Convention was discussed at a NATO "
    "meeting on 24 June.",
}
NEGATIVES = (
    [Case(f"negative/intent/{key}", OTTAWA_DAY, text, ()) for key, text in NO_CLAIM.items()]
    + [Case(f"negative/other-event/{key}", OTTAWA_DAY, text, ()) for key, text in OTHER_EVENTS.items()]
) + [
    Case(
        "negative/denial/did-not-withdraw", OTTAWA_DAY, "Poland did not withdraw from the Ottawa Convention.",
        (ottawa("withdrew", "false", "POL"),), "consistent",
    ),
    Case(
        "negative/denial/has-not-left", OTTAWA_DAY, "Finland has not left the Ottawa Convention.",
        (ottawa("withdrew", "false", "FIN"),), "consistent",
    ),
    Case(
        "negative/denial/remains-a-party", OTTAWA_DAY, "Lithuania remains a party to the Ottawa Convention.",
        (("bound_on", "apmbc", "LTU", "true"),), "consistent",
    ),
]  # fmt: skip

CASES: list[Case] = (
    WITHDREW_VERBS + STATE_FORMS + TREATY_FORMS + EFFECTIVE_DATES + NOTIFICATION_DATES + RULES + VOTES
    + PARTY_COUNTS + MEMBERSHIP + DATES + ORDERS + CARRIED_CASES + ENDINGS + TURKEY + ORGANISATIONS
    + NEGATIVES
)  # fmt: skip

# Today's gaps: each fails now and is marked so (strict: a fix makes it pass, and the mark must then go).
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def checks(service: AssessmentService) -> CheckService:
    return CheckService(service)


def test_the_grid_is_distinct_and_covers_every_core_kind() -> None:
    ids = Counter(case.id for case in CASES)
    assert [i for i, n in ids.items() if n > 1] == []
    kinds = {case.id.split("/")[0] for case in CASES}
    core = {"withdrew", "effective_date", "notification_date", "notice_period", "rule", "vote_tally"}
    assert core | {"parties_count", "joined", "negative"} <= kinds
    assert set(KNOWN_GAPS) <= set(ids)


@pytest.mark.parametrize("case", gap_params(CASES, KNOWN_GAPS))
def test_paraphrase(finder: ClaimFinder, checks: CheckService, case: Case) -> None:
    published = dt.date.fromisoformat(case.published)
    found = [f.claim for f in finder.find(case.text, published)]
    assert Counter((c.kind, c.treaty, c.state, c.value) for c in found) == Counter(case.claims)
    if case.verdict is not None:
        verdicts = [(c.kind, c.state, c.value, checks.check(c, published).verdict) for c in found]
        assert verdicts == [(c.kind, c.state, c.value, case.verdict) for c in found]
