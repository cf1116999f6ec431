"""Draft one treaty's rule file from its text: find the clause, read its patterns, write the provisions.

Every provision carries its citation (article and paragraph), the sentence it came from verbatim, the source
URL and ``verification: drafted``. Sentences about leaving the treaty that match no known pattern become
``needs_review`` provisions; a text with no withdrawal or denunciation clause is left to the general law
(VCLT Art. 56), and the draft says the reader found none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.drafting import patterns
from app.drafting.articles import Article, Paragraph, clean, is_english, split_articles
from app.drafting.depositary import Named, depositary_of, name_in
from schemas.periods import describe_period
from schemas.rules import Treaty

READER = "clause reader (treatyexit rules draft) v1"
UNNAMED_DEPOSITARY = "unnamed"
_CLAUSE_TITLE = re.compile(r"denunciation|withdrawal|duration|termination|validity|denounce", re.I)


class DraftError(ValueError):
    """The text cannot be drafted (no English articles, no file): nothing is written."""


@dataclass(frozen=True)
class TextInfo:
    """A text of the reference corpus: its file, English title and the upstream address to cite."""

    path: Path
    title: str | None
    upstream: str | None

    @classmethod
    def of(cls, path: Path) -> TextInfo:
        index = path.parent / "index.json"
        if index.exists():
            for entry in json.loads(index.read_text(encoding="utf-8")):
                if entry.get("id") == path.stem:
                    return cls(path, _clean_title(entry.get("title_en") or ""), entry.get("upstream"))
        return cls(path, None, None)


def _clean_title(title: str) -> str | None:
    title = re.sub(r"<sup>.*?</sup>|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", title)
    title = re.sub(r"\s+", " ", title).strip(" .")
    return title or None


@dataclass
class _Reading:
    """What was read from the clause, provision by provision, in order."""

    provisions: list[dict[str, Any]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def add(self, base: str, values: dict[str, Any]) -> None:
        name, n = base, 2
        while name in self.ids:
            name, n = f"{base}-{n}", n + 1
        self.ids.add(name)
        first: dict[str, Any] = {k: values[k] for k in ("kind", "rule", "cite", "text") if k in values}
        self.provisions.append({"id": name, **first, **values})

    def has(self, kind: str) -> bool:
        return any(p["kind"] == kind for p in self.provisions)


def _score(article: Article) -> int:
    sentences = [s for p in article.paragraphs for s in patterns.split_sentences(p.text)]
    about = [s for s in sentences if patterns.about_withdrawal(s)]
    if not about:
        return 0
    score = sum(
        2
        for s in about
        for pattern in (patterns.RIGHT, patterns.NOTICE, patterns.RECURRING)
        if pattern.search(s) and not patterns.NO_RESERVATION.search(s)
    ) + sum(2 for s in about if patterns.speaks_of_effect(s))
    if article.title and _CLAUSE_TITLE.search(article.title):
        score += 5
    if any(re.search(r"reservation|declaration|amendment", s, re.I) for s in about) and not article.title:
        score -= 1
    return score


def find_clause(articles: list[Article]) -> list[Article]:
    """The withdrawal or denunciation article, and a separate duration article where there is one."""
    scored = sorted(((a, _score(a)) for a in articles), key=lambda item: -item[1])
    best = [a for a, s in scored if s >= 2]
    if not best:
        return []
    chosen = [best[0]]
    duration = next(
        (
            a
            for a in articles
            if a is not best[0]
            and ((a.title and re.search(r"duration|validity", a.title, re.I)) or patterns.DURATION.search(a.text))
            and re.search(r"denounc|withdraw|in\s+force", a.text, re.I)
            and _score(a) >= 0
        ),
        None,
    )
    if duration is not None and abs(articles.index(duration) - articles.index(best[0])) <= 2:
        chosen.append(duration)
    return sorted(chosen, key=articles.index)


def _base(article: Article, paragraph: Paragraph, sentence: str, source: str) -> dict[str, Any]:
    return {
        "cite": article.cite(paragraph), "text": sentence, "wording": "verbatim", "source": source,
        "verification": "drafted",
    }  # fmt: skip


def _needs_review(about: str, reason: str) -> dict[str, Any]:
    return {"kind": "needs_review", "about": about, "reason": reason}


def _instrument(sentence: str, verb: str) -> str:
    m = re.search(r"(instrument|notification|notice|act)\s+of\s+(denunciation|withdrawal)", sentence, re.I)
    if m:
        return m.group(0)
    if re.search(r"by\s+an\s+act\s+communicated", sentence, re.I):
        return f"act of {verb}"
    written = "written " if re.search(r"written|in\s+writing", sentence, re.I) else ""
    return f"{written}notification of {verb}"


def read_clause(clause: list[Article], source: str, depositary: Named | None) -> _Reading:
    """Each sentence of the clause, read against the known patterns."""
    reading = _Reading()
    verb = (
        "withdrawal"
        if re.search(r"withdraw", " ".join(a.text for a in clause), re.I)
        and not re.search(r"denounc", " ".join(a.text for a in clause), re.I)
        else "denunciation"
    )
    for article in clause:
        window = patterns.read_window(article.text)
        for paragraph in article.paragraphs:
            for sentence in patterns.split_sentences(paragraph.text):
                _read_sentence(reading, article, paragraph, sentence, source, depositary, verb, window)
        if window is not None:
            preconditions = [p for p in reading.provisions if p["kind"] == "precondition"]
            base = preconditions[0] if preconditions else None
            values = {
                "kind": "precondition",
                **window.values,
                "counted_from": base["counted_from"] if base else "entry_into_force",
                "description": (
                    f"Notice only within {describe_period(str(window.values['window_length']))} after the expiry of "
                    f"the first {describe_period(str(window.values['in_force_for']))} and of each later period of "
                    f"{describe_period(str(window.values['window_every']))}."
                ),
                "cite": article.cite(),
                "text": window.words,
                "wording": "verbatim",
                "source": source,
                "verification": "drafted",
            }
            if base is not None:
                reading.provisions.remove(base)
                reading.ids.discard(base["id"])
            reading.add("window", values)
    return reading


_TERRITORIAL = re.compile(
    r"in\s+respect\s+of\s+(?:any|a|the|such)\s+territor|declaration\s+made\s+under|^(?:Any|A|The|Such)\s+declaration",
    re.I,
)


@dataclass(frozen=True)
class _Sentence:
    """One sentence of the clause with what is known of it before its patterns are read."""

    text: str
    base: dict[str, Any]
    about: bool  # it speaks of leaving the treaty
    territorial: bool  # it is about a territory or a declaration, not about the treaty as a whole


def _read_sentence(
    reading: _Reading,
    article: Article,
    paragraph: Paragraph,
    sentence: str,
    source: str,
    depositary: Named | None,
    verb: str,
    window: patterns.Read | None,
) -> None:
    s = _Sentence(
        sentence,
        _base(article, paragraph, sentence, source),
        patterns.about_withdrawal(sentence),
        bool(_TERRITORIAL.search(sentence)),
    )
    read_something = _read_terms(reading, s, depositary, verb)
    if _read_effect(reading, s, read_something):
        return
    if s.about and not read_something and not (window and window.words in paragraph.text):
        reason = "Words on leaving the treaty that the reader did not encode."
        reading.add("other", {**s.base, **_needs_review("other", reason)})


def _read_terms(reading: _Reading, s: _Sentence, depositary: Named | None, verb: str) -> bool:
    """The right, a minimum time in force and the notice (who receives what); True when one was read."""
    read_something = False
    if s.about and not reading.has("right") and patterns.RIGHT.search(s.text):
        reading.add("right", {**s.base, "kind": "right", "exists": "yes", "basis": f"express {verb} clause"})
        read_something = True
    if s.about and not s.territorial and (minimum := patterns.read_minimum(s.text)):
        n = str(minimum.values["in_force_for"])
        whose = "for the State" if minimum.values["counted_from"] == "entry_into_force_for_state" else "in general"
        description = f"Notice may be given only after the treaty has been in force {whose} for {describe_period(n)}."
        reading.add(
            "minimum-in-force", {**s.base, "kind": "precondition", **minimum.values, "description": description}
        )
        read_something = True
    if not s.territorial and patterns.NOTICE.search(s.text) and not reading.has("notice"):
        named = name_in(s.text) or depositary
        if s.about or named:
            recipient = named.words if named else "the depositary (not named in the clause)"
            instrument = _instrument(s.text, verb)
            reading.add("notice", {**s.base, "kind": "notice", "instrument": instrument, "recipients": [recipient]})
            read_something = True
    return read_something


def _read_effect(reading: _Reading, s: _Sentence, read_something: bool) -> bool:
    """When the withdrawal takes effect (or the words the reader could not read); True when the sentence is done."""
    if s.about and not reading.has("effect") and patterns.RECURRING.search(s.text):
        reason = (
            "Successive periods of validity: a denunciation takes effect at the end of a period, which the reader "
            "cannot date without the treaty's entry into force (encode as end_of_recurring_period)."
        )
        reading.add("effect", {**s.base, **_needs_review("effect", reason)})
        return True
    if s.about and patterns.SURVIVAL.search(s.text):
        reading.add("survival", {**s.base, "kind": "survival", "obligations": [s.text]})
        return True
    if s.about and not s.territorial and not reading.has("effect") and not patterns.NO_RESERVATION.search(s.text):
        effect = patterns.read_effect(s.text)
        if effect is not None:
            reading.add("effect", {**s.base, "kind": "effect", **effect.values})
            if patterns.SURVIVAL.search(s.text):
                reading.add("survival", {**s.base, "kind": "survival", "obligations": [s.text]})
            return True
    if not patterns.speaks_of_effect(s.text) or not (s.about or re.match(r"(?:It|This|Such|The)\b", s.text)):
        return False
    effect = patterns.read_effect(s.text)
    if patterns.NO_RESERVATION.search(s.text) and not re.search(
        r"(?:denunciation|withdrawal)\s+(?:from|of\s+(?:this|the\s+present))|such\s+(?:denunciation|withdrawal)",
        s.text,
        re.I,
    ):
        effect = None  # the effect of withdrawing a reservation or a declaration, not of leaving
        if not s.about:
            return True
    if effect is not None and not s.territorial and not reading.has("effect"):
        reading.add("effect", {**s.base, "kind": "effect", **effect.values})
        return True
    if effect is not None or s.territorial:
        reason = (
            "A second rule on the effect (for a territory, a declaration or another case): not encoded; the main "
            "effect rule is the first one."
        )
        reading.add("territory" if s.territorial else "other", {**s.base, **_needs_review("other", reason)})
        return True
    if s.about and not read_something and not reading.has("effect"):
        reason = "The effect of this sentence matches no pattern the reader knows."
        reading.add("effect", {**s.base, **_needs_review("effect", reason)})
        return True
    return False


_WITHDRAWAL_WORDS = re.compile(r"[^.\n]{0,200}\b(?:denounce|denunciation|withdraw\s+from)\b[^.\n]{0,200}\.?", re.I)


def _unplaced(text: str, source: str) -> _Reading:
    """No clause was found among the articles, but the text may still speak of leaving (an article the splitter
    missed): then the words are kept for review and the general law is not applied as if the treaty were silent."""
    reading = _Reading()
    for match in _WITHDRAWAL_WORDS.finditer(text):
        words = clean(match.group(0))
        if patterns.about_withdrawal(words):
            base = {"cite": "article not identified", "text": words, "source": source, "verification": "drafted"}
            reason = "Words on leaving the treaty that the reader could not place in an article or read."
            reading.add("effect", {**base, **_needs_review("effect", reason)})
            reading.add("right", {**base, **_needs_review("right", reason)})
            break
    return reading


def _fill_gaps(reading: _Reading, clause: list[Article], source: str) -> None:
    """A clause was found but its effect (or the right) was not read: say so with the words, so the general
    law's defaults (VCLT Art. 56: twelve months) are not silently applied to a treaty that is not silent."""
    sentences = [
        (article, paragraph, sentence)
        for article in clause
        for paragraph in article.paragraphs
        for sentence in patterns.split_sentences(paragraph.text)
    ]
    about = [item for item in sentences if patterns.about_withdrawal(item[2])] or sentences
    if not any(p["kind"] == "effect" for p in reading.provisions):
        article, paragraph, sentence = next((i for i in about if patterns.speaks_of_effect(i[2])), about[-1])
        reason = "The reader found the clause but no rule on when a withdrawal takes effect that it can read."
        reading.add("effect", {**_base(article, paragraph, sentence, source), **_needs_review("effect", reason)})
    if not reading.has("right") and not any(p.get("about") == "right" for p in reading.provisions):
        article, paragraph, sentence = about[0]
        reason = "The reader found the clause but did not read who may withdraw or denounce, and when."
        reading.add("right", {**_base(article, paragraph, sentence, source), **_needs_review("right", reason)})


