"""Benchmark and corpus score of the newsroom reader (issue 14).

Prints:
- the labelled corpus (tests/data/articles/*.yaml): recall, precision and verdict accuracy per claim kind, and
  the inaccurate claims (labelled inconsistent / partly_consistent) that were not flagged;
- reading speed on one core: a 20-paragraph article (p50/p95 of repeated runs, find + check), 100 KB of text,
  1,000 structured claims, 1,000 unknown names (claims naming treaties that do not exist).

A labelled claim is found when the reader gives a claim of the same kind (``acceded`` counts as ``ratified``),
treaty and state whose sentence overlaps the labelled quote. With ``--structured``, each labelled claim is also
sent as a structured claim and judged alone (verdict accuracy on all labels, independent of finding).
Usage: ``python bench/claims.py [--corpus-only] [--structured] [-v] [--no-backoff] [--only SLUG_PART[,...]]``
(``--only`` scores just the articles whose slug contains one of the parts: a held-out batch, say;
``--no-backoff`` reads with the construction readers alone, without app/reading/backoff.py, for comparison).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.reading import ClaimFinder, Found  # noqa: E402
from app.reading.pipeline import build_reading  # noqa: E402
from app.rulebook import Rulebook, load_rulebook  # noqa: E402
from app.services.assessment import AssessmentService  # noqa: E402
from app.services.checks import CheckService  # noqa: E402
from schemas.checks import CheckResult, Claim  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
_SAME_KIND = {"acceded": "ratified"}
_INACCURATE = ("inconsistent", "partly_consistent")
_ABOUT_TREATY = {"rule", "notice_period", "parties_count", "entry_into_force", "signed"}
# The speed inputs: these corpus articles, in this order (the first 72 in slug order on 2026-12-06, main ae34f47,
# when the bench cut its inputs from the whole corpus in slug order, so that an article added later changed them).
# The 20-paragraph article is their first 20 paragraphs over 200 characters (from the first 11); 100 KB of text
# is their texts joined, cut at 100,000 bytes. Pinned so that figures stay comparable as the corpus grows.
SPEED_SLUGS = (
    "aa-2025-05-08-lithuania-ottawa-seimas-vote", "aantv-2025-09-23-three-west-african-countries-quit-icc",
    "aawsat-2024-01-28-burkina-mali-niger-quit-ecowas", "abdpost-2025-01-24-un-confirms-us-who-exit",
    "abscbn-2018-03-14-ph-to-withdraw-from-icc", "abscbn-2021-03-16-supreme-court-junks-petition-ph-icc-withdrawal",
    "acronym-2002-06-13-bush-abm-withdrawal-takes-effect", "adnkronos-2025-06-26-poland-sejm-ottawa",
    "aemansworld-2004-11-30-kyoto-still-no-go-for-us", "afp-2019-08-02-us-abandons-inf",
    "afp-2023-07-11-us-full-member-unesco-again", "afpfactcheck-2025-03-17-duterte-icc-dissent-misrepresented",
    "africanews-2016-10-18-nkurunziza-signs-law-burundi-icc", "afrinz-2024-12-16-ecowas-sets-sahel-withdrawal-date",
    "afrol-2007-08-20-mauritania-ecowas-comeback", "akparti-2021-04-30-erdogan-turkey-withdrew-march-19",
    "aldia-2021-11-19-nicaragua-asks-to-leave-oas", "aljazeera-2019-03-17-philippines-out-of-icc",
    "alternet-2002-05-06-bush-unsigns-icc-treaty", "amnestyuk-2000-03-28-trinidad-withdraws-optional-protocol",
    "amnewsworld-2025-01-27-sahel-states-prepare-ecowas-exit", "aol-2018-12-26-japan-to-withdraw-iwc",
    "ap-2017-10-27-burundi-leaves-icc", "ap-2021-01-15-russia-follows-us-out-of-open-skies",
    "ap-2023-02-21-putin-suspends-new-start", "ap-2023-10-18-duma-votes-to-revoke-ctbt-ratification",
    "ap-2023-11-02-putin-signs-bill-revoking-ctbt-ratification",
    "ap-2023-11-07-nato-suspends-cfe-after-russia-pullout", "ap-2023-11-19-us-nicaragua-leaves-oas",
    "ap-2025-01-29-sahel-juntas-formally-leave-ecowas", "ap-2026-01-23-us-completes-who-withdrawal",
    "armscontrol-2021-03-01-russia-may-leave-open-skies", "asahi-2025-02-03-world-must-stem-warming-editorial",
    "asianet-2026-01-08-trump-pulls-us-out-climate-treaty", "asiaplus-2009-08-18-georgia-cis-withdrawal-tajik-expert",
    "asiatimes-2019-03-19-philippines-icc-drug-war-killings",
    "asil-2013-01-09-venezuela-denunciation-american-convention", "asil-2019-02-01-us-announces-inf-withdrawal",
    "asil-2019-11-04-us-submits-paris-withdrawal-notice", "asil-2020-11-04-us-paris-withdrawal-effective-today",
    "atalayar-2021-07-01-turkey-officially-leaves-istanbul", "aviation24-2020-11-22-us-formally-withdraws-open-skies",
    "axar-2016-11-16-russia-pull-out-icc", "axios-2018-10-20-us-to-pull-out-of-inf-treaty",
    "azerbaycan24-2021-06-18-russia-quit-open-skies-december-18", "azertac-2018-12-03-qatar-withdraw-opec",
    "b92-2025-05-20-hungary-parliament-icc-withdrawal", "babel-2024-02-01-armenia-becomes-party-rome-statute",
    "babel-2025-06-25-poland-sejm-votes-ottawa-exit", "baltictimes-2025-06-04-estonia-to-withdraw-ottawa",
    "bbc-2017-06-02-us-quits-paris-climate-pact", "bbc-2020-01-31-moment-uk-left-eu",
    "bbc-2025-04-03-hungary-to-withdraw-from-icc", "bblv-2025-12-27-latvia-withdrawal-ottawa-in-force",
    "bhrrc-2023-07-20-portugal-to-withdraw-ect", "bianet-2021-07-01-turkey-istanbul-withdrawal-final",
    "bignewsnetwork-2020-11-23-us-leaves-open-skies", "bilaterals-2009-07-15-ecuador-shakes-up-international-fora",
    "bizbridge-2019-06-30-japan-quits-iwc-resumes-whaling",
    "bizwatchnigeria-2023-04-05-finland-becomes-natos-31st-member", "bns-2024-07-18-lithuania-ccm-vote",
    "breakinglatest-2023-11-09-nicaragua-to-leave-oas", "breakingthenews-2025-07-22-us-confirms-unesco-exit-2026",
    "brecorder-2007-05-09-bolivia-withdraws-icsid", "brecorder-2025-07-22-trump-pulls-us-out-of-unesco-second-time",
    "brusselssignal-2025-10-31-latvia-votes-quit-istanbul", "brusselstimes-2026-01-27-us-leaves-paris-again",
    "bta-2025-06-29-ukraine-withdraws-ottawa", "buzzfeednews-2021-01-20-biden-rejoins-paris-agreement",
    "bworld-2018-03-16-philippines-submits-icc-withdrawal-notice",
    "cadtm-2007-05-02-bolivia-venezuela-nicaragua-withdraw-icsid", "caliber-2024-07-11-lithuania-ccm-first-reading",
)  # fmt: skip


@dataclass
class Article:
    slug: str
    text: str
    published: dt.date
    labels: list[dict[str, Any]]


@dataclass
class Score:
    """Counts per kind: labelled, found among labelled, reported, reported and labelled, verdicts right."""

    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)
    true_reports: Counter[str] = field(default_factory=Counter)
    verdict_right: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_verdicts: list[str] = field(default_factory=list)
    unflagged: list[str] = field(default_factory=list)

    def ratio(self, a: Counter[str], b: Counter[str], kind: str | None = None) -> float:
        top = sum(a.values()) if kind is None else a[kind]
        bottom = sum(b.values()) if kind is None else b[kind]
        return top / bottom if bottom else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found, self.labelled)

    @property
    def precision(self) -> float:
        return self.ratio(self.true_reports, self.reported)

    @property
    def verdict_accuracy(self) -> float:
        return self.ratio(self.verdict_right, self.found)


def load_corpus(folder: Path = ARTICLES) -> list[Article]:
    articles = []
    for meta in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(meta.read_text(encoding="utf-8"))
        text = meta.with_suffix(".txt").read_text(encoding="utf-8")
        published = data["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        articles.append(Article(meta.stem, text, published, list(data.get("claims") or [])))
    return articles


def _kind(kind: str) -> str:
    return _SAME_KIND.get(kind, kind)


def _matches(label: dict[str, Any], found: Found, text: str) -> bool:
    claim: Claim = found.claim
    if _kind(claim.kind) != _kind(label["kind"]) or claim.treaty != label.get("treaty"):
        return False
    if (
        (claim.state or None) != (label.get("state") or None)
        and not (
            claim.kind in _ABOUT_TREATY and not claim.state  # a claim about the treaty, labelled with its context
        )
        and not (claim.kind == "parties_count" and not label.get("state"))
    ):  # 'the 107th party': the count is the treaty's
        return False
    quote = label["quote"]
    start = text.find(quote)
    while start >= 0:  # a sentence the copy repeats (a standfirst and the body): each occurrence is its own claim
        if found.start < start + len(quote) and start < found.end:
            return True
        start = text.find(quote, start + 1)
    return False


def _same_count(label: dict[str, Any], claim: Claim) -> bool:
    """A count labelled and a count read give the same number ('59 ratifications' and '59 ratifications'): where a
    sentence holds two counts, each label is scored against its own."""
    if _kind(label["kind"]) != "parties_count" or claim.kind != "parties_count":
        return False
    wanted, read = re.search(r"\d+", str(label["value"])), re.search(r"\d+", claim.value)
    return wanted is not None and read is not None and wanted.group() == read.group()


def score(articles: list[Article], finder: ClaimFinder, checks: CheckService) -> Score:
    result = Score()
    for article in articles:
        found = finder.find(article.text, article.published)
        verdicts: dict[int, CheckResult] = {i: checks.check(f.claim, article.published) for i, f in enumerate(found)}
        used: set[int] = set()
        for label in article.labels:
            kind = _kind(label["kind"])
            result.labelled[kind] += 1
            hits = [i for i, f in enumerate(found) if i not in used and _matches(label, f, article.text)]
            hits = hits or [i for i, f in enumerate(found) if _matches(label, f, article.text)]
            where = f"{article.slug}: {kind} {label.get('state') or ''} {label['value']!r} «{label['quote'][:90]}»"
            if not hits:
                result.missed.append(where)
                if label["verdict"] in ("inconsistent", "partly_consistent"):
                    result.unflagged.append(f"{where} (not found)")
                continue
            counted = [i for i in hits if _same_count(label, found[i].claim)]
            hits = counted or hits  # two counts in a sentence ('86 States have signed and 59 ... ratified')
            best = next((i for i in hits if verdicts[i].verdict == label["verdict"]), hits[0])
            used.add(best)
            result.found[kind] += 1
            got = verdicts[best]
            if got.verdict == label["verdict"]:
                result.verdict_right[kind] += 1
            else:
                result.wrong_verdicts.append(
                    f"{where}: read {found[best].claim.value!r}, said {got.verdict} ({got.correct_value}), "
                    f"label {label['verdict']} ({label.get('correct')})"
                )
            if label["verdict"] in ("inconsistent", "partly_consistent") and got.verdict not in (
                "inconsistent",
                "partly_consistent",
            ):
                result.unflagged.append(f"{where}: said {got.verdict}")
        for f in found:
            kind = _kind(f.claim.kind)
            result.reported[kind] += 1
            if any(_matches(label, f, article.text) for label in article.labels):
                result.true_reports[kind] += 1
            else:
                result.spurious.append(
                    f"{article.slug}: {kind} {f.claim.treaty} {f.claim.state or ''} {f.claim.value!r} «{f.quote[:90]}»"
                )
    return result


def table(result: Score) -> str:
    kinds = sorted(set(result.labelled) | set(result.reported))
    lines = [
        "| kind | labelled | found | recall | reported | precision | verdict right |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in kinds:
        lines.append(
            f"| {kind} | {result.labelled[kind]} | {result.found[kind]} | "
            f"{result.ratio(result.found, result.labelled, kind):.0%} | {result.reported[kind]} | "
            f"{result.ratio(result.true_reports, result.reported, kind):.0%} | "
            f"{result.ratio(result.verdict_right, result.found, kind):.0%} |"
        )
    lines.append(
        f"| **all** | {sum(result.labelled.values())} | {sum(result.found.values())} | {result.recall:.0%} | "
        f"{sum(result.reported.values())} | {result.precision:.0%} | {result.verdict_accuracy:.0%} |"
    )
    return "\n".join(lines)


# --- structured mode: the labelled claims judged directly, independent of finding them ----------------------

_COMPARATORS = {">": "more_than", "<": "fewer_than", "~": "about"}


def label_claim(label: dict[str, Any], published: dt.date) -> Claim | None:
    """The labelled claim as a structured claim (the form POST /v1/checks takes), or None when the label's value is
    prose no structured claim can hold ("only LTU among EU members bordering Russia"). Parenthesised notes are
    dropped, except a count's date ("164 (in 1999)", "180 (2016-09-15)") and an accession ("2011 (accession)" is
    an ``acceded`` claim; "2016-09 (present tense)" a claim in the present tense, as the reader gives a headline's
    'Micronesia signs'; "false (past tense)" one in the past, 'was never a state party'; "2017-12-13 (accession;
    present tense)" both)."""
    kind, value = label["kind"], str(label["value"]).strip()
    comparator = "exactly"
    tense: Literal["present", "past"] | None = None
    note = re.search(r"\s*\(([^)]*)\)$", value)
    if note:
        value = value[: note.start()]
        parts = [p.strip() for p in note.group(1).split(";")]
        tense = "present" if "present tense" in parts else "past" if "past tense" in parts else None
        if kind == "ratified" and "accession" in parts:
            kind = "acceded"
        elif kind == "parties_count" and note.group(1).startswith(("in ", "on ")):
            value += " " + note.group(1)
        elif kind == "parties_count" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", note.group(1)):
            value += " on " + note.group(1)  # "180 signatories (2016-09-15)": the count on that day
    if kind == "parties_count" and value[:1] in _COMPARATORS:
        comparator, value = _COMPARATORS[value[0]], value[1:]
    on = None
    if kind == "bound_on":
        bound = re.fullmatch(r"(not bound|member|bound) (from|until) (\d{4}-\d\d-\d\d)", value)
        if bound:
            on = dt.date.fromisoformat(bound.group(3))
            value = "false" if bound.group(1) == "not bound" else "true"
            if bound.group(2) == "until":  # a member until the day it takes effect: bound the day before
                on -= dt.timedelta(days=1)
        elif value.startswith("bound until"):
            value = "true"
    value = re.sub(r"(T\d\d:\d\d)(?! [A-Z][A-Za-z_]+/[A-Za-z_/+-]+$).*$", r"\1", value)  # a time of day: on the
    # withdrawing state's clock, or on a named zone's ('T00:00 Europe/Brussels', kept for the judge)
    if value.endswith("T24:00"):  # "24:00 CET on 31 January": the end of that day, in Brussels
        value = value[: -len("T24:00")]
    if kind in ("joined", "signed") and value.startswith(("only ", "all ")):
        return None
    return Claim(
        kind=kind, treaty=label.get("treaty"), state=label.get("state"), value=value, comparator=comparator,
        on=on, as_of=published, body=label.get("body"), tense=tense,
    )  # fmt: skip


