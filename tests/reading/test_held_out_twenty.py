"""Constructions of the twentieth held-out batch (straight news of 1991-2025, the end-of-session-9 measure), each with
the article's sentence, paraphrases of our own (other states, treaties, dates, tenses) and look-alikes that claim
nothing.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # An exit denied by a suspension: a withdrawal suspended (or agreed to be) before it took effect is no exit
    (
        "halts-pullout-headline",  # the article's headline (LA Times, 1993)
        "1993-06-12",
        "N. Korea Halts Pullout From Nuclear Treaty\n\nNorth Korea suspended its withdrawal from the NPT.",
        [("withdrew", "npt", "PRK", "false"), ("withdrew", "npt", "PRK", "false")],
    ),
    (
        "agreed-to-suspend-its-withdrawal",  # the article's sentence: the agreement is the step, dated 'Friday'
        "1993-06-12",
        "Headline\n\nNorth Korea, widely suspected of harboring hopes of transforming itself into a nuclear nation, "
        "bowed to American pressure Friday and agreed to suspend its withdrawal from the Nuclear Non-Proliferation "
        "Treaty.",
        [("withdrew", "npt", "PRK", "false")],
    ),
    (
        "suspended-the-effectuation-of-its-withdrawal",  # the joint statement's words, told by the reporter
        "1993-06-12",
        "Headline\n\nNorth Korea suspended the effectuation of its withdrawal from the NPT on Friday.",
        [("withdrew", "npt", "PRK", "false")],
    ),
    (
        "decided-on-a-day-to-revoke-paraphrase",  # our words: another state, treaty and verb, a day between
        "2017-03-10",
        "Headline\n\nThe Gambia decided on Monday to revoke its withdrawal from the Rome Statute.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    (
        "halted-the-process-of-its-exit-paraphrase",  # our words: a past tense, 'the process of'
        "2024-05-02",
        "Headline\n\nEcuador halted the process of its exit from the OAS.",
        [("withdrew", "oas-charter", "ECU", "false")],
    ),
    (
        "plans-to-suspend-is-no-claim",  # an intention
        "2017-03-10",
        "Headline\n\nThe Gambia plans to suspend its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "has-not-agreed-to-suspend-is-no-claim",  # a negated agreement
        "2017-03-10",
        "Headline\n\nThe Gambia has not agreed to suspend its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "a-suspended-treaty-is-no-exit-undone",  # the treaty suspended, the exit after it: no denial
        "2024-01-10",
        "Headline\n\nRussia suspended the CFE Treaty in 2007 and withdrew in 2023.",
        [("withdrew", "cfe-treaty", "RUS", "2023")],
    ),
    (
        "suspended-participation-is-no-exit-undone",
        "2024-01-10",
        "Headline\n\nRussia suspended its participation in the CFE Treaty in 2007.",
        [],
    ),
    # Signatures and ratifications in relative and nominal clauses
    (
        "which-has-signed-but-not-ratified",  # the article's sentence (AP, 2023): the relative clause's two verbs
        "2023-10-18",
        "Headline\n\nThe bill was introduced to parliament following a statement from Russian President Vladimir "
        "Putin, who warned earlier this month that Moscow could revoke its 2000 decision to ratify the treaty to "
        "“mirror” the stand taken by the United States, which has signed but not ratified the nuclear test ban.",
        [
            ("ratified", "ctbt", "RUS", "2000"),
            ("signed", "ctbt", "USA", "true"),
            ("ratified", "ctbt", "USA", "false"),
        ],
    ),
    (
        "which-signed-but-never-ratified-paraphrase",  # our words: another state, 'never'
        "2023-10-18",
        "Headline\n\nChina, which signed but never ratified the CTBT, objected.",
        [("signed", "ctbt", "CHN", "true"), ("ratified", "ctbt", "CHN", "false")],
    ),
    (
        "which-has-signed-paraphrase",  # one verb in a relative clause set off by a comma
        "2023-10-18",
        "Headline\n\nEgypt, which has signed the CTBT, objected.",
        [("signed", "ctbt", "EGY", "true")],
    ),
    (
        "countries-that-have-signed-is-no-state",  # a restrictive relative after a group: no named state's
        "2023-10-18",
        "Headline\n\nCountries that have signed the CTBT include many in Africa.",
        [],
    ),
    (
        "its-year-decision-to-ratify-paraphrase",  # our words: a modal on the revocation, not on the consent
        "2012-01-05",
        "Headline\n\nKenya may reverse its 2005 decision to ratify the Rome Statute.",
        [("ratified", "rome-statute", "KEN", "2005")],
    ),
    (
        "its-decision-to-ratify-undated-is-no-claim",
        "2012-01-05",
        "Headline\n\nKenya may reverse its decision to ratify the Rome Statute.",
        [],
    ),
    (
        "refused-to-ratify-a-list",  # the article's sentence (The European Conservative, 2025): one claim each
        "2025-11-03",
        "Headline\n\nHungary, Slovakia, and Bulgaria have previously called the treaty unacceptable and completely "
        "incompatible with their national traditions and refused to ratify the document.\n\nThe Istanbul "
        "Convention is a Council of Europe treaty.",
        [
            ("ratified", "istanbul-convention", "HUN", "false"),
            ("ratified", "istanbul-convention", "SVK", "false"),
            ("ratified", "istanbul-convention", "BGR", "false"),
        ],
    ),
    (
        "declined-to-sign-paraphrase",  # our words: another verb, treaty and state
        "2024-07-01",
        "Headline\n\nIndia has declined to sign the Rome Statute.",
        [("signed", "rome-statute", "IND", "false")],
    ),
    (
        "may-refuse-to-ratify-is-no-claim",  # a possible refusal
        "2025-11-03",
        "Headline\n\nHungary may refuse to ratify the Istanbul Convention.",
        [],
    ),
    (
        "never-refused-to-ratify-is-no-claim",
        "2025-11-03",
        "Headline\n\nHungary never refused to ratify the Istanbul Convention.",
        [],
    ),
    # A tally in words
    (
        "voted-unanimously",  # the article's sentence (AP, 2023)
        "2023-10-18",
        "Headline\n\nThe State Duma lawmakers voted unanimously to revoke the ratification of the Comprehensive "
        "Nuclear Test Ban Treaty on Wednesday.",
        [("vote_tally", "ctbt", "RUS", "unanimous")],
    ),
    (
        "unanimously-voted-paraphrase",  # our words: another parliament, treaty, order
        "2025-10-31",
        "Headline\n\nThe Saeima unanimously voted to leave the Istanbul Convention.",
        [("vote_tally", "istanbul-convention", "LVA", "unanimous")],
    ),
    (
        "a-unanimous-vote-required-is-no-tally",  # a rule, not a vote held
        "2017-03-20",
        "Headline\n\nThe period can only be made longer by way of a unanimous vote of all European countries' "
        "governments.",
        [],
    ),
    (
        "may-vote-unanimously-is-no-tally",
        "2023-10-18",
        "Headline\n\nThe State Duma may vote unanimously to revoke the ratification of the CTBT.",
        [],
    ),
    # Signatures in a nominal clause, owned and dated
    (
        "its-signature-on-a-day",  # the article's sentence (AlterNet, 2002); its intention claims nothing
        "2002-05-06",
        "Headline\n\nIn the letter, Undersecretary of State for Arms Control and International Security, John "
        "Bolton, asserted that Washington “does not intend to become a party to the (Rome Statute of the ICC)” and "
        "that it “has no legal obligations arising from its signature (to the treaty) on December 31, 2000.”",
        [("signed", "rome-statute", "USA", "2000-12-31")],
    ),
    (
        "its-signature-of-the-treaty-paraphrase",  # our words: another state
        "2002-09-01",
        "Headline\n\nIsrael said it has no obligations arising from its signature of the Rome Statute on "
        "December 31, 2000.",
        [("signed", "rome-statute", "ISR", "2000-12-31")],
    ),
    (
        "a-states-ratification-in-a-year-paraphrase",  # our words: a possessive name, a year, another consent
        "2006-05-06",
        "Headline\n\nKenya's obligations date from its ratification of the Rome Statute in 2005.",
        [("ratified", "rome-statute", "KEN", "2005")],
    ),
    (
        "a-consent-revoked-on-a-day-is-no-dated-consent",  # the date is the revocation's
        "2025-07-01",
        "Headline\n\nRussia revoked its ratification of the CTBT in 2023.",
        [],
    ),
    (
        "a-ratification-dated-by-another-verb-is-no-claim",  # the date is the approval's, after 'which'
        "2006-05-06",
        "Headline\n\nKenya hailed its ratification of the Rome Statute, which parliament approved in 2005.",
        [],
    ),
    (
        "does-not-intend-to-become-a-party-is-no-status",  # an intention, not a status
        "2002-05-06",
        "Headline\n\nIsrael said it does not intend to become a party to the Rome Statute.",
        [],
    ),
    (
        "has-no-plans-to-ratify-is-no-status",
        "2002-05-06",
        "Headline\n\nSudan has no plans to ratify the Rome Statute.",
        [],
    ),
    (
        "is-not-a-party-is-still-a-status",
        "2002-05-06",
        "Headline\n\nIsrael is not a party to the Rome Statute.",
        [("joined", "rome-statute", "ISR", "false")],
    ),
    # The treaty's own entry into force, told after a count in a coordinated predicate
    (
        "takes-formal-effect-after-a-count",  # the article's sentence: the treaty's, not the article's state's
        "2002-05-06",
        "Bush 'Unsigns' War Crimes Treaty\n\nThe Bush administration formally renounced its obligations as a "
        "signatory to the Rome Statute.\n\nThe ICC treaty – which was signed by President Bill Clinton – has been "
        "signed by almost 140 countries and ratified by 66 and takes formal effect July 1.",
        [
            ("signed", "rome-statute", "USA", "true"),  # the former President's signature (below)
            ("entry_into_force", "rome-statute", None, "2002-07-01"),
            ("parties_count", "rome-statute", None, "140 signatories"),
            ("parties_count", "rome-statute", None, "66 ratifications"),
        ],
    ),
    (
        "enters-into-force-after-a-count-paraphrase",  # our words: another treaty and verb
        "2014-06-01",
        "Headline\n\nThe Istanbul Convention has been ratified by 10 countries and enters into force on August 1.",
        [
            ("entry_into_force", "istanbul-convention", None, "2014-08-01"),
            ("parties_count", "istanbul-convention", None, "10 ratifications"),
        ],
    ),
    # Notices with other verbs
    (
        "forwarded-these-notifications-on-a-day",  # the article's sentence (Interfax, 2007)
        "2007-07-23",
        "Duma Receives Bill On Suspension Of CFE Treaty\n\nAt the president's instruction, the Russian Foreign "
        "Ministry forwarded these notifications on July 14, 2007.",
        [("notification_date", "cfe-treaty", "RUS", "2007-07-14")],
    ),
    (
        "forwarded-its-notification-paraphrase",  # our words: another state and treaty
        "2023-12-01",
        "Headline\n\nEcuador forwarded its notification of withdrawal from the OAS on 19 November 2023.",
        [("notification_date", "oas-charter", "ECU", "2023-11-19")],
    ),
    (
        "a-depositary-forwarding-a-notice-is-no-notice",  # the depositary passes another's notice on
        "2017-05-10",
        "Headline\n\nThe UN Secretary-General forwarded Venezuela's notification to the member states on 2 May 2017.",
        [],
    ),
    (
        "told-the-secretary-general-that-it-had-decided",  # the construction of the IPS sentence, the treaty named
        "1998-01-06",
        "Headline\n\nJamaica told UN Secretary General Kofi Annan on Oct. 23 that it had decided to withdraw from "
        "the Optional Protocol to the ICCPR.",
        [("notification_date", "iccpr-op1", "JAM", "1997-10-23")],
    ),
    (
        "told-the-secretary-general-paraphrase",  # our words: another state, verb and day
        "1998-06-01",
        "Headline\n\nTrinidad and Tobago told the UN Secretary-General on 26 May 1998 that it had decided to "
        "denounce the Optional Protocol to the ICCPR.",
        [("notification_date", "iccpr-op1", "TTO", "1998-05-26")],
    ),
    (
        "told-reporters-is-no-notice",  # not the depositary
        "1998-01-06",
        "Headline\n\nJamaica told reporters on Oct. 23 that it would withdraw from the Optional Protocol to the ICCPR.",
        [],
    ),
    (
        "told-the-secretary-general-it-was-considering-is-no-notice",
        "1998-01-06",
        "Headline\n\nJamaica told the UN Secretary-General on Oct. 23 that it was considering withdrawing from "
        "the Optional Protocol to the ICCPR.",
        [],
    ),
    (
        "told-by-description-is-not-guessed",  # 'the humanitarian accord' could be either treaty named before
        "1998-01-06",
        "Headline\n\nAmnesty was alarmed over Jamaica's plan to leave the International Covenant on Civil and "
        "Political Rights.\n\nThe Jamaican government told UN Secretary General Kofi Annan on Oct. 23 that it had "
        "decided to withdraw from the humanitarian accord.",
        [],
    ),
    # Another state's exit presupposed after 'after', whatever the main verb's tense
    (
        "after-the-us-exit-from-the-pact",  # the article's sentence (AP, 2021)
        "2021-01-15",
        "Russia follows US in withdrawal from Open Skies Treaty\n\nMOSCOW (AP) — Russia said on Friday that it "
        "will withdraw from an international treaty allowing surveillance flights over military facilities after "
        "the U.S. exit from the pact, compounding the challenges faced by the incoming administration.",
        [
            ("withdrew", "open-skies", "RUS", "true"),
            ("withdrew", "open-skies", "USA", "true"),
            ("withdrew", "open-skies", "USA", "true"),
        ],
    ),
    (
        "after-the-us-withdrawal-paraphrase",  # our words: another noun, a named treaty
        "2021-01-15",
        "Headline\n\nRussia will withdraw from the Open Skies Treaty after the U.S. withdrawal from the pact.",
        [("withdrew", "open-skies", "USA", "true")],
    ),
    (
        "after-a-possible-exit-is-no-claim",
        "2021-01-15",
        "Headline\n\nRussia will withdraw from the Open Skies Treaty after a possible U.S. exit from the pact.",
        [],
    ),
    (
        "its-own-later-exit-is-no-claim",  # the subject's own exit after 'after': not presupposed
        "2021-01-15",
        "Headline\n\nThe US will rejoin the WHO after the US exit from the Paris Agreement.",
        [],
    ),
    # A never-party's step told as an exit
    (
        "formally-ended-us-participation-in-an-agreement",  # the article's sentence: the agreement described
        "2002-05-06",
        "Bush 'Unsigns' War Crimes Treaty\n\nThe Bush administration Monday formally renounced its obligations as "
        "a signatory to the 1998 Rome Statute to establish an International Criminal Court (ICC).\n\nA simple "
        "three-sentence letter to U.N. Secretary-General Kofi Annan formally ended U.S. participation in an "
        "agreement to create the world's first permanent tribunal to prosecute war crimes, genocide, and other "
        "crimes against humanity.",
        [("withdrew", "rome-statute", "USA", "true")],
    ),
    (
        "ended-british-participation-paraphrase",  # our words: another state, treaty and date
        "2025-05-01",
        "Headline\n\nLondon formally ended British participation in the Energy Charter Treaty on 27 April 2025.",
        [("withdrew", "ect", "GBR", "2025-04-27")],
    ),
    (
        "could-end-participation-is-no-claim",
        "2002-05-06",
        "Headline\n\nA letter could end U.S. participation in the Rome Statute.",
        [],
    ),
    # An effect as a planned noun
    (
        "announced-withdrawal-planned-for-a-day",  # the article's sentence (IPS, 1998): the day of the exit planned
        "1998-01-06",
        "Headline\n\nAmnesty International expressed alarm Tuesday over Jamaica’s announced withdrawal from the "
        "International Covenant on Civil and Political Rights, planned for Jan. 22, and the resultant consequences.",
        [("effective_date", "iccpr", "JAM", "1998-01-22")],
    ),
    (
        "planned-withdrawal-set-for-a-day-paraphrase",  # our words: another state, treaty and participle
        "2025-06-01",
        "Headline\n\nOfficials discussed Hungary's planned withdrawal from the Rome Statute, set for June 2, 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "withdrawal-scheduled-for-a-day-paraphrase",
        "2025-06-01",
        "Headline\n\nOfficials discussed Hungary's withdrawal from the Rome Statute, scheduled for June 2, 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "announced-withdrawal-undated-is-no-claim",
        "2025-06-01",
        "Headline\n\nOfficials discussed Hungary's announced withdrawal from the Rome Statute.",
        [],
    ),
    (
        "possible-withdrawal-planned-for-a-day-is-no-claim",  # a possible exit stays unreal
        "2025-06-01",
        "Headline\n\nOfficials discussed Hungary's possible withdrawal from the Rome Statute, planned for June 2, "
        "2026.",
        [],
    ),
    # A signature by a former head of state, told in a passive relative clause
    (
        "which-was-signed-by-president-bill-clinton",  # the article's words (2002): a past consent, in office
        "2002-05-06",
        "Headline\n\nThe Rome Statute, which was signed by President Bill Clinton, enters into force on July 1.",
        [("signed", "rome-statute", "USA", "true"), ("entry_into_force", "rome-statute", None, "2002-07-01")],
    ),
    (
        "signed-by-a-former-president-in-a-year-paraphrase",  # our words: another treaty, a year
        "2002-05-06",
        "Headline\n\nThe CTBT was signed by President Bill Clinton in 1996.",
        [("signed", "ctbt", "USA", "1996")],
    ),
    (
        "which-was-signed-by-a-state-paraphrase",  # a state as the passive's agent
        "2002-05-06",
        "Headline\n\nThe Rome Statute, which was signed by the United States, has been ratified by 66.",
        [("signed", "rome-statute", "USA", "true")],
    ),
    (
        "a-former-president-praising-is-no-state",  # a former leader acts for no one but as a consent's agent
        "2002-05-06",
        "Headline\n\nPresident Bill Clinton praised the Rome Statute.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
