"""A minimal spider that hands pages to the unboil pipeline: run with
`python examples/scrapy/spider.py OUT.jsonl URL...` (offline tests point it
at a local server)."""

import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, urls=(), **kwargs):
        super().__init__(**kwargs)
        self.start_urls = list(urls)

    def parse(self, response):
        yield {"url": response.url, "html": response.body}


def main():
    out, urls = sys.argv[1], sys.argv[2:]
    process = CrawlerProcess(
        settings={
            "ITEM_PIPELINES": {"unboil_pipeline.UnboilPipeline": 300},
            "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
            "ROBOTSTXT_OBEY": False,
            "LOG_LEVEL": "ERROR",
            "TELNETCONSOLE_ENABLED": False,
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        }
    )
    process.crawl(PagesSpider, urls=urls)
    process.start()


if __name__ == "__main__":
    main()
