"""Constructions of the thirty-fourth held-out batch (national news agencies and translated English: Hürriyet, Kyodo,
IANS, ANTARA, Punch, Voice of Nigeria, Bernama, Xinhua, TASS, Sputnik, ArmInfo, Ukrinform), each pinned by the
article's sentence and paraphrases of our own, with look-alikes:

- the states an ordinal's 'after' names have done the act already (VCLT Arts. 11-16: a signature, a ratification, a
  joining are each a State's own act): 'the third African country, after The Gambia and South Africa, to ratify the
  Treaty' (Voice of Nigeria, 2019), and the list after the act once its treaty is named, 'the seventh ASEAN country to
  ratify the TPNW after Cambodia, Laos, Malaysia, the Philippines, Thailand, and Vietnam' (ANTARA, 2024), as the
  exits of 'the second country, after Bolivia, to withdraw from ICSID' (app/reading/after_others.py); a region or
  group may stand between the ordinal and its noun; not a ranking without commas, not 'after its adoption', not a
  list followed by another verb;
- a count as the subject of 'have signed' or 'have ratified' counts the signers or the ratifiers, as the passive
  'signed by' does: '93 countries have signed the TPNW, and 73 countries have ratified it' (ANTARA) and '86 States
  have signed and 59 States have ratified the Treaty' (Bernama, 2022) were one count of 93 (or 86) parties; each count
  is now read with its own act (app/reading/counts.py ``active_consent``); a relative clause ('the 133 countries that
  have signed') and 'have joined' stay what they were;
- the states 'along with' / 'together with' names after the verb acted with its subject: 'submitted the TPNW
  ratification document ... along with two other countries—Sierra Leone and the Solomon Islands' (ANTARA) was read for
  Indonesia alone (app/reading/subjects.py ``along_after``);
- an anniversary of the entry into force told as today's dates it, the same day N years before: 'the first
  anniversary of the entry into force of the Treaty ... observed today' (Bernama, 2022; app/reading/elapsed.py
  ``anniversary_of_force``);
- 'the Nuclear Weapons Prohibition Treaty' names the TPNW (Punch/NAN, 2017; rules/treaties/tpnw.yaml aliases).

Left: a headline's undated present 'Nigeria signs nuclear weapons prohibition treaty' (as batch 30's 'Syria signs
Chemical Weapons Convention': an undated present-tense 'signs' is read with a day only).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_TPNW = "tpnw"

CASES: list[tuple[str, str, str, Read]] = [
    # earlier consents an ordinal presupposes
    (
        "seventh-asean-country-to-ratify-after",  # ANTARA, 2024
        "2024-09-25",
        "Indonesia is the seventh ASEAN country to ratify the TPNW after Cambodia, Laos, Malaysia, the Philippines, "
        "Thailand, and Vietnam.",
        [("ratified", _TPNW, s, "true") for s in ("KHM", "LAO", "MYS", "PHL", "THA", "VNM")],
    ),
    (
        "third-african-country-after-to-ratify",  # Voice of Nigeria, 2019
        "2019-11-27",
        "Nigeria has moved to become the third African country, after The Gambia and South Africa, to ratify the "
        "Treaty on the Prohibition of Nuclear Weapons.",
        [("ratified", _TPNW, "GMB", "true"), ("ratified", _TPNW, "ZAF", "true")],
    ),
    (
        "fourth-state-after-a-list-to-sign",  # our words: three names before the comma that closes the aside
        "2017-09-21",
        "Mexico became the fourth state, after Austria, Ireland and Brazil, to sign the Treaty on the Prohibition of "
        "Nuclear Weapons.",
        [("signed", _TPNW, "AUT", "true"), ("signed", _TPNW, "IRL", "true"), ("signed", _TPNW, "BRA", "true")],
    ),
    (
        "third-country-to-ratify-paris-after",  # our words: the subject's own ratification read too
        "2016-10-03",
        "India became the third country to ratify the Paris Agreement after China and the United States.",
        [
            ("ratified", "paris-agreement", "IND", "true"),
            ("ratified", "paris-agreement", "CHN", "true"),
            ("ratified", "paris-agreement", "USA", "true"),
        ],
    ),
    (
        "fifth-nation-to-join-after",  # our words: a joining
        "2024-02-02",
        "Armenia is the fifth nation to join the Rome Statute after Ukraine and Moldova.",
        [("joined", "rome-statute", "UKR", "true"), ("joined", "rome-statute", "MDA", "true")],
    ),
    (
        "second-country-after-bolivia-exit",  # the exit the construction first read (El Universo, 2009)
        "2009-06-15",
        "Ecuador would be only the second country, after Bolivia, to withdraw from ICSID.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    # look-alikes: no state after 'after', a ranking without commas, a list followed by another verb
    (
        "ratify-after-its-adoption",
        "2024-09-25",
        "Indonesia is the seventh country to ratify the TPNW after its adoption.",
        [],
    ),
    (
        "ranking-without-commas",
        "2024-09-25",
        "Indonesia is the seventh country after Thailand to ratify the TPNW.",
        [],
    ),
    (
        "after-the-list-another-verb",
        "2024-09-25",
        "Indonesia is the seventh country to ratify the TPNW after Thailand and Vietnam pressed it.",
        [],
    ),
    # counts as the subject of signing or ratifying
    (
        "signed-and-ratified-coordinated",  # ANTARA, 2024
        "2024-09-25",
        "To date, 93 countries have signed the TPNW, and 73 countries have ratified it.",
        [("parties_count", _TPNW, None, "93 signatories"), ("parties_count", _TPNW, None, "73 ratifications")],
    ),
    (
        "signed-and-ratified-elided-object",  # Bernama, 2022
        "2022-01-22",
        "To date, 86 States have signed and 59 States have ratified the Treaty on the Prohibition of Nuclear Weapons.",
        [("parties_count", _TPNW, None, "86 signatories"), ("parties_count", _TPNW, None, "59 ratifications")],
    ),
    (
        "nations-have-ratified",  # our words
        "2022-01-22",
        "So far 59 nations have ratified the TPNW.",
        [("parties_count", _TPNW, None, "59 ratifications")],
    ),
    (
        "more-than-have-signed",  # our words: a bound kept, as 'signed by more than 160 countries'
        "2025-06-28",
        "More than 160 countries have signed the Ottawa Convention.",
        [("parties_count", "apmbc", None, "160 signatories")],
    ),
    # look-alikes: 'have joined' counts the parties; a relative clause names a group
    (
        "countries-have-joined-stays-a-party-count",
        "2025-06-28",
        "164 countries have joined the Ottawa Convention.",
        [("parties_count", "apmbc", None, "164")],
    ),
    (
        "countries-that-have-signed-relative",
        "2025-06-28",
        "The 133 countries that have signed the Ottawa Convention met in Geneva.",
        [("parties_count", "apmbc", None, "133")],
    ),
    # states 'along with' / 'together with' names after the verb acted with its subject
    (
        "along-with-two-other-countries-dash",  # ANTARA, 2024
        "2024-09-25",
        "Indonesia submitted the TPNW ratification document to the UN Secretariat General on Tuesday local time "
        "along with two other countries—Sierra Leone and the Solomon Islands.",
        [("ratified", _TPNW, s, "2024-09-24") for s in ("IDN", "SLE", "SLB")],
    ),
    (
        "together-with-one-state",  # our words
        "2024-09-25",
        "Kenya ratified the Rome Statute on Monday together with Ghana.",
        [("ratified", "rome-statute", "KEN", "2024-09-23"), ("ratified", "rome-statute", "GHA", "2024-09-23")],
    ),
    # look-alikes: a possessive after 'together with', no state after 'along with'
    (
        "together-with-a-possessive",
        "2024-09-25",
        "France ratified the Paris Agreement together with Germany's support.",
        [("ratified", "paris-agreement", "FRA", "true")],
    ),
    (
        "along-with-in-another-clause",  # Caliber, 2024: Canada is said of the clause after 'while'
        "2024-07-11",
        "Latvia and Poland are not parties to the Convention on Cluster Munitions, while many Western European "
        "countries, along with Canada, are.",
        [("joined", "ccm", "LVA", "false"), ("joined", "ccm", "POL", "false")],
    ),
    (
        "along-with-its-protocol",
        "2024-09-25",
        "Canada signed the Arms Trade Treaty along with its protocol.",
        [("signed", "att", "CAN", "true")],
    ),
    # an anniversary of the entry into force told as today's dates it
    (
        "first-anniversary-of-entry-into-force-observed-today",  # Bernama, 2022
        "2022-01-22",
        "Malaysia welcomed the first anniversary of the entry into force of the Treaty on the Prohibition of Nuclear "
        "Weapons (TPNW) observed today.",
        [("entry_into_force", _TPNW, None, "2021-01-22")],
    ),
    (
        "today-marks-the-second-anniversary",  # our words (wrong by a year: judged so)
        "2022-01-22",
        "Today marks the second anniversary of the entry into force of the TPNW.",
        [("entry_into_force", _TPNW, None, "2020-01-22")],
    ),
    # look-alikes: another day's anniversary, another event's
    (
        "anniversary-next-week",
        "2022-01-22",
        "Next week marks the first anniversary of the entry into force of the TPNW.",
        [],
    ),
    (
        "anniversary-of-the-adoption",
        "2018-07-07",
        "Today is the first anniversary of the adoption of the TPNW.",
        [],
    ),
    # 'the Nuclear Weapons Prohibition Treaty'
    (
        "nuclear-weapons-prohibition-treaty",  # Punch/NAN, 2017
        "2017-09-20",
        "Nigeria has signed the Nuclear Weapons Prohibition Treaty, joining dozens of other countries.",
        [("signed", _TPNW, "NGA", "true")],
    ),
    (
        "nuclear-weapons-prohibition-treaty-lower-case",  # our words
        "2017-09-21",
        "The Gambia signed the nuclear weapons prohibition treaty on Wednesday.",
        [("signed", _TPNW, "GMB", "2017-09-20")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_four_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
