"""The bad-input corpus: hundreds of hostile inputs, generated at import (nothing large on disk).

Each case is (name, data): bytes as a file or stdin would give them, or str as a caller of
the API might (lone surrogates included). Large cases are built once, lazily, and shared.
"""

from __future__ import annotations

import codecs
import json
import random
import unicodedata
from functools import lru_cache
from typing import Callable

SAMPLES = {
    "en": "Close the door.\n\nBy the end of the year, prices rose by 3%.\n“Quoted,” she said — twice.\n",
    "de": "Schließen Sie die Tür.\n\nÄrger über Öl und Größe: 14. Juli 2023, 10:32 Uhr\n",
    "fr": "Fermez la porte.\n\nÉté, hiver, « guillemets » et cœur.\n",
    "es": "Cierra la puerta.\n\n¿Qué año? El 3 de marzo de 2021, señor.\n",
    "pl": "Zamknij drzwi.\n\nŻółć, gęś, źdźbło i łąka.\n",
    "ru": "Закройте дверь.\n\nЁлка, щука и объём.\n",
    "tr": "Kapıyı kapatın.\n\nİstanbul, ığdır, şeker ve çiçek.\n",
    "el": "Κλείστε την πόρτα.\n\nΑθήνα, Θεσσαλονίκη.\n",
    "zh": "请关上门。\n\n中文字符没有空格，也没有换行。\n",
    "ja": "ドアを閉めてください。\n\n日本語の文章です。\n",
    "ar": "أغلق الباب.\n\nالعربية من اليمين إلى اليسار.\n",
    "he": "סגור את הדלת.\n\nעברית ‏(RTL)‏ עם מספרים 123.\n",
}

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "cp1252", "latin-1", "gb18030", "shift_jis", "koi8-r", "cp1251", "iso-8859-7", "big5"]


def _encodings() -> list[tuple[str, bytes]]:
    cases = []
    for lang, text in SAMPLES.items():
        for enc in ENCODINGS:
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                data = text.encode(enc, errors="replace")
            cases.append((f"encoding/{lang}/{enc}", data))
        utf8 = text.encode("utf-8")
        cases.append((f"encoding/{lang}/mojibake", utf8.decode("cp1252", errors="replace").encode("utf-8")))
        twice = utf8.decode("latin-1").encode("utf-8").decode("latin-1").encode("utf-8")
        cases.append((f"encoding/{lang}/double-mojibake", twice))
        cases.append((f"encoding/{lang}/truncated-utf8", utf8[:-1] if len(utf8) > 1 else utf8))
        cases.append((f"encoding/{lang}/utf16-without-bom-odd-length", text.encode("utf-16-le") + b"\x00"))
    rng = random.Random(6)
    for i in range(20):
        cases.append((f"encoding/random-bytes/{i}", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))))
    cases += [
        ("encoding/invalid-utf8-continuations", b"\x80\x81\x82 text \xbf"),
        ("encoding/overlong-utf8", b"\xc0\xaf\xe0\x80\xaf slash"),
        ("encoding/utf8-surrogate-bytes", b"\xed\xa0\x80 lone surrogate in UTF-8"),
        ("encoding/utf8-beyond-unicode", b"\xf4\x90\x80\x80 \xf8\x88\x80\x80\x80"),
        ("encoding/bom-only-utf8", codecs.BOM_UTF8),
        ("encoding/bom-only-utf16", codecs.BOM_UTF16_LE),
        ("encoding/bom-then-invalid", codecs.BOM_UTF8 + b"\xff\xfe\xfd"),
        ("encoding/utf16-bom-odd-bytes", codecs.BOM_UTF16_LE + b"a\x00b"),
        ("encoding/utf32-bom-garbage", codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 3),
        ("encoding/nul-bytes", b"\x00" * 100),
        ("encoding/crlf-utf16", "line\r\nline\r\n".encode("utf-16")),
    ]
    return cases


