"""The cheap screens in front of the filters: each gives the answer of the full test it stands for.

A screen rules lines out with a few ``str`` operations so that the filter's patterns run on
few lines. A screen that ruled out a line its filter would remove would change what
cleantext does; these properties draw lines from fragments chosen to sit on the edges of
each screen (time letters after digits, credits with white space, one-letter openers,
non-ASCII starts) mixed with arbitrary text.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext import dates, drop, lexicon, patterns, take
from cleantext.pipeline import matching_lines

_DATE_FRAGMENTS = [
    "3pm", "10h30", "2023-07-14T10:00Z", "2023-07-14 10:00", "a.m.", "p.m", "Uhr", "am", "12 pmx",
    "12amuhr", "5 min read", "Published", "July", "14,", "2023", "hours ago", "tmz", "hx", "mx",
    "t", "z", "é", "ß", "Mär", "\u0301a", "10:32", "vor", "ago", "Out", "5 of 10", " ", "\t", "-",
    "/", ".", "14.07.2023", "Monday", "le", "de", "Portion", "\u00a0", "ǅ", "²",
]
_CREDIT_FRAGMENTS = [
    "(AP Photo/Evan Vucci)", "— Twitter/@SecBlinken", "Photo: Reuters", " Photo credit : ",
    "Getty Images", "iStockphoto", "/", ":", "(", ")", " ", "  ", "\t", "\n", "Reuters", "AP",
    "via", "©", ".", "x" * 30, "y" * 70, "Jane Doe", "-", "|", "Foto", "Bild", "@x", " " * 25,
    "ends.", "Instagram /", "(Reuters)", " on ", " from ", "Unsplash", "Pixabay", " file", ", File",
]
_OPENER_FRAGMENTS = [
    "By", "by", "Von", "Écrit par", "Author:", "a", "A", "an", "x", "X", "Facebook", "E-Mail",
    "Suivez-nous", "Updated", "hace", "há", "un'ora", "yesterday", "@", "•", "_", "1", " ", ":",
    ",", "Jane Doe", "ß", "İ", "'s", "Follow", "us", "on", "Twitter",
]


def _lines(fragments):
    built = st.lists(st.sampled_from(fragments), min_size=1, max_size=8).map("".join)
    return st.one_of(built, st.text(max_size=40), st.tuples(built, st.text(max_size=10)).map("".join))


@given(_lines(_CREDIT_FRAGMENTS))
def test_ends_with_credit_answers_as_the_whole_pattern(line):
    assert patterns.ends_with_credit(line) == (patterns.CREDIT_AT_END.search(line) is not None)


@given(_lines(_CREDIT_FRAGMENTS))
def test_credit_candidates_keep_every_credit(line):
    if patterns.ends_with_credit(line):
        assert patterns.credit_candidates([line]) == [0]


@given(_lines(_DATE_FRAGMENTS))
def test_a_word_no_date_line_holds_means_no_date_line(line):
    if dates._other_words(line.casefold())[1]:
        assert not dates._only_date_tokens(line)


def _matching(pattern):
    # Strings the pattern matches whole; hypothesis reads the pattern with ``re``.
    return st.from_regex(re.compile(pattern.pattern, re.IGNORECASE), fullmatch=True)


@given(st.one_of(_matching(patterns.RELATIVE_TIME), _matching(patterns.READING_TIME)))
def test_the_time_words_hold_every_relative_and_reading_time(line):
    lower = line.casefold()
    if patterns.RELATIVE_TIME.fullmatch(lower) or patterns.READING_TIME.fullmatch(lower):
        assert not dates._other_words(lower)[0]


@given(_lines(_DATE_FRAGMENTS))
def test_is_date_line_answers_as_without_its_early_no(line):
    lower = line.casefold()
    full = (
        len(line) <= patterns.MAX_DATE_CHARS
        and (patterns.RELATIVE_TIME.fullmatch(lower) is not None
             or dates._has_digit(line)
             and (patterns.READING_TIME.fullmatch(lower) is not None or dates._only_date_tokens(line)))
    )
    assert dates.is_date_line(line) == full


@given(_lines(_OPENER_FRAGMENTS + _DATE_FRAGMENTS))
def test_the_relative_time_screen_keeps_every_relative_opener(line):
    if dates.may_be_relative(line):
        assert take._starts_like_relative_time([line]) == [0]


@given(_lines(_OPENER_FRAGMENTS))
def test_the_byline_screen_keeps_every_byline(line):
    if take.byline_author(line):
        assert take._may_be_byline([line]) == [0]


@given(_lines(_OPENER_FRAGMENTS + _CREDIT_FRAGMENTS))
def test_the_social_screen_keeps_every_social_line(line):
    if drop.social.judge(line):
        assert drop._may_be_social([line]) == [0]


@given(st.one_of(st.sampled_from(sorted(lexicon.UI_LABELS)), _lines(_OPENER_FRAGMENTS + ["×", "✕", "Close", "Menu", "  ", "\t", "→", "»"])))
def test_the_label_screen_keeps_every_label(line):
    for variant in (line, line.upper(), f"{line} ×", f"» {line}"):
        if drop.ui_labels.judge(variant):
            assert drop._may_be_label([variant]) == [0]


def test_the_screens_rule_lines_out():
    # A screen that passed everything would keep the properties above and buy nothing.
    prose = ["Budget approved on Tuesday by the council.", "Budget talks went on until late."]
    assert take._may_be_byline(prose) == []
    assert drop._may_be_social(prose) == []
    assert take._starts_like_relative_time(prose) == []
    assert patterns.credit_candidates(prose) == []
    assert drop._may_be_label(["Budget approved", "Home page"]) == []
    assert dates._other_words("portion 2 of 5") == (True, True)
    # Too long to be what the rule looks for, whatever the first word.
    assert take._may_be_byline(["By Jane Doe " + "and more " * 20]) == []
    assert take._starts_like_relative_time(["Updated " + "3 hours ago " * 10]) == []


def test_every_opener_starts_with_a_letter():
    # text.lines_opening_with rules out a line that does not start with a letter.
    for openers in (lexicon.BYLINE_OPENERS, lexicon.RELATIVE_TIME_OPENERS):
        assert all(word[:1].isalpha() for word in openers)


@pytest.mark.parametrize("network", sorted(lexicon.SOCIAL_NETWORKS))
def test_a_network_name_alone_is_a_share_bar_with_or_without_the_shortcut(network):
    # drop.social answers a lone network name before its general tests; these give the
    # same answer for the same name with a space after it, which skips the shortcut.
    assert drop.social.judge(network) == drop.social.judge(network + " ") == "share bar"
    assert drop.social.judge(network.title()) == "share bar"


_CASE_FRAGMENTS = ["ß", "SS", "ss", "ﬁ", "FI", "İ", "i̇", "Σ", "ς", "σ", "ǅ", "a", "A", " ", "  ", "\t", "x" * 14, "The same line. "]


def _naive_repeats(texts):
    # drop.repeats as it read before the short-key screen: every text folded whole.
    from collections import Counter

    keys = [text.casefold() for text in texts]
    if any("  " in key or "\t" in key for key in keys):
        keys = [" ".join(key.split()) for key in keys]
    counts = Counter(keys)
    repeated = {
        key for key, count in counts.items()
        if 2 <= count <= drop.MAX_REPEAT_COPIES and len(key) >= drop.MIN_REPEAT_CHARS
        and drop._has_words(key, drop.MIN_REPEAT_WORDS)
    }
    return [(i, key) for i, key in enumerate(keys) if key in repeated]


@given(st.lists(st.sampled_from([
    "The same line, printed twice on the page.", "THE SAME LINE, PRINTED TWICE ON THE PAGE.",
    "Die Straße ist lang und breit und gerade.", "DIE STRASSE IST LANG UND BREIT UND GERADE.",
    "The  same line, printed twice on the page.",
]) | _lines(_CASE_FRAGMENTS), max_size=8))
def test_the_short_key_screen_finds_every_repeat(texts):
    # Folding the first characters only is a necessary test for a copy.
    assert drop._repeated(texts) == _naive_repeats(texts)
    assert drop._copies_on_a_clean_page(texts) == bool(drop._repeated(texts))


@given(st.lists(st.text(alphabet="ab1 \t", max_size=6), max_size=8), st.sampled_from([r"\d", r"a\s", r"b$", r"^a", r"\s"]))
def test_matching_lines_names_the_lines_a_pattern_starts_a_match_in(lines, pattern):
    # Each line searched on its own would find the same, but at Python speed; a match that
    # starts on the line break after a line counts for that line.
    compiled = regex.compile(pattern, regex.MULTILINE)
    joined = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    expected = sorted({max(i for i, start in enumerate(starts) if start <= m.start()) for m in compiled.finditer(joined)})
    assert matching_lines(lines, compiled) == expected


@pytest.mark.parametrize("word", take.CREDIT_LINE_WORDS)
def test_every_credit_line_word_passes_the_slice_screen_in_front_of_it(word):
    # take.captions tries patterns.CREDIT_LINE only on lines whose first five characters
    # are a head: each word the pattern opens with, followed by a space.
    line = f"{word} by Jane Doe"
    assert patterns.CREDIT_LINE.fullmatch(line)
    assert line[:5] in take._LABEL_HEADS


def test_the_credit_line_words_are_the_words_the_pattern_opens_with():
    # A word the pattern takes but the screen does not know would never be tried: every
    # stem and ending the pattern could combine, kept by the pattern, is listed.
    stems = ["Photo", "Pictur", "Picture", "Image", "Illustration", "Foto", "Bild"]
    endings = ["", "s", "e", "es", "er", "graph", "graphs", "graphy", "grafie", "grafien"]
    taken = {stem + ending for stem in stems for ending in endings
             if patterns.CREDIT_LINE.fullmatch(f"{stem}{ending} by Jane Doe")}
    assert taken == set(take.CREDIT_LINE_WORDS)


def test_every_caption_label_passes_the_slice_screen_in_front_of_it():
    # take.captions only runs startswith on lines whose first five characters are a head.
    assert all(label[:5] in take._LABEL_HEADS for label in take.CAPTION_LABELS)