def score_structured(articles: list[Article], checks: CheckService) -> tuple[Score, list[str]]:
    """Verdict accuracy on every labelled claim sent as a structured claim (the judging alone)."""
    result, prose = Score(), []
    for article in articles:
        for label in article.labels:
            kind = _kind(label["kind"])
            where = f"{article.slug}: {kind} {label.get('state') or ''} {label['value']!r}"
            claim = label_claim(label, article.published)
            result.labelled[kind] += 1
            if claim is None:
                prose.append(where)
                continue
            result.found[kind] += 1
            got = checks.check(claim, article.published)
            if got.verdict == label["verdict"]:
                result.verdict_right[kind] += 1
            else:
                result.wrong_verdicts.append(
                    f"{where}: said {got.verdict} ({got.correct_value}): {got.explanation[:160]} | label "
                    f"{label['verdict']} ({label.get('correct')})"
                )
            if label["verdict"] in _INACCURATE and got.verdict not in _INACCURATE:
                result.unflagged.append(f"{where}: said {got.verdict}")
    return result, prose


def structured_table(result: Score) -> str:
    lines = ["| kind | labelled | judged | verdict right |", "| --- | ---: | ---: | ---: |"]
    for kind in sorted(result.labelled):
        lines.append(
            f"| {kind} | {result.labelled[kind]} | {result.found[kind]} | "
            f"{result.ratio(result.verdict_right, result.found, kind):.0%} |"
        )
    lines.append(
        f"| **all** | {sum(result.labelled.values())} | {sum(result.found.values())} | {result.verdict_accuracy:.0%} |"
    )
    return "\n".join(lines)


