"""The Scrapy pipeline example, crawling a server on 127.0.0.1 started here."""

import http.server
import json
import os
import pathlib
import subprocess
import sys
import threading

import pytest

pytest.importorskip("scrapy")

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        name = self.path.strip("/")
        body = b"" if name == "empty" else (FIXTURES / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_pipeline_fills_text_and_drops_unusable_pages(server, tmp_path):
    out = tmp_path / "items.jsonl"
    names = ["german-news.html", "forum-thread.html", "empty"]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "examples" / "scrapy"))
    subprocess.run(
        [sys.executable, str(ROOT / "examples" / "scrapy" / "spider.py"), str(out)]
        + [f"{server}/{n}" for n in names],
        check=True, env=env, timeout=120,
    )
    items = {pathlib.Path(i["url"]).name: i for i in map(json.loads, out.read_text().splitlines())}
    assert set(items) == {"german-news.html", "forum-thread.html"}  # the empty page is dropped
    german = items["german-news.html"]
    assert "html" not in german
    assert german["title"] == "Hitzewelle: Städte öffnen kühle Räume für Ältere"
    assert german["text"] == (FIXTURES / "german-news.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert items["forum-thread.html"]["text"]