def _characters() -> list[tuple[str, str]]:
    cases = []
    for code in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        cases.append((f"control/U+{code:04X}", f"Before{chr(code)}after.\n{chr(code)}\nLine {chr(code)} end{chr(code)}"))
    formats = [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B,
               0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2066, 0x2069, 0xFEFF, 0xFFF9, 0xFFFB,
               0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0xE000, 0xF8FF, 0x1D173, 0xE0001, 0xE007F, 0x10FFFF]
    for code in formats:
        cases.append((f"format/U+{code:04X}", f"Word{chr(code)}word {chr(code)}\n\n{chr(code) * 50}\nShare{chr(code)}"))
    for code in (0xD800, 0xDBFF, 0xDC00, 0xDFFF):
        cases.append((f"surrogate/U+{code:04X}", f"Text {chr(code)} more\n{chr(code)}\n&#{code};"))
    cases.append(("surrogate/pair-as-two-chars", "Emoji \ud83d\ude00 split"))
    cases.append(("surrogate/flood", "\ud800" * 5000))
    for sep in ("\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"):
        name = unicodedata.name(sep, f"U+{ord(sep):04X}") if len(sep) == 1 else "CRLF"
        cases.append((f"line-break/{name}", f"Title{sep}{sep}Close{sep}Body text here.{sep}"))
    return cases


def _shapes() -> list[tuple[str, str]]:
    rng = random.Random(7)
    combining = [chr(c) for c in range(0x300, 0x370)]
    zalgo = "".join(ch + "".join(rng.choice(combining) for _ in range(30)) for ch in "Zalgo text here")
    return [
        ("shape/zalgo", zalgo + "\n\n" + zalgo),
        ("shape/combining-flood", "e" + "\u0301" * 10000),
        ("shape/combining-alone", "\u0301\u0302\u0303\n\u20dd"),
        ("shape/emoji-zwj", "👩‍👩‍👧‍👦 family 🏳️‍🌈 flag 👍🏽 thumbs\n\n🇩🇪🇫🇷 flags"),
        ("shape/emoji-only-lines", "😀\n\n👍\n\n🔥🔥🔥"),
        ("shape/rtl-mixed", "English then עברית then العربية 123 and back.\n\u202eevil override\u202c"),
        ("shape/bidi-isolates", "\u2067مرحبا\u2069 world \u2066x\u2069"),
        ("shape/cjk-no-spaces", "中" * 50000),
        ("shape/thai-no-spaces", "ภาษาไทยไม่มีช่องว่างระหว่างคำ" * 100),
        ("shape/devanagari", "हिन्दी में लिखा गया वाक्य।\n\nक्षत्रिय"),
        ("shape/fullwidth", "ＦＵＬＬＷＩＤＴＨ　ｔｅｘｔ　１２３"),
        ("shape/ligatures", "ﬁnance ﬂow ﬀ"),
        ("shape/math-alphanumerics", "𝐁𝐨𝐥𝐝 𝕯𝖔𝖚𝖇𝖑𝖊"),
        ("shape/nfd", unicodedata.normalize("NFD", "Ärger über Öl, café, Ñandú")),
        ("shape/hangul-jamo", "\u1100\u1161\u11a8 decomposed"),
        ("shape/entities", "&amp;amp;lt;b&amp;gt; &#0; &#x110000; &#xD800; &nosuch; &"),
        ("shape/entity-flood", "&amp;" * 20000),
        ("shape/only-punctuation", "!!!???...,,,;;;" * 100),
        ("shape/only-spaces", " \t\u00a0\u3000" * 1000),
        ("shape/chrome-only", "Close\nMenu\nShare\n×\nFacebook Twitter Email\n@jane\nAdvertisement\n"),
        ("shape/mojibake-mixed", "CafÃ© â€œquotedâ€\u009d and real “quotes” together"),
    ]


