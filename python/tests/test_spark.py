"""The Spark example job, on local[2], over a WARC file generated here."""

import io
import os
import pathlib
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
warcio = pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples" / "spark"))
import extract_job  # noqa: E402

FIXTURES = ROOT / "fixtures"


def write_warc(path):
    """Three HTML responses (one windows-1252, declared only in the HTTP
    header), an image, a request record, and an HTML response with an empty
    body (which must come out as an error row, not vanish)."""
    pages = [
        ("https://news.example/council", "text/html; charset=utf-8",
         (FIXTURES / "german-news.html").read_bytes()),
        ("https://blog.example/rust", "text/html",
         (FIXTURES / "blog-code.html").read_bytes()),
        ("https://cafe.example/menu", "text/html; charset=windows-1252",
         "<html><body><article><p>Un café crème, s'il vous plaît, et un croissant.</p>"
         "</article></body></html>".encode("windows-1252")),
        ("https://img.example/a.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://empty.example/", "text/html", b""),
    ]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        writer.write_record(writer.create_warc_record("https://news.example/council", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.fixture(scope="module")
def spark():
    # Workers run this interpreter (the venv with unboil and warcio).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        pyspark.sql.SparkSession.builder.master("local[2]")
        .appName("unboil-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_warc_job_writes_one_row_per_html_page(spark, tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    out = tmp_path / "out.parquet"
    count = extract_job.run(spark, str(warc), str(out), "warc", partitions=2)
    assert count == 4
    rows = {r["url"]: r for r in spark.read.parquet(str(out)).collect()}
    assert set(rows) == {
        "https://news.example/council", "https://blog.example/rust",
        "https://cafe.example/menu", "https://empty.example/",
    }
    german = rows["https://news.example/council"]
    assert german["title"] == "Hitzewelle: Städte öffnen kühle Räume für Ältere"
    assert german["language"] == "de" and german["error"] is None
    assert german["text"] == (FIXTURES / "german-news.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert rows["https://cafe.example/menu"]["text"] == "Un café crème, s'il vous plaît, et un croissant.\n"
    assert "pub fn words(input: &str)" in rows["https://blog.example/rust"]["text"]
    empty = rows["https://empty.example/"]
    assert empty["text"] is None and "empty" in empty["error"]


def test_html_directory_job(spark, tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for name in ("german-news.html", "forum-thread.html", "docs-sidebar.html"):
        (src / name).write_bytes((FIXTURES / name).read_bytes())
    out = tmp_path / "html.parquet"
    assert extract_job.run(spark, str(src), str(out), "html") == 3
    rows = spark.read.parquet(str(out)).collect()
    assert all(r["error"] is None and r["text"] for r in rows)
    assert {pathlib.Path(r["url"]).name for r in rows} == {
        "german-news.html", "forum-thread.html", "docs-sidebar.html"
    }
