"""The clause reader on real clauses: each quoted verbatim from the Dutch Treaty Database's English texts
(mirror statengeneraal/laws-markdown), in the Markdown layout of ../shared/reference/treaty-texts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.drafting.articles import split_articles
from app.drafting.draft import DraftError, draft, to_yaml
from app.engine import Engine
from app.rulebook import DEFAULT_RULES_DIR, load_rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest
from schemas.rules import Treaty

ROOT = Path(__file__).resolve().parents[2]
CORPUS = (
    next(
        (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared", Path("/work/shared")) if p.exists()),
        ROOT.parent / "shared",
    )
    / "reference"
    / "treaty-texts"
)
TODAY = dt.date(2026, 12, 4)

COE_CLAUSE = """
### Article  47

####- Denunciation

1. Any Party may, at any time, denounce this Convention by means of a notification addressed to the Secretary General of the Council of Europe.
2. Such denunciation shall become effective on the first day of the month following the expiration of a period of three months after the date of receipt of the notification by the Secretary General.
"""  # Convention on Cybercrime (ETS 185), Art. 47 (BWBV0001839)

ILO_C29 = """
### Article  30

1. A Member which has ratified this Convention may denounce it after the expiration of ten years from the date on which the Convention first comes into force, by an act communicated to the Director-General of the International Labour Office for registration. Such denunciation shall not take effect until one year after the date on which it is registered with the International Labour Office.
2. Each Member which has ratified this Convention and which does not, within the year following the expiration of the period of ten years mentioned in the preceding paragraph, exercise the right of denunciation provided for in this Article, will be bound for another period of five years and, thereafter, may denounce this Convention at the expiration of each period of five years under the terms provided for in this Article.
"""  # Forced Labour Convention, 1930 (ILO C29), Art. 30 (BWBV0006218)

SINGLE_CONVENTION = """
### Article  46

####- Denunciation

1. After the expiry of two years from the date of the coming into force of this Convention (article 41, paragraph 1) any Party may, on its own behalf or on behalf of a territory for which it has international responsibility, and which has withdrawn its consent given in accordance with article 42, denounce this Convention by an instrument in writing deposited with the Secretary-General.
2. The denunciation, if received by the Secretary-General on or before the first day of July in any year, shall take effect on the first day of January in the succeeding year, and, if received after the first day of July, shall take effect as if it had been received on or before the first day of July in the succeeding year.
"""  # Single Convention on Narcotic Drugs, 1961, Art. 46 (BWBV0001004)

GENOCIDE = """
### Article  XIV

The present Convention shall remain in effect for a period of ten years as from the date of its coming into force. It shall thereafter remain in force for successive periods of five years for such Contracting Parties as have not denounced it at least six months before the expiration of the current period. Denunciation shall be effected by a written notification addressed to the Secretary-General of the United Nations.
"""  # Genocide Convention, Art. XIV (BWBV0005551)

RESERVATIONS_ONLY = """
### Article  1

####- Obligation to respect human rights

The High Contracting Parties shall secure to everyone within their jurisdiction the rights and freedoms defined in Section I of this Convention.

### Article  57

####- Reservations