def _sizes() -> list[tuple[str, str]]:
    return [
        ("size/empty", ""),
        ("size/one-newline", "\n"),
        ("size/newlines", "\n" * 1000),
        ("size/one-char", "x"),
        ("size/no-final-newline", "Headline\n\nBody without a final newline"),
        ("size/whitespace-only", " \n\t\n \n"),
        ("size/many-short-lines", "a\n" * 20000),
        ("size/many-paragraphs", "Paragraph.\n\n" * 10000),
        ("size/long-word", "x" * 200_000),
    ]


@lru_cache(maxsize=None)
def large_cases() -> tuple[tuple[str, str], ...]:
    """The large cases, shared by the API and the CLI checks (built once)."""
    return (
        ("large/1M-blank-lines", "\n" * 1_000_000),
        ("large/20MB-line", ("lorem ipsum dolor sit amet, " * 750_000)[:20_000_000]),
        ("large/1M-blank-lines-crlf", "\r\n" * 1_000_000 + "end"),
    )


def corpus() -> list[tuple[str, str | bytes]]:
    """Every small case (the large ones come from large_cases())."""
    return _encodings() + _characters() + _shapes() + _sizes()


# ---- HTML: pages as a file or the API would give them ---------------------------------------

PARAGRAPH = "<p>The harbour bridge reopened on Thursday after eight months of repairs, the council said.</p>"


def page(body: str, head: str = "<title>A page</title>", doctype: str = "<!DOCTYPE html>") -> str:
    return f"{doctype}<html><head>{head}</head><body>{body}</body></html>"