def _services(rulebook: Rulebook) -> tuple[ClaimFinder, CheckService]:
    return ClaimFinder(rulebook, backoff="--no-backoff" not in sys.argv), CheckService(AssessmentService(rulebook))


def _timed(function: Any, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def speed_articles(articles: list[Article]) -> list[Article]:
    """The articles of :data:`SPEED_SLUGS`, in its order (all of them: a missing one would change the inputs)."""
    by_slug = {a.slug: a for a in articles}
    missing = [slug for slug in SPEED_SLUGS if slug not in by_slug]
    if missing:
        raise SystemExit(f"speed inputs missing from the corpus (renamed?): {missing}")
    return [by_slug[slug] for slug in SPEED_SLUGS]


def _bare_spacy() -> Any:
    """The baseline: spaCy's blank English tokenizer and rule-based sentencizer, nothing of ours."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def speed(rulebook: Rulebook, articles: list[Article]) -> list[str]:
    finder, checks = _services(rulebook)
    articles = speed_articles(articles)
    started = time.perf_counter()
    build_reading(rulebook)
    build = time.perf_counter() - started
    finder.find("Warm-up.", dt.date(2025, 1, 1))
    paragraphs = [p for a in articles for p in a.text.split("\n\n") if len(p) > 200][:20]
    article = "\n\n".join(paragraphs)
    published = dt.date(2025, 7, 1)

    def read_and_check(text: str) -> None:
        for found in finder.find(text, published):
            checks.check(found.claim, published)

    per_article = sorted(_timed(lambda: read_and_check(article), 40))
    p50, p95 = statistics.median(per_article), per_article[int(len(per_article) * 0.95) - 1]
    big = ""
    while len(big.encode()) < 100_000:
        big += "\n\n".join(a.text for a in articles) + "\n\n"
    big = big.encode()[:100_000].decode(errors="ignore")
    big_time = min(_timed(lambda: read_and_check(big), 3))
    bare = _bare_spacy()
    bare_time = min(_timed(lambda: list(bare.pipe(p for p in big.split("\n") if p.strip())), 3))
    claims = [
        Claim(kind="effective_date", treaty="ccm", state="LTU", value="March"),
        Claim(kind="withdrew", treaty="apmbc", state="EST", value="2025-12-27"),
        Claim(kind="notification_date", treaty="apmbc", state="LVA", value="2025-06-27"),
        Claim(kind="rule", treaty="apmbc", value="P6M after parliament's decision"),
        Claim(kind="ratified", treaty="apmbc", state="UKR", value="2005"),
        Claim(kind="vote_tally", treaty="apmbc", state="LTU", value="107-0-3"),
    ]
    thousand = [claims[i % len(claims)] for i in range(1_000)]
    structured = min(_timed(lambda: [checks.check(c, published) for c in thousand], 3))
    runs = iter(range(3))  # new names each run: the lookup remembers the names it resolved

    def unknown() -> list[Claim]:
        run = next(runs)
        return [
            Claim(kind="effective_date", treaty=f"Treaty of Nowhere {run}-{i}", state="LTU", value="March")
            for i in range(1_000)
        ]

    unknown_time = min(_timed(lambda: [checks.check(c, published) for c in unknown()], 3))
    return [
        f"pipeline build, once per process (a served process's start, WARM_READER): {build:.2f} s",
        f"20-paragraph article ({len(article):,} chars), read and checked: p50 {p50 * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms (target < 300 ms)",
        f"100 KB of text, read and checked: {big_time:.2f} s (target < 2 s)",
        f"baseline in the same run: the same 100 KB through a bare spacy.blank('en') with a sentencizer: "
        f"{bare_time:.2f} s (reading and checking cost {big_time / bare_time:.1f}x that; a slower or busier machine "
        "moves both)",
        f"1,000 structured claims (in-process): {structured:.2f} s (target < 1 s)",
        f"1,000 claims naming unknown treaties (close matches from app/services/lookup.py): {unknown_time:.2f} s "
        "(target < 1 s)",
    ]


def main() -> None:
    rulebook = load_rulebook()
    articles = load_corpus()
    if "--only" in sys.argv:
        parts = sys.argv[sys.argv.index("--only") + 1].split(",")
        articles = [a for a in articles if any(part in a.slug for part in parts)]
    finder, checks = _services(rulebook)
    result = score(articles, finder, checks)
    print(f"Corpus: {len(articles)} articles, {sum(len(a.labels) for a in articles)} labelled claims\n")
    print(table(result))
    verbose = "-v" in sys.argv
    for title, items in (
        ("inaccurate claims not flagged", result.unflagged),
        ("wrong verdicts", result.wrong_verdicts),
        ("missed", result.missed),
        ("spurious", result.spurious),
    ):
        print(f"\n{title}: {len(items)}")
        for item in items if verbose or title.startswith("inaccurate") else items[:0]:
            print("  -", item)
    if "--structured" in sys.argv:
        judged, prose = score_structured(articles, checks)
        print("\nStructured: the labelled claims sent as structured claims (judging alone, finding left out)\n")
        print(structured_table(judged))
        for title, items in (
            ("inaccurate claims not flagged (structured)", judged.unflagged),
            ("wrong verdicts (structured)", judged.wrong_verdicts),
            ("labels no structured claim holds", prose),
        ):
            print(f"\n{title}: {len(items)}")
            for item in items if verbose or not title.startswith("wrong") else items[:0]:
                print("  -", item)
    if "--corpus-only" not in sys.argv:
        print("\nSpeed (one process, one core):")
        for line in speed(rulebook, load_corpus()):  # the pinned articles, whatever --only chose
            print("  " + line)
    print(f"\nper kind: {dict(defaultdict(int, result.labelled))}")


if __name__ == "__main__":
    main()
