"""The HTML path: detecting pages, decoding their bytes, extracting the article safely."""

from __future__ import annotations

import codecs
import socket
import time

import pytest
from hypothesis import given, settings, strategies as st

import cleantext
from cleantext.html import decode_html, declared_charset, extract, looks_like_html, visible_text, parse
from cleantext.html.judge import Paragraph, is_related_label, judge
from cleantext.presets import named_steps

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Daily Tide</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="The Daily Tide">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04T08:15:00Z">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Thursday morning after eight months of repairs to its steel deck, the city council said.</p>
<p>Engineers replaced more than four hundred rusted plates and repainted the whole span, a job that cost the city eleven million pounds and closed the main road into the old town.</p>
<p>Read more: <a href="/news/ferry">Ferry timetable changes for the winter months</a></p>
<p>Shopkeepers on the quay said trade had fallen by a third while the bridge was shut, and several of them welcomed the first cars with a round of applause.</p>
<p>The council said that a second phase of work, on the approach roads, would begin in the autumn and would be done at night to keep the bridge open.</p>
</article>
<section id="comments" class="comments">
<h3>Comments</h3>
<div class="comment"><p>Trevor says: about time too, it has been a nightmare getting to work every single day.</p></div>
<div class="comment"><p>Mildred says: the new paint colour is hideous and nobody asked the residents about it.</p></div>
</section>
<footer><p>Copyright 2021 The Daily Tide. All rights reserved.</p></footer>
</body>
</html>"""


# --- detection -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body>x</body></html>",
    "<!doctype HTML>\n<p>x",
    "\ufeff  \n<html lang='en'><body>x</body></html>",
    "<!-- saved from url=(0014)about:internet -->\n<html>\n<body>x",
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">',
    "\n\n<head><title>t</title></head>",
    "<BODY>text</BODY>",
])
def test_looks_like_html_positives(text):
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "",
    "Plain text about the web.",
    "To start a page, write <html> at the top, then <body>.",
    "Some prose first.\n<!DOCTYPE html><html><body>x</body></html>",
    "<p>A fragment is not a page.</p>",
    "<htmlish> is not a tag we know",
    "html, head and body are the three parts of a page.",
])
def test_looks_like_html_negatives(text):
    assert not looks_like_html(text)


def test_looks_like_html_bytes():
    assert looks_like_html(codecs.BOM_UTF16_LE + "<!DOCTYPE html><p>x".encode("utf-16-le"))
    assert looks_like_html("  <html lang='ru'><body>Привет".encode("cp1251"))
    assert not looks_like_html("Текст о <html>".encode("cp1251"))


# --- decoding --------------------------------------------------------------------------

def page_in(encoding: str, body: str, declaration: str | None = None) -> bytes:
    head = declaration if declaration is not None else f'<meta charset="{encoding}">'
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>".encode(encoding)


@pytest.mark.parametrize("encoding, body, declaration", [
    ("iso-8859-1", "Le café était très naïve, à Zürich.", None),
    ("windows-1251", "Привет, как дела? Это страница на русском языке.",
     '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
    ("shift_jis", "日本語のテキストです。東京は大きな都市です。", None),
    ("euc-kr", "한국어 텍스트입니다. 서울은 큰 도시입니다.", "<meta charset='EUC-KR'>"),
    ("cp1253", "Καλημέρα κόσμε, αυτή είναι μια δοκιμή.", '<meta content="text/html;charset=windows-1253" http-equiv="content-type">'),
])
def test_decode_declared_charset(encoding, body, declaration):
    assert body in decode_html(page_in(encoding, body, declaration))


def test_declared_charset_labels():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"  # as browsers read it
    assert declared_charset(b"<meta charset=utf8>") == "utf-8"
    assert declared_charset(b'<meta charset="no-such-thing">') is None
    assert declared_charset(b"<p>no declaration</p>") is None
    assert declared_charset(b" " * 5000 + b'<meta charset="koi8-r">') is None  # too far in


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_decode_bom_wins(bom, encoding):
    html = '<html><head><meta charset="iso-8859-1"></head><body>naïve café ✓</body></html>'
    assert decode_html(bom + html.encode(encoding)) == html


@pytest.mark.parametrize("encoding, body", [
    ("utf-8", "naïve café — ✓ 日本"),
    ("cp1252", "Le café était très naïve, “quoted”, déjà vu à Zürich."),
    ("cp1251", "Привет, как дела? Это страница на русском языке без объявления."),
    ("shift_jis", "日本語のテキストです。東京は大きな都市です。宣言はありません。"),
])
def test_decode_without_declaration(encoding, body):
    assert body in decode_html(page_in(encoding, body, declaration=""))


def test_decode_wrong_declarations():
    # says UTF-8, is cp1252: UTF-8 fails, the guess reads it
    body = "Le café était très naïve."
    assert body in decode_html(page_in("cp1252", body, '<meta charset="utf-8">'))
    # says latin-1, was saved as UTF-8: UTF-8 cannot happen by accident
    body = "naïve café — ✓"
    assert body in decode_html(page_in("utf-8", body, '<meta charset="iso-8859-1">'))
    # says UTF-16 in ASCII bytes: impossible, ignored
    assert "plain" in decode_html(b'<meta charset="utf-16"><p>plain</p>')


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_fails_nor_leaves_surrogates(data):
    text = decode_html(data)
    assert isinstance(text, str)
    assert not any("\ud800" <= ch <= "\udfff" for ch in text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_decode_with_bom_prefixes_never_fails(data):
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE):
        text = decode_html(bom + data)
        assert not any("\ud800" <= ch <= "\udfff" for ch in text)


# --- extraction ------------------------------------------------------------------------

def test_extract_article_and_metadata():
    text, metadata = extract(PAGE)
    assert metadata["title"] == "Harbour bridge reopens after repairs"
    assert metadata["author"] == "Jane Doe"
    assert metadata["date"] == "2021-03-04"
    assert metadata["sitename"] == "The Daily Tide"
    assert "extraction" not in metadata
    paragraphs = text.split("\n\n")
    assert "The harbour bridge reopened to traffic on Thursday morning" in paragraphs[-4]
    assert paragraphs[-1].startswith("The council said that a second phase")
    assert all(p.strip() == p and p for p in paragraphs)
    assert "Trevor" not in text and "Mildred" not in text  # the comments section
    assert "Home" not in text and "Copyright" not in text


def test_extract_keeps_related_link_in_the_audit_trail():
    text, metadata = extract(PAGE)
    assert "Ferry timetable" not in text
    assert metadata["removed"] == [{
        "filter": "html.headline",
        "reason": "headline repeated from the title",
        "text": "Harbour bridge reopens after repairs",
    }, {
        "filter": "html.related_links",
        "reason": "related-article link",
        "text": "Read more: Ferry timetable changes for the winter months",
    }]


@pytest.mark.parametrize(
    "skipped, kept_line",
    [
        ("html.headline", "Harbour bridge reopens after repairs"),
        ("html.related_links", "Read more: Ferry timetable changes for the winter months"),
    ],
)
def test_each_html_judge_is_a_step_that_skip_leaves_out(skipped, kept_line):
    # Named in --list and in the audit trail, so --skip takes it like any text step.
    assert skipped in named_steps() and skipped not in cleantext.steps()  # no pipeline step
    doc = cleantext.clean_document(PAGE, skip=[skipped])
    assert kept_line in doc.body.split("\n\n")
    assert skipped not in {item.filter for item in doc.removed}
    other = {"html.headline", "html.related_links"} - {skipped}
    assert other <= {item.filter for item in doc.removed}


def test_extract_metadata_only_keys_with_values():
    html = "<html><body><article>" + "<p>A sentence of plain article text goes here, again.</p>" * 8 + "</article></body></html>"
    text, metadata = extract(html)
    assert "A sentence of plain article text" in text
    assert all(metadata.values())
    assert "author" not in metadata and "sitename" not in metadata


def test_extract_fallback_when_trafilatura_finds_nothing():
    items = "".join(f'<li><a href="/s{i}">Story number {i} about the harbour and the town</a></li>' for i in range(40))
    html = f"<html><head><title>Index</title><script>var x = 'hidden';</script></head><body><ul>{items}</ul></body></html>"
    text, metadata = extract(html)
    assert metadata["extraction"] == "fallback"
    assert text.split("\n\n")[0] == "Story number 0 about the harbour and the town"
    assert "hidden" not in text and "Index" not in text


def test_extract_date_from_a_date_line_outside_the_article():
    # No meta tag, JSON-LD or URL holds the date: htmldate's fast search finds none, and its
    # extensive search is off (see the next test). The first date line of the page is taken,
    # from the header that trafilatura leaves out; not a script's, not one after today.
    article = "<p>A sentence of plain article text goes here, again and again.</p>" * 8
    html = ("<html><head><script type='text/template'>March 3, 2017</script></head><body>"
            "<header><span>Von Moritz Bachmann</span> <span>publiziert am 25. September 2018</span></header>"
            f"<article>{article}</article><aside><p>12. Januar 2016</p></aside>"
            "<footer><p>Copyright 2021 Ju+ line of text 5</p></footer></body></html>")
    assert extract(html)[1]["date"] == "2018-09-25"
    assert extract(html.replace("2018", "2099"))[1]["date"] == "2016-01-12"
    assert "date" not in extract(html.replace("2018", "2099").replace("2016", "1920"))[1]


def test_extract_date_never_calls_dateparser():
    # htmldate's extensive search sends what its parsers cannot read to dateparser, which
    # builds every locale on first use (4 s a process); a new process tells if it was loaded.
    import subprocess
    import sys

    code = ("import sys\nfrom cleantext.html import extract\n"
            "extract(sys.argv[1])\nprint('dateparser' in sys.modules)\n")
    page = PAGE.replace('<meta property="article:published_time" content="2021-03-04T08:15:00Z">', "").replace(
        "Copyright 2021 The Daily Tide", "Copyright 2021 Ju+ line of text 5")
    result = subprocess.run([sys.executable, "-c", code, page], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


def test_visible_text_layout():
    tree = parse("<html><head><style>p{}</style></head><body><div>One <b>two</b><br>three</div>"
                 "<script>no()</script><noscript>no</noscript><template><p>no</p></template>"
                 "<p>Four\n   five</p><table><tr><td>a</td><td>b</td></tr></table></body></html>")
    assert visible_text(tree) == "One two\nthree\n\nFour five\n\na\nb"


def test_extract_not_html_is_a_one_line_value_error():
    with pytest.raises(ValueError, match="not HTML") as caught:
        extract("Just a line of text, no markup at all: a < b.")
    assert "\n" not in str(caught.value)
    assert extract("") == ("", {})
    assert extract("  \n") == ("", {})


def test_extract_accepts_fragments_and_odd_input():
    text, _ = extract("<div>" + "<p>Fragments of pages are parsed as pages, with body text.</p>" * 6 + "</div>")
    assert "Fragments of pages" in text
    for odd in ["<html>", "<html></html>", "<!DOCTYPE html>", "<html>\x00\x01\x02</html>", "<p>\ud800</p>"]:
        text, metadata = extract(odd)
        assert isinstance(text, str) and isinstance(metadata, dict)


def test_lone_surrogate_does_not_cut_the_text():
    html = PAGE.replace("eight months", "eight \ud83d months")
    text, _ = extract(html)
    assert "eight \ufffd months" in text
    assert "second phase of work" in text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_extract_any_markup_never_crashes(text):
    html = f"<html><body><p>{text}</p></body></html>"
    out, metadata = extract(html)
    assert isinstance(out, str) and isinstance(metadata, dict)
    assert not any("\ud800" <= ch <= "\udfff" for ch in out)


# --- safety: no network, no entities ---------------------------------------------------

HOSTILE = """<!DOCTYPE html [
<!ENTITY boom "BOOMBOOMBOOM">
<!ENTITY secret SYSTEM "file:///etc/passwd">
<!ENTITY remote SYSTEM "http://127.0.0.1:9/entity.txt">
]>
<html><head>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/elsewhere">
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<link rel="canonical" href="http://127.0.0.1:9/canonical">
<script src="http://127.0.0.1:9/script.js"></script>
<title>Entities</title>
</head><body><article>
<p>The first paragraph has an entity &boom; and another &secret; and a remote one &remote; in it.</p>
<img src="http://127.0.0.1:9/image.png"><iframe src="http://127.0.0.1:9/frame"></iframe>
<p>The second paragraph of the article is long enough to be kept by the extractor as text.</p>
<p>The third paragraph of the article is also long enough, and it closes the article here.</p>
</article></body></html>"""


def test_html_path_makes_no_network_access_and_expands_no_entity(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text, metadata = extract(decode_html(HOSTILE.encode()))
    assert attempts == []
    assert "The second paragraph" in text
    assert "BOOM" not in text and "root:" not in text
    flat = visible_text(parse(HOSTILE))
    assert "BOOM" not in flat and "root:" not in flat
    assert attempts == []


# --- judging links ---------------------------------------------------------------------

def test_related_labels():
    assert is_related_label("Related: The 15 weirdest galaxies")
    assert is_related_label("[Related: Keynote highlights]")
    assert is_related_label("READ MORE: Tencent profit falls")
    assert is_related_label("Also on rt.com Journalists threatened")
    assert not is_related_label("Related reading suggests otherwise, the author said.")
    assert not is_related_label("More than 30 people died: police")
    assert not is_related_label("Read the full report on the council's site.")


def test_judge_keeps_prose_and_linked_sentences():
    paragraphs = [
        Paragraph("p", "Related: Harbour bridge closes", 0.9),
        Paragraph("list", "- One headline\n- Another headline", 1.0),
        Paragraph("p", "The council said so on Thursday.", 0.0),
        Paragraph("p", "Read more: this line has no link, so it is prose", 0.0),
        Paragraph("p", "A fully linked sentence in a deals post is content.", 1.0),
        Paragraph("list", "- Mix flour and water.\n- Bake it for an hour.", 1.0),
        Paragraph("p", "DON'T MISS", 0.0),
        Paragraph("p", "Ferry times change | Bus fares rise", 0.9),
    ]
    judge(paragraphs)
    assert [p.removal is not None for p in paragraphs] == [True, True, False, False, False, False, True, True]


def test_judge_drops_a_dangling_label_at_the_end_only():
    paragraphs = [Paragraph("p", "You may also like...", 0.0), Paragraph("p", "The council met.", 0.0),
                  Paragraph("p", "More to come.", 0.0)]
    judge(paragraphs)
    assert [p.removal is not None for p in paragraphs] == [False, False, False]
    paragraphs = [Paragraph("p", "The council met.", 0.0), Paragraph("p", "You may also like...", 0.0)]
    judge(paragraphs)
    assert [p.removal is not None for p in paragraphs] == [False, True]


def test_headline_repeated_from_the_title():
    from cleantext.html.judge import headline

    paragraphs = [Paragraph("head", "Harbour Bridge Reopens!", 0.0), Paragraph("p", "Harbour bridge reopens after work.", 0.0)]
    headline(paragraphs, "Harbour bridge reopens")
    assert [p.removal and p.removal.reason for p in paragraphs] == ["headline repeated from the title", None]
    paragraphs = [Paragraph("p", "Harbour bridge reopens after work.", 0.0)]
    headline(paragraphs, "Harbour bridge reopens")
    assert paragraphs[0].removal is None
    paragraphs = [Paragraph("p", "Lead.", 0.0), Paragraph("head", "Bridge opens", 0.0), Paragraph("head", "Bridge opens", 0.0)]
    headline(paragraphs, ["Other title", "Bridge opens"])  # one repeat only, the first
    assert [p.removal is not None for p in paragraphs] == [False, True, False]


def test_extract_drops_h1_headline_and_title_with_site_suffix():
    html = PAGE.replace('<meta property="og:title" content="Harbour bridge reopens after repairs">', "")
    html = html.replace("<h1>Harbour bridge reopens after repairs</h1>", "<h1>Bridge reopens after eight months</h1>")
    text, metadata = extract(html)
    assert "Bridge reopens after eight months" not in text
    assert metadata["removed"][0]["filter"] == "html.headline"


# --- the benchmark ---------------------------------------------------------------------

def test_dev_split_pages_f1_floor():
    """Score the dev split's pages (body only); measured 0.9758 at the last change."""
    from benchmarks import aeb

    truth = aeb.truths()
    start = time.perf_counter()
    predictions = {key: extract(decode_html(data))[0] for key, data in aeb.pages().items()}
    elapsed = time.perf_counter() - start
    score, _ = aeb.score(truth, predictions)
    assert score.f1 >= 0.973, score
    assert elapsed < 40