def html_cases() -> list[tuple[str, str | bytes]]:
    """Hostile pages, each starting like a page, so that "auto" takes the HTML path."""
    rng = random.Random(8)
    cases: list[tuple[str, str | bytes]] = []
    for i in range(12):  # binary declared as HTML: a doctype, then noise
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        cases.append((f"html/binary-after-doctype/{i}", b"<!DOCTYPE html>" + noise))
    cases.append(("html/binary-in-body", page("").encode()[:-14] + bytes(range(256)) * 8 + b"</body></html>"))
    cases.append(("html/nul-bytes-in-tags", b"<!DOCTYPE html><ht\x00ml><bo\x00dy><p>Nul\x00 in text</p\x00></body>"))
    cases.append(("html/control-characters", page("<p>" + "".join(map(chr, range(32))) + "</p>" + PARAGRAPH)))
    unclosed = [
        ("tags", "<p>Unclosed <b>bold <i>italic <table><tr><td>cell <div><span>" + PARAGRAPH[3:-4]),
        ("tag-cut-short", PARAGRAPH + "<div class=\"x"),
        ("comment", PARAGRAPH + "<!-- never closed " + PARAGRAPH),
        ("script", PARAGRAPH + "<script>var x = '" + PARAGRAPH),
        ("style", "<style>p { color: red; " + PARAGRAPH),
        ("cdata", "<![CDATA[ " + PARAGRAPH),
        ("attribute-quote", '<p title="never closed>' + PARAGRAPH),
        ("title", "<title>A title that never ends " + PARAGRAPH),
        ("textarea", "<textarea>" + PARAGRAPH),
        ("closing-only", "</p></div></body></html>" * 50 + PARAGRAPH),
        ("misnested", "<b><i>" + PARAGRAPH + "</b></i><table><p>in a table</table>"),
        ("lt-runs", "<" * 5000 + PARAGRAPH),
    ]
    for name, body in unclosed:
        cases.append((f"html/unclosed/{name}", "<!DOCTYPE html><html><body>" + body))
    text = "Привет, мир. Это статья о погоде и о городе, и она достаточно длинная. " * 6
    charsets = [
        ("cp1251-declared-utf8-bytes", "windows-1251", text.encode("utf-8")),
        ("utf8-declared-cp1251-bytes", "utf-8", text.encode("cp1251")),
        ("latin1-declared-koi8-bytes", "iso-8859-1", text.encode("koi8-r")),
        ("unknown-label", "x-no-such-charset", text.encode("utf-8")),
        ("utf16-declared-ascii-bytes", "utf-16", text.encode("utf-8")),
        ("utf32-declared", "utf-32", text.encode("cp1251")),
        ("utf7-declared", "utf-7", b"+ADw-script+AD4-alert(1)+ADw-/script+AD4- " + text.encode("utf-8")),
        ("shift-jis-declared-cp1252-bytes", "shift_jis", "Café crème brûlée, déjà vu. ".encode("cp1252") * 10),
        ("empty-label", "", text.encode("cp1251")),
        ("label-with-nul", "utf\x008", text.encode("utf-8")),
    ]
    for name, label, body in charsets:
        head = f'<meta charset="{label}"><title>Page</title>'.encode("utf-8", "surrogatepass")
        cases.append((f"html/wrong-charset/{name}", b"<!DOCTYPE html><html><head>" + head + b"</head><body><p>" + body + b"</p></body></html>"))
    cases += [
        ("html/utf16-bom-page", codecs.BOM_UTF16_LE + page(PARAGRAPH * 3).encode("utf-16-le")),
        ("html/utf16-page-no-bom", page(PARAGRAPH * 3).encode("utf-16-le")),
        ("html/doctype-only", "<!DOCTYPE html>"),
        ("html/html-tag-only", "<html>"),
        ("html/empty-body", page("")),
        ("html/whitespace-body", page(" \n\t " * 100)),
        ("html/surrogates-in-str", page("<p>Lone \ud800 and \udfff surrogates in a paragraph of text.</p>" * 3)),
        ("html/entities", page("<p>&amp;amp;lt; &#0; &#x110000; &#xD800; &nosuch; &" + "&amp;" * 2000 + "</p>")),
        ("html/entity-bomb-dtd", '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                                 '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                                 "<html><body><p>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</p>" + PARAGRAPH + "</body></html>"),
        ("html/external-entity", '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&x;</p></body></html>'),
        ("html/many-attributes", page("<p " + " ".join(f"a{i}='{i}'" for i in range(5000)) + ">x</p>" + PARAGRAPH)),
        ("html/huge-attribute", page(f"<p title='{'x' * 200_000}'>text</p>" + PARAGRAPH)),
        ("html/huge-comment", page("<!--" + "-" * 100_000 + "-->" + PARAGRAPH)),
        ("html/meta-refresh-and-links", page(PARAGRAPH, '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/"><link rel="stylesheet" href="http://127.0.0.1:9/x.css">')),
        ("html/bad-json-ld", page(PARAGRAPH * 2, '<script type="application/ld+json">{"@type": "NewsArticle", "author": [[[[{}]]]], "datePublished": 12' + "[" * 5000 + "</script>")),
        ("html/bad-dates", page(PARAGRAPH * 2, '<meta property="article:published_time" content="9999-99-99T99:99"><meta name="date" content="0000-00-00">')),
        ("html/xml-declaration", '<?xml version="1.0" encoding="ebcdic"?><!DOCTYPE html><html><body>' + PARAGRAPH + "</body></html>"),
        ("html/svg-and-math", page("<svg><foreignObject><p>In svg</p></foreignObject></svg><math><mi>x</mi></math>" + PARAGRAPH)),
        ("html/frameset", "<!DOCTYPE html><html><frameset><frame src='http://127.0.0.1:9/'></frameset></html>"),
        ("html/only-scripts", page("<script>" + "x();" * 5000 + "</script>" * 3)),
        ("html/many-tiny-paragraphs", page("<p>x</p>" * 5_000)),
        ("html/one-long-word", page("<p>" + "x" * 300_000 + "</p>")),
        ("html/rtl-and-bidi", page("<p dir='rtl'>\u202eevil\u202c العربية עברית " + PARAGRAPH[3:])),
    ]
    return cases


