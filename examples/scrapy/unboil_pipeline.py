"""A Scrapy item pipeline that fills `item["text"]` (and the title and date
when missing) with unboil's extraction of `item["html"]`.

    ITEM_PIPELINES = {"unboil_pipeline.UnboilPipeline": 300}

The spider yields items with `url` and `html` (the response body as bytes,
`response.body`, so unboil detects the charset; `response.text` works too).
Settings: `UNBOIL_FORMAT` ("text", "markdown", "html"), `UNBOIL_FAVOR`
("precision", "balanced", "recall"), `UNBOIL_KEEP_HTML` (default False:
the raw HTML is removed from the item once extracted). A page without
content gets `text = None`; unusable input (empty, binary) is dropped with
a logged reason.
"""

import unboil
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem


class UnboilPipeline:
    def __init__(self, fmt="text", favor=None, keep_html=False):
        self.fmt = fmt
        self.favor = favor
        self.keep_html = keep_html

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(
            fmt=s.get("UNBOIL_FORMAT", "text"),
            favor=s.get("UNBOIL_FAVOR"),
            keep_html=s.getbool("UNBOIL_KEEP_HTML", False),
        )

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        html = adapter.get("html")
        if html is None:
            return item
        url = adapter.get("url")
        try:
            doc = unboil.extract_document(html, url=url, favor=self.favor)
            if self.fmt == "html":
                text = unboil.extract(html, url=url, format="html", favor=self.favor)
            else:
                text = doc["markdown" if self.fmt == "markdown" else "text"] or None
        except ValueError as err:
            raise DropItem(f"unboil: {url}: {err}") from err
        adapter["text"] = text
        for key in ("title", "date"):
            if adapter.get(key) is None:
                adapter[key] = doc[key]
        if not self.keep_html:
            del adapter["html"]
        return item
