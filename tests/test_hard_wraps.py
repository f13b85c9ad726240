"""fix.hard_wraps: text wrapped at a fixed width gets its paragraphs back, and other text is left alone."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import fix

PARAGRAPHS = [
    "The city council approved the budget for the coming year on Tuesday after a long debate that lasted "
    "late into the night, with two members absent from the chamber and the mayor casting the deciding vote "
    "after an hour of speeches on the cost of the new bridge over the river.",
    "Opposition members said they would keep pressing for lower taxes, and that the spending on roads and "
    "schools would not survive the first review in spring, when the figures for the winter come in and the "
    "council has to decide again whether the city can afford the plan at all.",
    "The mayor said the plan was the best the city could do in a hard year, and that the bridge would pay "
    "for itself within a decade through the tolls that trucks would pay, a figure the opposition called "
    "wishful thinking in a statement released on Wednesday morning.",
    "Residents will be able to comment on the plan at two public hearings next month, the first of them in "
    "the old town hall on the ninth and the second in the library on the twentieth, both starting at seven "
    "in the evening and open to anyone who lives in the city.",
]
GERMAN = (
    "Der Stadtrat hat den Haushalt für das kommende Jahr am Dienstag nach einer langen Debatte beschlossen, "
    "die bis spät in die Nacht dauerte; zwei Mitglieder fehlten, und der Bürgermeister gab den Ausschlag, "
    "nachdem eine Stunde lang über die Kosten der neuen Brücke gestritten worden war."
)


def wrapped(width: int, *, menu: bool = True) -> str:
    """A page as html2text prints it: a short menu, then paragraphs wrapped at ``width``."""
    head = "* Home\n* News\n* Sport\n\n# Council approves new budget\n\n" if menu else ""
    return head + "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


@pytest.mark.parametrize("width", [60, 72, 78, 80, 100, 120])
def test_paragraphs_wrapped_at_a_width_are_joined_again(width):
    text = fix.hard_wraps(wrapped(width))
    assert all(p in text.split("\n") for p in PARAGRAPHS)
    assert text.startswith("* Home\n* News\n* Sport\n\n# Council approves new budget\n\n")


def test_list_items_headings_and_quotes_start_lines_of_their_own():
    # Wrapped with their marks inside the width, as html2text wraps them.
    items = "\n".join(f"* {line}" for line in textwrap.wrap(PARAGRAPHS[0], 68)[:5])
    quote = "\n".join(f"> {line}" for line in textwrap.wrap(PARAGRAPHS[1], 68)[:5])
    text = "\n".join([textwrap.fill(GERMAN, 70), items, quote, "# A heading", textwrap.fill(PARAGRAPHS[2], 70)])
    joined = fix.hard_wraps(text).split("\n")
    assert GERMAN in joined and PARAGRAPHS[2] in joined
    assert all(line in joined for line in items.split("\n") + quote.split("\n") + ["# A heading"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join(PARAGRAPHS), id="a paragraph a line, as html-text prints a page"),
        pytest.param(wrapped(40), id="narrower than any wrapping width"),
        pytest.param(wrapped(150), id="wider than any wrapping width"),
        pytest.param("Home\nNews\nSport\nWeather\nContact us\nAbout us\nPrivacy policy\nTerms of use", id="a menu"),
        pytest.param(textwrap.fill(PARAGRAPHS[0], 78), id="too few wrapped lines to tell"),
        pytest.param("\n".join(PARAGRAPHS * 3) + "\n" + wrapped(78, menu=False),
                     id="long paragraphs beside a wrapped part: no one width"),
        pytest.param("", id="empty"),
    ],
)
def test_text_that_was_not_wrapped_stays_as_it_is(text):
    assert fix.hard_wraps(text) == text


def test_the_pipeline_keeps_the_article_of_a_wrapped_page():
    doc = cleantext.clean_document("Council approves new budget\n\n" + wrapped(78))
    assert doc.fixes[0] == "fix.hard_wraps"
    assert all(p in doc.body.split("\n") for p in PARAGRAPHS)


_WORDS = st.sampled_from(["a", "the", "council", "approved", "budget", "extraordinarily", "* item", "#", "\n", "\n\n"])


@settings(max_examples=200)
@given(st.lists(_WORDS, min_size=50, max_size=400).map(" ".join), st.integers(60, 120))
def test_it_only_turns_line_breaks_into_spaces_and_twice_is_once(words, width):
    text = "\n".join(textwrap.fill(block, width) for block in words.split("\n"))
    once = fix.hard_wraps(text)
    assert once.split() == text.split()  # the same words, in the same order
    assert fix.hard_wraps(once) == once


# Settling: whether a text is wrapped is read off all its lines, so the lines the filters
# remove can change it. The pipeline asks a fix marked whole_text again of its output and,
# when it would change it, takes the lines a run over the output joins.

COOKIE = (
    "We use cookies and similar technologies to improve your experience on our website, to analyse "
    "traffic and to show you personalised advertising; by continuing to browse you agree to our use of cookies."
)


def test_a_page_that_reads_as_wrapped_only_without_its_chrome_cleans_twice_as_once():
    # Six long notice lines make the first run read the page as unwrapped; the filters take
    # them out, and the output reads as wrapped at 78 columns.
    page = "Council approves new budget\n\n" + "\n".join([COOKIE] * 6) + "\n\n" + wrapped(78, menu=False)
    assert fix.hard_wraps(page) == page
    doc = cleantext.clean_document(page)
    assert cleantext.clean(doc.text) == doc.text
    assert "fix.hard_wraps" in doc.fixes
    assert PARAGRAPHS[1] in doc.body.split("\n")
    # Nothing lost: every word of the page is in the text or in the audit trail.
    kept_or_removed = doc.text.split() + [word for item in doc.removed for word in item.text.split()]
    assert sorted(kept_or_removed) == sorted(page.split())


def join_unless_long(text: str) -> str:
    """Join each line to the one before it, unless it starts with "#", in a text with no line over 30 characters."""
    lines = [line for line in text.split("\n") if line.strip()]
    if any(len(line) > 30 for line in lines):
        return text
    out: list[str] = []
    for line in lines:
        if out and not line.startswith("#"):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out) + "\n" if out else ""


def drop_marked(doc):
    """Remove the lines that start with "DROP"."""
    for block in doc.kept():
        if block.text.startswith("DROP"):
            block.drop("test.drop_marked", "marked")
    return doc


@pytest.mark.parametrize("whole_text", [True, False])
def test_the_lines_a_run_over_the_output_joins_are_joined_in_the_document(whole_text):
    from cleantext.pipeline import Pipeline, text_fix

    joiner = text_fix(join_unless_long, whole_text=whole_text)
    page = "aaa\n\nDROP this line, longer than thirty characters\n\nbbb\n# zzz\n"
    doc = Pipeline((joiner, drop_marked))(page)
    assert [(item.filter, item.reason, item.text) for item in doc.removed] == [
        ("test.drop_marked", "marked", "DROP this line, longer than thirty characters")
    ]
    if whole_text:
        # The removed line's paragraph break lay between the joined lines: none is left.
        assert doc.text == "aaa bbb\n# zzz\n"
        assert Pipeline((joiner, drop_marked))(doc.text).text == doc.text
        assert doc.fixes == ["test_hard_wraps.join_unless_long"]
    else:
        # Not marked whole_text, the fix is taken at its word: no second look at the output.
        assert doc.text == "aaa\n\nbbb\n# zzz\n"
        assert doc.fixes == []


def _one_wrapped_paragraph(chars: int) -> str:
    words = (PARAGRAPHS[0] + " " + PARAGRAPHS[1]).split()
    return textwrap.fill(" ".join(words[i % len(words)] for i in range(chars // 6)), 78)


def test_a_paragraph_of_many_lines_is_joined_in_linear_time():
    # Each line appended to the string of those before it cost the square of the
    # paragraph's length: 1 MB of one paragraph took about 50x the time of 100 KB.
    import time

    small, large = _one_wrapped_paragraph(100_000), _one_wrapped_paragraph(1_000_000)
    assert "\n" not in fix.hard_wraps(small)

    def best(text: str, loops: int) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(loops):
                fix.hard_wraps(text)
            times.append((time.perf_counter() - start) / loops)
        return min(times)

    ratio = best(large, 1) / best(small, 10)
    assert ratio < 30, f"10x the paragraph took {ratio:.0f}x the time"


# CJK text has no spaces to break at: text browsers break between any two characters,
# w3m counting a wide character as two columns, lynx as one.
CHINESE = (
    "国家医保局密切监测国家短缺药品清单和临床必需易短缺药品重点监测清单药品价格变化情况，"
    "对价格异常波动的药品及时开展调查，督促相关企业合理定价。工业和信息化部积极推动短缺药品"
    "生产企业增产扩能，保障市场供应。国家卫生健康委持续开展短缺药品基础信息标记和数据管理，"
    "提高医疗机构短缺药品应对处置能力，确保患者用药需求得到及时满足。"
)


def _wrap_by(text: str, size: int, indent: str = "") -> str:
    return "\n".join(indent + text[i : i + size] for i in range(0, len(text), size))


@pytest.mark.parametrize(
    "size, indent",
    [
        pytest.param(39, "", id="w3m: 78 columns, two a character"),
        pytest.param(38, "  ", id="w3m, indented"),
        pytest.param(74, "   ", id="lynx: 77 characters, one column each"),
    ],
)
def test_cjk_wrapped_at_a_width_is_joined_without_spaces(size, indent):
    paragraphs = [CHINESE * 2, CHINESE[::-1] * 2]
    text = "\n\n".join(_wrap_by(paragraph, size, indent) for paragraph in paragraphs)
    assert fix.hard_wraps(text) == "\n\n".join(indent + paragraph for paragraph in paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join([CHINESE, CHINESE[::-1], CHINESE[10:] + CHINESE[:10]]), id="a paragraph a line"),
        pytest.param("\n".join(["首页", "新闻", "体育", "财经", "科技", "娱乐", "汽车", "房产"] * 3), id="a menu"),
    ],
)
def test_cjk_text_that_was_not_wrapped_stays_as_it_is(text):
    assert fix.hard_wraps(text) == text


KOREAN = (
    "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다. "
    "하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 너네들이 우습게 봐도 "
    "내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐고 말하기도 했다. 사실 남녀 관계라는 것이 "
    "당사자들이 아니면 그 속사정을 알기는 어려운 일이다. 게다가 그 사적인 관계의 사안들은 그들 "
    "스스로 해결해야 할 일일 수 있다."
)


def test_korean_wrapped_at_its_spaces_is_joined_with_spaces():
    # Korean puts spaces between words, and html2text (like lynx) breaks its lines there,
    # counting characters: the words must not run together.
    paragraphs = [KOREAN + " " + KOREAN, KOREAN[::-1] + " " + KOREAN[::-1]]
    text = "\n\n".join(textwrap.fill(paragraph, 78) for paragraph in paragraphs)
    assert fix.hard_wraps(text) == "\n\n".join(paragraphs)


def test_titles_cut_at_a_number_of_characters_are_no_wrapped_cjk():
    # A sidebar of song titles, each cut at 61 columns: in columns, the lines look wrapped,
    # but no break falls inside a run of Chinese.
    titles = [
        "雙人體操 - 陳珊妮 (Suang Ren Ti Cao - Sandee Chen Shan Ni)",
        "大哥 - 衛蘭 (Daai Goh - Janice Vidal Wai Laan Gwok Yue Version)",
        "我们都傻 - 杨丞琳 (Wo Men Dou Sha - Rainie Yang Cheng Lin)",
        "想你想你 - 王心凌 (Xiang Ni Xiang Ni - Cyndi Wang Xin Ling)",
        "别问我 - 韦礼安 (Bie Wen Wo - Weibird Wei Li An Guo Yu Version)",
        "不脫知女生 - 盧凱彤 (Bu Tuo Zhi Nu Sheng - Ellen Loo Kai Tung)",
        "晚晚禮拜六 - 藍奕邦 (Maan Maan Lai Baai Luk - Pong Nan Lam Yik)",
        "狂想曲 - 萧敬腾 (Kuang Xiang Qu - Jam Hsiao Jing Teng Guo Yu)",
        "愛情掉在那裡 - 井柏然 (Ai Qing Diao Zai Na Li - Jing Bo Ran)",
    ]
    cut = []
    for title in titles:
        while fix._columns(title) > 61:
            title = title[:-1]
        cut.append(title.rstrip())
    text = "\n".join(cut)
    assert fix.hard_wraps(text) == text