#: Cases that hold no tag once decoded, so --input html refuses them (one line, exit 1):
#: without a byte order mark or a declaration, UTF-16 bytes of ASCII read as valid UTF-8,
#: "<\x00h\x00t..." with no tag in it; "auto" takes them as text.
REFUSED_WHEN_FORCED = {"html/utf16-page-no-bom"}

#: Pages that --input html must refuse with one line, exit status 1: no tag, no doctype.
NOT_HTML = [
    ("not-html/prose", "Just a line of text, no markup at all: a < b and c > d."),
    ("not-html/binary", bytes(random.Random(9).randrange(256) for _ in range(2000)).replace(b"<", b"")),
    ("not-html/lt-digits", "1 <2 and 3< 4 <- arrows <= " * 20),
]


def nested_divs(depth: int = 100_000) -> str:
    """A page of 100,000 nested divs with text at the bottom."""
    return page("<div>" * depth + PARAGRAPH + "</div>" * depth)


ARTICLE = "".join(f"<p>Paragraph {n} of the article: {PARAGRAPH[3:-4]}</p>" for n in range(1, 6))


def big_page(megabytes: int = 20) -> bytes:
    """A page of ``megabytes`` MB: an article, a thousand comments, and an inline script.

    Pages that large are mostly inline script or data (bundles, base64 images); the
    comments, each different, give the extractor a long page of text to judge too.
    """
    comments = "".join(f"<div class='comment'><p>Comment {n}: I read this on day {n % 365} and agree.</p></div>"
                       for n in range(1000))
    body = f"<script>var data = '{{}}';</script><article>{ARTICLE}</article><section>{comments}</section>"
    bulk = megabytes * 1_000_000 - len(page(body)) + len("{}")
    return page(body.replace("{}", "x" * bulk)).encode("utf-8")


# ---- JSON Lines: streams of lines, each case a whole stream ------------------------------------


