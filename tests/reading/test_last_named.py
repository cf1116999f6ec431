"""'The convention', 'the treaty', 'the pact', 'the Covenant', 'it' resolve to the treaty the article last named whose
kind fits, not one named in passing, with the article's main treaty (named most) where none fits (Context.refer,
app/reading/recency.py; issue 14 item 2). Synthetic two-treaty articles, Ottawa then the CCM and the reverse: each
'the convention' is the one last named (it was the one named most, so the second treaty's ratification and exit were
given to the first). Look-alikes a plain recency gets wrong: a treaty compared with ('like the Convention on Cluster
Munitions', also for 'it'), listed among others ('such as the Chemical Weapons Convention, ... and the Convention on
Cluster Munitions'), named in an aside in brackets, a protocol whose name holds 'Covenant' ('the Covenant itself'
after the Optional Protocol to the ICCPR: the Covenant, as ajil-1998-07-01 labels it), an organisation whose name
holds 'Treaty' ('namely NATO and the then Warsaw Treaty Organization', as logomoney-2023-11-07). In the clause itself
the treaty compared with is not the one the clause tells of: 'Unlike the Convention on Cluster Munitions, the
convention has 166 States Parties' counts the Ottawa Convention's parties (reader._treaties_in). 'It' is also the
treaty last named by its acronym ('will leave the ECT', the Energy Charter Treaty), not an organisation's ('the tools
of the CSTO', the Collective Security Treaty Organization)."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read, Read]] = [  # id, published, text, claims read, claims not read
    (
        "ottawa-then-ccm",
        "2025-07-10",
        "Lithuania's parliament votes on two weapons treaties\n\nLithuania's parliament voted on Tuesday to leave the Ottawa Convention, which bans anti-personnel mines. Lithuania notified the United Nations of its withdrawal from the Ottawa Convention on 27 June 2025. The convention requires six months' notice. Lithuania had ratified the Ottawa Convention in 2003.\n\nLithuania earlier withdrew from the Convention on Cluster Munitions, which bans cluster bombs. The convention was ratified by Lithuania in 2011. Lithuania's withdrawal from the convention took effect on 6 March 2025.",
        [
            ("ratified", "apmbc", "LTU", "2003"),
            ("ratified", "ccm", "LTU", "2011"),
            ("effective_date", "ccm", "LTU", "2025-03-06"),
        ],
        [("ratified", "apmbc", "LTU", "2011"), ("effective_date", "apmbc", "LTU", "2025-03-06")],
    ),
    (
        "ccm-then-ottawa",
        "2025-07-10",
        "Lithuania's parliament votes on two weapons treaties\n\nLithuania withdrew from the Convention on Cluster Munitions, which bans cluster bombs. Lithuania notified the United Nations of its withdrawal from the Convention on Cluster Munitions in September 2024. Lithuania had ratified the Convention on Cluster Munitions in 2011.\n\nLithuania's parliament then voted to leave the Ottawa Convention, which bans anti-personnel mines. The convention was ratified by Lithuania in 2003. Lithuania's withdrawal from the convention will take effect on 27 December 2025.",
        [
            ("ratified", "ccm", "LTU", "2011"),
            ("ratified", "apmbc", "LTU", "2003"),
            ("effective_date", "apmbc", "LTU", "2025-12-27"),
        ],
        [("ratified", "ccm", "LTU", "2003"), ("effective_date", "ccm", "LTU", "2025-12-27")],
    ),
    (
        "compared-in-passing",
        "2025-07-10",
        "Lithuania quits Ottawa Convention\n\nLithuania deposited its instrument of withdrawal from the Ottawa Convention on 27 June 2025. Campaigners call it a landmark of disarmament, like the Convention on Cluster Munitions. Lithuania had ratified the convention in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
        [("ratified", "ccm", "LTU", "2003")],
    ),
    (
        "listed-in-passing",
        "2025-07-10",
        "Lithuania quits Ottawa Convention\n\nLithuania deposited its instrument of withdrawal from the Ottawa Convention on 27 June 2025. Lithuania remains a party to treaties such as the Chemical Weapons Convention, the Biological Weapons Convention and the Convention on Cluster Munitions. Lithuania had ratified the convention in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
        [("ratified", "ccm", "LTU", "2003")],
    ),
    (
        "bracketed-aside",
        "2025-07-10",
        "Lithuania quits Ottawa Convention\n\nLithuania deposited its instrument of withdrawal from the Ottawa Convention on 27 June 2025. The decision (Vilnius had already left the Convention on Cluster Munitions) drew criticism. Lithuania had ratified the convention in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
        [("ratified", "ccm", "LTU", "2003")],
    ),
    (
        "protocol-is-no-covenant",
        "1998-07-01",
        "Jamaica denounces human rights protocol\n\nJamaica remains a party to the International Covenant on Civil and Political Rights. Jamaica denounced the Optional Protocol to the International Covenant on Civil and Political Rights in October 1997. North Korea withdrew from the Covenant itself in August 1997.",
        [("withdrew", "iccpr", "PRK", "1997-08")],
        [("withdrew", "iccpr-op1", "PRK", "1997-08")],
    ),
    (
        "organisation-is-no-treaty",
        "2023-11-09",
        "Russia completes exit from CFE treaty\n\nRussia formally withdrew from the Treaty on Conventional Armed Forces in Europe on Tuesday. The pact limited the forces of the Cold War camps, namely NATO and the then Warsaw Treaty Organization. Russia temporarily withdrew from the treaty in 2007.",
        [("withdrew", "cfe-treaty", "RUS", "2007")],
        [("withdrew", "warsaw-pact", "RUS", "2007"), ("withdrew", "north-atlantic-treaty", "RUS", "2007")],
    ),
    (
        "it-not-the-treaty-compared",
        "2025-07-10",
        "Lithuania quits Ottawa Convention\n\nLithuania deposited its instrument of withdrawal from the Ottawa Convention on 27 June 2025. Campaigners call it a landmark of disarmament, like the Convention on Cluster Munitions. Lithuania had ratified it in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
        [("ratified", "ccm", "LTU", "2003")],
    ),
    (
        "compared-in-the-clause",  # the treaty compared with is not what the clause tells of (reader._treaties_in)
        "2025-07-10",
        "Lithuania quits Ottawa Convention\n\nLithuania deposited its instrument of withdrawal from the Ottawa Convention on 27 June 2025. Unlike the Convention on Cluster Munitions, the convention has 166 States Parties.",
        [("parties_count", "apmbc", None, "166")],
        [("parties_count", "ccm", None, "166")],
    ),
    (
        "it-after-a-treaty-acronym",  # 'the ECT' (Energy Charter Treaty) is what 'it' is, as energynews-2022-10-18
        "2022-10-18",
        "Netherlands to leave energy treaty\n\nThe Energy Charter Treaty was signed in 1994. Minister Rob Jetten says the treaty cannot be reconciled with the Paris agreement on climate. The Netherlands will leave the ECT. Bringing together the EU and 52 countries, it allows companies to claim compensation.",
        [("parties_count", "ect", None, "52")],
        [("parties_count", "paris-agreement", None, "52")],
    ),
    (
        "not-after-an-organisation-acronym",  # 'the CSTO' (Collective Security Treaty Organization), almayadeen
        "2023-10-03",
        "Armenia joins the ICC\n\nArmenia ratified the Rome Statute on Tuesday. Moscow says the tools of the CSTO are irreplaceable. In Yerevan, 22 of the Armenian opposition voted against the ratification while 60 voted for it.",
        [("vote_tally", "rome-statute", "ARM", "60-22")],
        [("vote_tally", "csto-charter", "ARM", "60-22")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "unexpected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_treaty_last_named(
    finder: ClaimFinder, published: str, text: str, expected: Read, unexpected: Read
) -> None:
    found = read(finder, text, published)
    assert [c for c in expected if c not in found] == []
    assert [c for c in unexpected if c in found] == []