def draft(
    path: Path,
    treaty_id: str,
    *,
    today: dt.date | None = None,
    info: TextInfo | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """The rule file for ``treaty_id`` drafted from the text at ``path`` (a dict, validated as a Treaty).

    ``source`` is the address the quotes are cited to; by default the ``upstream`` of the text in the
    ``index.json`` beside it. A text with no address cannot be drafted: every quote needs one."""
    if not path.exists():
        raise DraftError(f"{path}: no such file")
    info = info or TextInfo.of(path)
    if source is None and info.upstream is None:
        raise DraftError(f"{path.name}: no source address (no index.json entry): give the text's URL")
    text = path.read_text(encoding="utf-8", errors="replace")
    articles = split_articles(text)
    if not articles:
        raise DraftError(f"{path.name}: no English articles found (the reader reads the English text only)")
    title = info.title or _heading_title(text) or treaty_id
    source = source or str(info.upstream)
    sentences = [s for a in articles for p in a.paragraphs for s in patterns.split_sentences(p.text)]
    named = depositary_of(sentences)
    clause = find_clause(articles)
    reading = read_clause(clause, source, named) if clause else _unplaced(text, source)
    if clause:
        _fill_gaps(reading, clause, source)
    recipient = next((name_in(p["text"]) for p in reading.provisions if p["kind"] == "notice"), None) or named
    depositary = recipient.depositary if recipient else UNNAMED_DEPOSITARY
    today = today or dt.date.today()
    note = (
        f"Drafted by the {READER} from the English text of {path.name} (Dutch Treaty Database, mirror "
        "statengeneraal/laws-markdown) on "
        f"{today.isoformat()}; Markdown links removed from the quotes. Not checked by a person: every provision is "
        "'drafted' and the answer says so."
    )
    if not clause and reading.provisions:
        note += (
            " The reader found no withdrawal or denunciation article, but the text speaks of leaving the treaty: the "
            "words are kept for review and no date is computed."
        )
    elif not clause:
        note += (
            " The reader found no withdrawal, denunciation or duration article in the English text: if there is "
            "none, the general law applies (VCLT Art. 56: no right of withdrawal unless the parties intended one "
            "or it is implied by the treaty's nature; twelve months' notice)."
        )
    if depositary == UNNAMED_DEPOSITARY:
        note += " The depositary was not recognised in the text."
    data: dict[str, Any] = {
        "id": treaty_id,
        "name": title,
        "short_name": title if len(title) <= 90 else title[:87].rsplit(" ", 1)[0] + "...",
        "aliases": [],
        "kind": "multilateral",
        "depositary": depositary,
        "text_source": {"url": source, "title": f"Dutch Treaty Database (English text), {path.stem}"},
        "withdrawal": {
            "article": " and ".join(a.label for a in clause) if clause else None,
            "title": " / ".join(a.title for a in clause if a.title) or None if clause else None,
            "text": "\n\n".join(a.text for a in clause) + "\n" if clause else None,
            "wording": "verbatim" if clause else None,
            "source": source,
            "verification": "drafted",
            "drafted": {"by": READER, "on": today, "text": path.name},
            "note": note,
            "provisions": reading.provisions,
        },
    }
    Treaty.model_validate(data)
    return data


def _title_case(title: str) -> str:
    small = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "relating"}
    words = title.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


GENERIC_HEADINGS = {"international labour conference", "international labor conference", "league of nations"}
"""Headings above the title in some texts (ILO conventions, League of Nations treaties): not titles."""


def _heading_title(text: str) -> str | None:
    """The English title: the first heading that is not a generic one, or an opening line that starts like a
    title ("Convention (No. 81) concerning labour inspection ...")."""
    for line in text.splitlines()[:25]:
        m = re.match(r"^#{3,4}\s*(.+?)\s*$", line) or re.match(
            r"^((?:Convention|Protocol|Agreement|Treaty|Charter)\b.{10,200}?)\s*$", line.strip()
        )
        if not m or len(m.group(1)) <= 8:
            continue
        title = _clean_title(m.group(1).lstrip("- "))
        if not title or title.casefold() in GENERIC_HEADINGS or not is_english(f"the {title} of this"):
            continue
        return _title_case(title) if title.isupper() else title
    return None


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(data: dict[str, Any]) -> str:
    header = (
        f"# {data['short_name']} — DRAFTED by the clause reader, not reviewed. Review next to the text of "
        f"{data['withdrawal']['article'] or 'the whole treaty (no clause found)'}.\n"
    )
    return header + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