def _dump(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")


def jsonl_cases() -> list[tuple[str, bytes]]:
    """Bad and odd JSON Lines, one stream per case; good records around them in some."""
    good = b'{"id": 0, "text": "Menu\\nThe bridge reopened after repairs.\\n\\nIt took eight months."}\n'
    lines = {
        # malformed
        "malformed/open-brace": b"{", "malformed/close-brace": b"}", "malformed/cut-short": b'{"text": "x',
        "malformed/cut-after-key": b'{"text": ', "malformed/single-quotes": b"{'text': 'x'}",
        "malformed/trailing-comma": b'{"text": "x",}', "malformed/trailing-garbage": b'{"text": "x"} and more',
        "malformed/two-objects": b'{"text": "x"}{"text": "y"}', "malformed/bad-escape": b'{"text": "\\x41"}',
        "malformed/raw-tab-in-string": b'{"text": "a\tb"}', "malformed/raw-nul-in-string": b'{"text": "a\x00b"}',
        "malformed/unquoted-key": b'{text: "x"}', "malformed/comment": b'{"text": "x"} // note',
        "malformed/nul-line": b"\x00\x00\x00", "malformed/not-utf8": b'{"text": "caf\xe9"}',
        "malformed/utf16-line": '{"text": "x"}'.encode("utf-16"), "malformed/bom-on-later-line": b'\xef\xbb\xbf{"text": "x"}',
        "malformed/nan": b'{"text": "x", "n": NaN}', "malformed/infinity": b'{"text": "x", "n": -Infinity}',
        "malformed/inf-literal": b'{"text": "x", "n": 1e999}', "malformed/huge-int": b'{"text": "x", "n": ' + b"9" * 5000 + b"}",
        "malformed/lone-cr": b'{"text": "x"}\r{"text": "y"}', "malformed/binary": bytes(range(256)),
        # not objects
        "non-object/array": b"[1]", "non-object/string": b'"x"', "non-object/number": b"3",
        "non-object/null": b"null", "non-object/true": b"true", "non-object/empty-array": b"[]",
        "non-object/float": b"-0.0", "non-object/array-of-objects": b'[{"text": "x"}]',
        # missing or non-string field
        "field/missing": b"{}", "field/other-key": b'{"body": "x"}', "field/other-case": b'{"Text": "x"}',
        "field/number": b'{"text": 3}', "field/null": b'{"text": null}', "field/true": b'{"text": true}',
        "field/array": b'{"text": ["a", "b"]}', "field/object": b'{"text": {"text": "x"}}',
        "field/nested-only": b'{"data": {"text": "x"}}',
        # \ud800 escapes
        "surrogate/in-field": b'{"text": "Lone \\ud800 in the text."}',
        "surrogate/in-other-value": b'{"text": "x", "other": "\\udc00 y"}',
        "surrogate/in-key": b'{"\\ud800": 1, "text": "x"}',
        "surrogate/keys-merge": b'{"\\ud800": 1, "\\udfff": 2, "text": "x"}',
        "surrogate/key-merges-with-fffd": b'{"\\ufffd": 1, "\\ud800": 2, "text": "x"}',
        "surrogate/valid-pair": b'{"text": "\\ud83d\\ude00 smile"}',
        "surrogate/reversed-pair": b'{"text": "\\ude00\\ud83d"}',
        "surrogate/in-nested": b'{"text": "x", "n": [{"k": "\\ud800"}]}',
        "surrogate/raw-bytes": b'{"text": "\xed\xa0\x80"}',
        "surrogate/flood": b'{"text": "' + b"\\ud800" * 5000 + b'"}',
        # deep nesting
        "deep/100k-brackets": b"[" * 100_000, "deep/100k-closed": b"[" * 100_000 + b"]" * 100_000,
        "deep/100k-objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "deep/in-record": b'{"text": "x", "d": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "deep/shallow-ok": b'{"text": "x", "d": ' + b"[" * 100 + b"]" * 100 + b"}",
        # odd but valid
        "valid/duplicate-key": b'{"text": "first", "text": "last wins"}',
        "valid/has-cleantext-key": b'{"cleantext": {"title": "old"}, "text": "Run again."}',
        "valid/big-numbers": b'{"text": "x", "big": 123456789012345678901234567890, "f": 1.5e300, "e": 1E5}',
        "valid/empty-text": b'{"text": ""}', "valid/html-text": _dump({"text": page(PARAGRAPH)}),
        "valid/unicode-keys": _dump({"ключ": "значение", "text": "Ünïcödé “quotes” ☃", "🙂": [1, {"b": None}]}),
        "valid/line-separators": _dump({"text": "a\u2028b\u2029c\x85d\re"}),
        "valid/control-characters": _dump({"text": "".join(map(chr, range(32)))}),
    }
    cases = [(f"jsonl/{name}", raw + b"\n") for name, raw in lines.items()]
    cases += [(f"jsonl/between-good/{name}", good + raw + b"\n" + good) for name, raw in lines.items()]
    cases += [
        ("jsonl/stream/empty", b""),
        ("jsonl/stream/blank-lines", b"\n \n\t\n\r\n"),
        ("jsonl/stream/no-final-newline", good + good.rstrip(b"\n")),
        ("jsonl/stream/bom-first", codecs.BOM_UTF8 + good + good),
        ("jsonl/stream/bom-only", codecs.BOM_UTF8),
        ("jsonl/stream/crlf", good.replace(b"\n", b"\r\n") * 3),
        ("jsonl/stream/every-bad-line", b"\n".join(lines.values()) + b"\n"),
    ]
    return cases


def big_record(megabytes: int = 50) -> bytes:
    """One JSON Lines record of ``megabytes`` MB: a short text, and the bulk under another key."""
    bulk = "lorem ipsum dolor sit amet, " * (megabytes * 1_000_000 // 28 + 1)
    return _dump({"id": 1, "text": "Menu\nThe bridge reopened.\n\nIt took eight months.", "bulk": bulk}) + b"\n"


GENERATED: dict[str, Callable[[], list]] = {"corpus": corpus, "html": html_cases, "jsonl": jsonl_cases}
