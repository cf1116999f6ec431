"""The rule files: they load, every legal fact is cited, a bad file stops the load with path, field, reason."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from app.rulebook import DEFAULT_RULES_DIR, Rulebook, RulebookError, load_rulebook

REQUIRED_TREATIES = {
    "apmbc", "ccm", "paris-agreement", "rome-statute", "npt", "istanbul-convention", "unesco-constitution",
    "icrw", "icsid-convention", "ect", "who-constitution", "iccpr", "iccpr-op1", "inf-treaty", "vclt",
}  # fmt: skip


def test_required_treaties_and_lithuania_are_encoded(rulebook: Rulebook) -> None:
    assert set(rulebook.treaties) >= REQUIRED_TREATIES
    assert "LTU" in rulebook.states


def test_every_provision_cites_article_text_and_source(rulebook: Rulebook) -> None:
    for treaty in rulebook.treaties.values():
        clause = treaty.withdrawal
        assert clause.reviewed or (clause.drafted and clause.verification == "drafted"), treaty.id
        for provision in rulebook.provisions_for(treaty):
            _owner, url = rulebook.provision_source(treaty, provision)
            assert provision.cite.strip(), f"{treaty.id}/{provision.id}"
            assert provision.text.strip(), f"{treaty.id}/{provision.id}"
            assert url and url.startswith("http"), f"{treaty.id}/{provision.id} has no source URL"


def test_every_treaty_with_a_clause_quotes_it_verbatim(rulebook: Rulebook) -> None:
    for treaty in rulebook.treaties.values():
        if treaty.withdrawal.article:
            assert treaty.withdrawal.text and len(treaty.withdrawal.text) > 40, treaty.id
            for provision in treaty.withdrawal.provisions:
                own_text = provision.source is None  # a provision with its own source quotes another article
                if own_text and provision.verification == "verified" and treaty.withdrawal.verification == "verified":
                    # A verified provision's words stand in the verified article (modulo white space).
                    article = " ".join(treaty.withdrawal.text.split())
                    for fragment in re.split(r"\s*(?:\.\.\.|…|\[[^\]]*\])\s*", provision.text):
                        words = " ".join(fragment.split())
                        assert words[:50] in article, f"{treaty.id}/{provision.id}: {words[:50]!r} not in the article"


def test_lithuania_threshold_is_honest_about_86(rulebook: Rulebook) -> None:
    seimas = next(s for s in rulebook.states["LTU"].steps if s.id == "seimas-law")
    assert seimas.threshold is not None
    assert seimas.threshold.body_size == 141
    assert seimas.threshold.verification != "verified"
    assert "85" in seimas.threshold.words
    assert "No rule yields 86" in (seimas.threshold.note or "")


def test_every_depositary_practice_cites_its_records(rulebook: Rulebook) -> None:
    for depositary in rulebook.depositaries.values():
        if depositary.verification == "verified":
            assert len(depositary.evidence) >= 2, depositary.id
        for record in depositary.evidence:
            assert record.effective > record.received


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, target)
    shutil.copytree(DEFAULT_RULES_DIR.parent / "world", tmp_path / "world")  # the world files beside the rules
    return target


def _edit(path: Path, change: dict[str, object]) -> None:
    data = yaml.safe_load(path.read_text())
    data.update(change)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_a_malformed_file_names_path_field_and_reason(rules_copy: Path) -> None:
    path = rules_copy / "treaties" / "ccm.yaml"
    data = yaml.safe_load(path.read_text())
    data["withdrawal"]["provisions"][2]["period"] = "six months"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules_copy)
    (problem,) = caught.value.problems
    assert problem.startswith("rules/treaties/ccm.yaml: withdrawal.provisions[effect]")
    assert "period" in problem and "P6M" in problem


def test_unknown_fields_and_bad_yaml_are_rejected(rules_copy: Path) -> None:
    _edit(rules_copy / "treaties" / "apmbc.yaml", {"withdrawl": "typo"})
    (rules_copy / "states" / "LTU.yaml").write_text("iso3: [unclosed")
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules_copy)
    text = "\n".join(caught.value.problems)
    assert "rules/treaties/apmbc.yaml: withdrawl: Extra inputs are not permitted" in text
    assert "rules/states/LTU.yaml: not valid YAML" in text


def test_cross_file_errors(rules_copy: Path) -> None:
    _edit(rules_copy / "treaties" / "npt.yaml", {"depositary": "nobody", "aliases": ["Ottawa Convention"]})
    (rules_copy / "treaties" / "vclt.yaml").rename(rules_copy / "treaties" / "general.yaml")
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules_copy)
    text = "\n".join(caught.value.problems)
    assert "depositary: 'nobody' has no file in depositaries/" in text
    assert "'Ottawa Convention' is also an alias of" in text
    assert "must equal the file name 'general'" in text


def test_version_is_a_content_hash(rules_copy: Path, rulebook: Rulebook) -> None:
    assert load_rulebook(rules_copy).version == rulebook.version
    path = rules_copy / "treaties" / "ccm.yaml"
    path.write_text(path.read_text() + "\n# reviewed again\n")
    assert load_rulebook(rules_copy).version != rulebook.version