def test_dev_split_page_dated_only_in_its_header_keeps_its_date():
    # blog.comwrap.com: the only date is "publiziert am 25. September 2018" above the
    # article. htmldate's extensive search found it; since it is off, page_date_line does.
    import gzip

    from benchmarks import aeb

    key = "57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2"
    page = gzip.decompress((aeb.SPLIT / "pages" / f"{key}.html.gz").read_bytes())
    assert extract(decode_html(page))[1]["date"] == "2018-09-25"


def test_html_document_title_metadata_and_audit_trail():
    from cleantext import pipeline
    from cleantext.html import html_document

    doc = html_document(PAGE, pipeline("default"))
    assert doc.title == "Harbour bridge reopens after repairs"
    assert doc.body.startswith("The harbour bridge reopened")
    assert doc.body.count("\n\n") == 3
    assert doc.metadata == {"author": "Jane Doe", "date": "2021-03-04", "sitename": "The Daily Tide"}
    assert [(r.filter, r.reason) for r in doc.removed] == [
        ("html.headline", "headline repeated from the title"),
        ("html.related_links", "related-article link"),
    ]


def test_html_document_runs_the_dump_classifier_only_on_a_fallback():
    from cleantext import Pipeline
    from cleantext.html.document import TEXT_DUMP_STEPS, html_document

    ran = []

    def classifier(doc):
        ran.append(doc.blocks[0].text)
        return doc

    classifier.step_name = TEXT_DUMP_STEPS[0]  # stands in for the article classifier
    html_document(PAGE, Pipeline((classifier,)))
    assert ran == []
    items = "".join(f'<li><a href="/s{i}">Story number {i} about the harbour and the town</a></li>' for i in range(40))
    doc = html_document(f"<html><body><ul>{items}</ul></body></html>", Pipeline((classifier,)))
    assert doc.metadata["extraction"] == "fallback"
    assert len(ran) == 1
