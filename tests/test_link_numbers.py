"""fix.link_numbers: the numbers a text browser prints before each link go, footnote marks stay."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import fix


@pytest.mark.parametrize(
    "text, plain",
    [
        pytest.param("   * [5]Home", "   * Home", id="a menu entry"),
        pytest.param("[77]Share this on WhatsApp", "Share this on WhatsApp", id="at the line's start"),
        pytest.param("was [68]sentenced to life in prison", "was sentenced to life in prison", id="in prose"),
        pytest.param("[3][4]Read more", "Read more", id="two numbers, one link"),
        pytest.param("([12]see the report)", "(see the report)", id="in parentheses"),
        pytest.param("“[9]Quoted headline”", "“Quoted headline”", id="after an opening quote"),
        pytest.param('[9]"Quoted headline"', '"Quoted headline"', id="before a quote"),
        pytest.param("Siehe [1234]Übersicht", "Siehe Übersicht", id="German, four digits"),
        pytest.param("[2]2019 in review", "2019 in review", id="a link text that starts with a digit"),
        pytest.param("follow [8]@cleantext", "follow @cleantext", id="before a handle"),
        pytest.param("[5]Новости", "Новости", id="Cyrillic"),
    ],
)
def test_a_link_number_goes(text, plain):
    assert fix.link_numbers(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He was born in 1950.[3] He moved to Paris.", id="a footnote mark after its word"),
        pytest.param("[3] Smith, J. (2020). A study.", id="a reference list's number before a space"),
        pytest.param("京网文[2011]0283-097号", id="a licence number inside a word"),
        pytest.param("* [2005](/archives/2005)", id="a Markdown link's text"),
        pytest.param("[12345]Home", id="five digits: no browser numbers so many links"),
        pytest.param("[10:45]Alice: hello", id="a chat log's time"),
        pytest.param("see [3]_italic_", id="before an underscore"),
        pytest.param("array[3]value", id="an index inside a word"),
        pytest.param("[Update] [more]", id="brackets around words"),
        pytest.param("No markup at all, just a sentence.", id="plain text"),
    ],
)
def test_what_is_no_link_number_stays(text):
    assert fix.link_numbers(text) == text


LYNX_PARAGRAPHS = [
    "The city council [68]approved the budget for the coming year on Tuesday after a long debate that lasted "
    "late into the night, with two members absent from the [69]chamber and the mayor casting the deciding vote "
    "after an hour of speeches on the cost of the new bridge over the river.",
    "Residents will be able to comment on the plan at two public hearings next month, the first of them in "
    "the old town hall on the ninth and the second in the [70]library on the twentieth, both starting at seven "
    "in the evening and open to anyone who lives in the city.",
]


def test_the_pipeline_keeps_the_prose_of_a_numbered_page_without_its_numbers():
    # As lynx -dump prints a page: indented three columns, wrapped at 80, links numbered.
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in LYNX_PARAGRAPHS)
    doc = cleantext.clean_document("Council approves new budget\n\n   * [1]Home\n   * [2]News\n\n" + body + "\n")
    assert doc.fixes[:2] == ["fix.hard_wraps", "fix.link_numbers"]
    assert [p.replace("[68]", "").replace("[69]", "").replace("[70]", "") for p in LYNX_PARAGRAPHS] == doc.body.split("\n\n")


_PIECES = st.sampled_from(["[1]", "[22]", "[3][4]", "[12345]", " ", "\n", "a", "Home", "(", "“", ".", "_", "1", "[", "]"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_twice_is_once_and_only_numbers_in_brackets_go(text):
    once = fix.link_numbers(text)
    assert fix.link_numbers(once) == once
    # Only whole "[n]" marks are taken out: without them, the output is the input.
    assert re.sub(r"\[\d{1,4}\]", "", once) == re.sub(r"\[\d{1,4}\]", "", text)