1. Any State may, when signing this Convention or when depositing its instrument of ratification, make a reservation in respect of any particular provision of the Convention.
2. Any reservation made under this Article may be withdrawn at any time by a notification addressed to the Secretary-General; the withdrawal shall take effect on the date of receipt of such notification.
"""  # ECHR Art. 1 and Art. 57(1) (BWBV0001000); 57(2) adapted from the common reservation clause


UPSTREAM = "https://github.com/statengeneraal/laws-markdown/blob/91556a80a25a3da4234c8039945c6aeef4108d00/verdrag/"


def small_rules(root: Path) -> Path:
    """A rules folder with the general law, the Ottawa Convention and every depositary: enough to load, fast."""
    rules = root / "rules"
    (rules / "treaties").mkdir(parents=True)
    shutil.copytree(DEFAULT_RULES_DIR / "depositaries", rules / "depositaries")
    shutil.copytree(DEFAULT_RULES_DIR / "states", rules / "states")
    for name in ("vclt.yaml", "apmbc.yaml"):
        shutil.copy(DEFAULT_RULES_DIR / "treaties" / name, rules / "treaties" / name)
    return rules


def _draft(tmp_path: Path, text: str, treaty_id: str = "sample") -> dict[str, Any]:
    path = tmp_path / f"{treaty_id}.md"
    path.write_text(text, encoding="utf-8")
    return draft(path, treaty_id, today=TODAY, source=UPSTREAM)


def _by_kind(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [p for p in data["withdrawal"]["provisions"] if p["kind"] == kind]


@pytest.mark.skipif(not CORPUS.exists(), reason=f"the reference treaty texts are not at {CORPUS}")
def test_echr_article_58_from_the_corpus() -> None:
    data = draft(CORPUS / "BWBV0001000.md", "echr", today=TODAY)
    treaty = Treaty.model_validate(data)
    assert treaty.tier == "drafted"
    assert treaty.withdrawal.article == "Article 58"
    assert treaty.depositary == "coe-secretary-general"
    precondition = _by_kind(data, "precondition")[0]
    assert (precondition["in_force_for"], precondition["counted_from"]) == ("P5Y", "entry_into_force_for_state")
    effect = _by_kind(data, "effect")[0]
    assert (effect["rule"], effect["period"]) == ("after_period", "P6M")
    for provision in data["withdrawal"]["provisions"]:
        assert provision["cite"].startswith("Art. 58"), provision
        assert provision["text"] in treaty.withdrawal.text, provision  # verbatim from the quoted article
        assert provision["source"].startswith("https://github.com/statengeneraal/laws-markdown/")
        assert provision["verification"] == "drafted"
    assert "five years" in precondition["text"] and "six months' notice" in effect["text"]


def test_first_day_of_the_month_after_three_months(tmp_path: Path) -> None:
    data = _draft(tmp_path, COE_CLAUSE)
    effect = _by_kind(data, "effect")[0]
    assert (effect["rule"], effect["period"], effect["cite"]) == (
        "first_day_of_month_after_period",
        "P3M",
        "Art. 47(2)",
    )
    assert data["depositary"] == "coe-secretary-general"
    assert _by_kind(data, "right")[0]["cite"] == "Art. 47(1)"
    assert _by_kind(data, "notice")[0]["recipients"] == ["Secretary General of the Council of Europe"]
    assert not _by_kind(data, "needs_review")


def test_ilo_recurring_windows(tmp_path: Path) -> None:
    data = _draft(tmp_path, ILO_C29)
    (window,) = _by_kind(data, "precondition")
    assert (window["in_force_for"], window["window_length"], window["window_every"], window["counted_from"]) == (
        "P10Y",
        "P1Y",
        "P5Y",
        "entry_into_force",
    )
    effect = _by_kind(data, "effect")[0]
    assert (effect["rule"], effect["period"]) == ("after_period", "P1Y")
    assert data["depositary"] == "ilo-director-general"


def test_annual_date_with_a_deadline_and_minimum_years(tmp_path: Path) -> None:
    data = _draft(tmp_path, SINGLE_CONVENTION)
    effect = _by_kind(data, "effect")[0]
    assert (effect["rule"], effect["day"], effect["notice_by"], effect["years_after_deadline"]) == (
        "annual_date_with_notice_deadline",
        "01-01",
        "07-01",
        1,
    )
    (minimum,) = _by_kind(data, "precondition")
    assert (minimum["in_force_for"], minimum["counted_from"]) == ("P2Y", "entry_into_force")


def test_an_unread_effect_becomes_needs_review_and_no_date_is_given(tmp_path: Path) -> None:
    data = _draft(tmp_path, GENOCIDE, "genocide-draft")
    unread = [p for p in _by_kind(data, "needs_review") if p["about"] == "effect"]
    assert unread and "successive periods of five years" in unread[0]["text"]
    assert not _by_kind(data, "effect")

    rules = small_rules(tmp_path)
    (rules / "treaties" / "genocide-draft.yaml").write_text(to_yaml(data), encoding="utf-8")
    rulebook = load_rulebook(rules)
    answer = AssessmentService(rulebook, Engine(rulebook)).assess(
        AssessmentRequest(treaty="genocide-draft", state="FRA", notification_date=dt.date(2026, 1, 5)), today=TODAY
    )
    assert answer.treaty.tier == "drafted"
    assert answer.effective.status == "needs_review" and answer.effective.date is None
    assert answer.notes[0].startswith("UNREVIEWED DRAFT")
    assert all(c.verification == "drafted" for c in answer.citations if c.rule.startswith("genocide-draft/"))


def test_no_clause_leaves_the_general_law(tmp_path: Path) -> None:
    data = _draft(tmp_path, RESERVATIONS_ONLY)
    assert data["withdrawal"]["article"] is None and data["withdrawal"]["provisions"] == []
    assert "VCLT Art. 56" in data["withdrawal"]["note"]
    # the withdrawal of a reservation is not read as leaving the treaty
    assert "Reservations" not in yaml.safe_dump(data["withdrawal"])


def test_no_english_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DraftError):
        _draft(
            tmp_path,
            "### Artikel 1\n\nDit Verdrag is van onbepaalde duur en wordt door de Staten bij dit Verdrag nageleefd.\n",
        )


def test_a_text_without_an_address_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nameless.md"
    path.write_text(COE_CLAUSE, encoding="utf-8")
    with pytest.raises(DraftError, match="no source address"):
        draft(path, "nameless")


def test_articles_keep_the_first_english_version() -> None:
    text = (
        COE_CLAUSE
        + "\n### Article 47\n\n1. Toute Partie peut, à tout moment, dénoncer la présente Convention par une notification.\n"
    )
    (article,) = split_articles(text)
    assert article.title == "Denunciation" and article.paragraphs[0].number == "1"
