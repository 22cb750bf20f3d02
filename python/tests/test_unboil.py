"""The Python bindings, on the authored fixtures and on bad input."""

import json
import pathlib
from concurrent.futures import ThreadPoolExecutor

import pytest

import unboil

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "fixtures"
PAGES = sorted(FIXTURES.glob("*.html"))
ARTICLE = (
    "<html><head><title>Council votes</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><p>The council voted on Tuesday, after a long debate, to fund "
    "the new library, the city's first in thirty years.</p></article>"
    "<footer>© Example News. All rights reserved.</footer></body></html>"
)


def test_there_are_fixtures():
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixtures_match_the_golden_text_and_markdown(page):
    # The same goldens the Rust tests check: text and Markdown with title.
    html = page.read_bytes()
    text = unboil.extract(html, include_title=True) or ""
    markdown = unboil.extract(html, format="markdown", include_title=True) or ""
    assert text == page.with_suffix(".txt").read_text(encoding="utf-8")
    assert markdown == page.with_suffix(".md").read_text(encoding="utf-8")


def test_str_and_bytes_give_the_same_text():
    assert unboil.extract(ARTICLE) == unboil.extract(ARTICLE.encode("utf-8"))
    assert unboil.extract(ARTICLE).startswith("The council voted on Tuesday")
    assert "Home" not in unboil.extract(ARTICLE)


@pytest.mark.parametrize(
    "encoding,declare",
    [
        ("windows-1252", "meta"),
        ("windows-1252", "argument"),
        ("shift_jis", "meta"),
        ("iso-8859-7", "argument"),
        ("utf-16", "bom"),
    ],
)
def test_bytes_in_other_charsets(encoding, declare):
    body = {
        "windows-1252": "Un café crème, s'il vous plaît, et l'addition; merci beaucoup.",
        "shift_jis": "東京の図書館は、来年の春に新しい建物へ移転する予定です。",
        "iso-8859-7": "Η βιβλιοθήκη της πόλης θα ανοίξει ξανά την άνοιξη, είπε ο δήμαρχος.",
        "utf-16": "Grüße aus Köln: die Bibliothek öffnet im Frühling wieder.",
    }[encoding]
    meta = f'<meta charset="{encoding}">' if declare == "meta" else ""
    page = f"<html><head>{meta}</head><body><article><p>{body}</p></article></body></html>"
    data = page.encode(encoding)  # Python's utf-16 codec writes a BOM
    charset = encoding if declare == "argument" else None
    assert unboil.extract(data, charset=charset) == body + "\n"


def test_formats():
    doc = json.loads(unboil.extract(ARTICLE, format="json", url="https://example.com/a"))
    assert doc["title"] == "Council votes"
    assert doc["text"].startswith("The council voted")
    html = unboil.extract(ARTICLE, format="html")
    assert html.startswith("<") and "<script" not in html
    assert unboil.extract(ARTICLE, format="markdown", include_title=True).startswith("# Council votes")


def test_extract_document_returns_metadata():
    page = (FIXTURES / "jsonld-metadata.html").read_bytes()
    doc = unboil.extract_document(page, url="https://example.com/x")
    assert set(doc) == {
        "title", "author", "date", "site_name", "language", "url",
        "description", "image", "confidence", "partial", "page_type", "text",
        "markdown",
    }
    assert doc["page_type"] == "article"
    assert doc["title"] and doc["author"] and doc["date"]
    assert 0.0 <= doc["confidence"] <= 1.0
    assert doc["partial"] is False
    assert doc["text"] == unboil.extract(page)


def test_no_content_gives_none():
    assert unboil.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>") is None
    assert unboil.extract_document("<script>var a = 1;</script>")["text"] == ""


@pytest.mark.parametrize("bad", ["", "   \n", b"", b"\x00\x01\x02binary\x00" * 100])
def test_unusable_input_raises_unboil_error(bad):
    with pytest.raises(unboil.UnboilError) as e:
        unboil.extract(bad)
    assert str(e.value)
    assert isinstance(e.value, ValueError)


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(ValueError, match="format"):
        unboil.extract(ARTICLE, format="pdf")
    with pytest.raises(ValueError, match="favor"):
        unboil.extract(ARTICLE, favor="everything")
    with pytest.raises(ValueError, match="url"):
        unboil.extract(ARTICLE, url="not a url")
    with pytest.raises(TypeError):
        unboil.extract(42)


def test_favor_precision_and_recall_are_accepted():
    for favor in ("precision", "balanced", "recall", None):
        assert unboil.extract(ARTICLE, favor=favor).startswith("The council voted")


def test_threads_in_parallel_give_the_sequential_results():
    pages = [p.read_bytes() for p in PAGES] * 5
    sequential = [unboil.extract(p) for p in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(unboil.extract, pages))
    assert parallel == sequential
