"""Split a treaty text (the Markdown of the Dutch Treaty Database mirror, or plain text) into articles.

The files hold the Dutch title, then one or more language versions (English, French, Dutch). Only the
English articles are kept: a heading ``Article N`` / ``ARTICLE N`` / ``Art. N`` whose body reads as English;
Dutch ``Artikel`` headings and French bodies are skipped. The first English article with a given number wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:Article|ARTICLE|Art\.)\s+([0-9]+[A-Za-z]?(?:\s*bis|\s*ter)?|[IVXLC]+)\b[ .:]*(.*)$"
)
_OTHER_HEADING = re.compile(r"^\s*#{1,3}(?!#)\s*\S")
_TITLE = re.compile(r"^\s*#{4,6}\s*-?\s*(.+?)\s*$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH = re.compile(r"^\s*(\d{1,2})\s*\.\s+(?=\S)")

_ENGLISH = {"the", "of", "shall", "and", "to", "this", "which", "any", "by", "be", "with", "or", "on"}
_FRENCH = {"le", "la", "les", "des", "du", "et", "est", "sera", "cette", "présente", "par", "aux", "une", "dans"}
_DUTCH = {"de", "het", "van", "een", "en", "zal", "dit", "wordt", "bij", "door", "aan", "voor", "deze"}


def clean(text: str) -> str:
    """Markdown links and HTML tags removed (``[Article 56](../x)`` → ``Article 56``); spaces normalised."""
    text = _TAG.sub("", _LINK.sub(r"\1", text))
    return re.sub(r"[ \t]+", " ", text).strip()


def is_english(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    english = sum(w in _ENGLISH for w in words)
    return english >= 3 and english > sum(w in _FRENCH for w in words) and english > sum(w in _DUTCH for w in words)


@dataclass(frozen=True)
class Paragraph:
    number: str | None
    text: str


@dataclass(frozen=True)
class Article:
    number: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def label(self) -> str:
        return f"Article {self.number}"

    @property
    def text(self) -> str:
        return "\n".join(p.text if p.number is None else f"{p.number}. {p.text}" for p in self.paragraphs)

    def cite(self, paragraph: Paragraph | None = None) -> str:
        if paragraph is None or paragraph.number is None:
            return f"Art. {self.number}"
        return f"Art. {self.number}({paragraph.number})"


def _paragraphs(lines: list[str]) -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    for raw in lines:
        line = clean(raw)
        if not line or line.startswith("#"):
            continue
        match = _PARAGRAPH.match(line)
        if match:
            out.append(Paragraph(match.group(1), line[match.end() :].strip()))
        elif out and out[-1].number is not None and re.match(r"^\(?[a-z]{1,4}\)", line):
            out[-1] = Paragraph(out[-1].number, f"{out[-1].text}\n{line}")  # a sub-paragraph (a), (b)...
        else:
            out.append(Paragraph(None, line))
    return tuple(out)


def split_articles(markdown: str) -> list[Article]:
    """The English articles of ``markdown`` in order of appearance, one per number."""
    articles: list[Article] = []
    seen: set[str] = set()
    current: tuple[str, str | None, list[str]] | None = None

    def close() -> None:
        if current is None:
            return
        number, title, body = current
        paragraphs = _paragraphs(body)
        text = " ".join(p.text for p in paragraphs)
        if number not in seen and paragraphs and is_english(f"{title or ''} {text}"):
            seen.add(number)
            articles.append(Article(number, title, paragraphs))

    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading and (line.lstrip().startswith("#") or len(line) < 60):
            close()
            rest = clean(heading.group(2)).strip(" -–:.")
            current = (re.sub(r"\s+", " ", heading.group(1)), rest or None, [])
            continue
        if current is None:
            continue
        if _OTHER_HEADING.match(line):  # a PART / CHAPTER heading, or the start of another language version
            close()
            current = None
            continue
        title = _TITLE.match(line)
        if title and not any(x.strip() for x in current[2]) and current[1] is None:
            current = (current[0], clean(title.group(1)).strip(" -–"), current[2])
            continue
        if title:
            continue  # chapter titles between articles
        current[2].append(line)
    close()
    return articles
