"""The fast fuzzy matcher (app/services/fuzzy.py) gives what scoring every name gives: the bound it prunes with
never drops a name that reaches the cutoff; and unknown names keep their closest matches, remembered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from app.rulebook import Rulebook, load_rulebook
from app.services.fuzzy import NameMatcher, ranked_ids
from app.services.lookup import NotFound, _key, _label_index, _matcher, alias_index, find_state, find_treaty
from app.settings import get_settings
from tests.run_lengths import RunLengths

LABELS = _label_index()
STATES = NameMatcher(LABELS)
EXAMPLES = RunLengths().fuzz_examples  # 80 in CI, 2,000 with --release


def exhaustive(matcher: NameMatcher, key: str, cutoff: float) -> list[tuple[str, float]]:
    found = process.extract(key, matcher.names, scorer=fuzz.WRatio, limit=25, score_cutoff=cutoff)
    return ranked_ids((matcher.index[name], score) for name, score, _ in found)


class Names(list[str]):
    def __repr__(self) -> str:  # hypothesis shows the strategy's arguments: not a thousand names
        return f"<{len(self)} names>"


@st.composite
def misspellings(draw: st.DrawFn, names: list[str]) -> str:
    """A name with a few letters dropped, doubled or swapped, words added, or any text at all."""
    name = draw(st.sampled_from(names))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, max(len(name) - 2, 0)))
        edit = draw(st.sampled_from(["drop", "double", "swap", "word"]))
        if edit == "drop":
            name = name[:at] + name[at + 1 :]
        elif edit == "double":
            name = name[: at + 1] + name[at:]
        elif edit == "swap":
            name = name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :]
        else:
            name = f"{name} {draw(st.sampled_from(['republic', 'of', 'the', '7', 'convention', 'x']))}"
    return draw(st.one_of(st.just(name), st.text(max_size=40))) if draw(st.booleans()) else name


@settings(max_examples=EXAMPLES, deadline=None)
@given(query=misspellings(Names(STATES.names)), cutoff=st.sampled_from([55.0, 88.0]))
def test_the_pruned_scores_equal_scoring_every_state_name(query: str, cutoff: float) -> None:
    key = _key(query)
    assert STATES.ranked(key, cutoff) == exhaustive(STATES, key, cutoff)


TREATIES = _matcher(alias_index(load_rulebook(get_settings().rules_dir)))


@settings(max_examples=EXAMPLES, deadline=None)
@given(query=misspellings(Names(TREATIES.names)), cutoff=st.sampled_from([55.0, 88.0]))
def test_the_pruned_scores_equal_scoring_every_treaty_name(query: str, cutoff: float) -> None:
    treaties, key = TREATIES, _key(query)
    assert treaties.ranked(key, cutoff) == exhaustive(treaties, key, cutoff)
    bounds = treaties.upper_bounds(key)
    assert all(fuzz.WRatio(key, name) <= bounds[row] + 1e-6 for row, name in enumerate(treaties.names))


def test_the_bound_is_never_below_the_score() -> None:
    for key in ["lithuanai 0 0", "republic of lithuaina and stuff", "germnay", "u s a", "kyiv's government", "of"]:
        bounds = STATES.upper_bounds(key)
        for row, name in enumerate(STATES.names):
            assert fuzz.WRatio(key, name) <= bounds[row] + 1e-6, (key, name)


@pytest.mark.parametrize(
    ("written", "first"),
    [("Lithuanai 12-3", "LTU"), ("Polnad 5-1", "POL"), ("Germnay 0-6", "DEU"), ("Frnace 1-1", "FRA")],
)
def test_an_unknown_name_with_a_suffix_offers_the_state_first_and_the_same_again(written: str, first: str) -> None:
    for _ in range(2):  # the second time from the remembered guess: the same answer
        with pytest.raises(NotFound) as unknown:
            find_state(written)
        assert unknown.value.close_matches[0] == first
        assert written in str(unknown.value)


def test_a_remembered_treaty_guess_is_raised_with_the_name_as_written(rulebook: Rulebook) -> None:
    index = alias_index(rulebook)
    for written in ("Otawa Protocol", "otawa  protocol"):  # the same key, two spellings
        with pytest.raises(NotFound) as unknown:
            find_treaty(rulebook, index, written)
        assert unknown.value.close_matches[0] == "apmbc" and repr(written) in str(unknown.value)
