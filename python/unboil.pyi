"""unboil: the main content of web pages (title and article body, without
navigation, ads, share bars, related links and footers), from Rust."""

from typing import Literal, Optional, TypedDict, Union

__version__: str

class UnboilError(ValueError):
    """The input is empty, binary, or over the size limit."""

class Document(TypedDict):
    title: Optional[str]
    author: Optional[str]
    date: Optional[str]  # ISO 8601: "2025-03-14" or "2025-03-14T09:12:00+01:00"
    site_name: Optional[str]
    language: Optional[str]
    url: Optional[str]
    description: Optional[str]
    image: Optional[str]
    confidence: float
    partial: bool
    page_type: Literal["article", "product", "forum", "listing", "other"]
    text: str
    markdown: str

def extract(
    html: Union[str, bytes],
    url: Optional[str] = None,
    format: Literal["text", "markdown", "html", "json"] = "text",
    favor: Optional[Literal["precision", "balanced", "recall"]] = None,
    *,
    include_title: bool = False,
    links: bool = False,
    charset: Optional[str] = None,
) -> Optional[str]:
    """Extracts the main content of an HTML page.

    `html` is a `str`, or `bytes` whose encoding is detected (BOM, then
    `charset`, then `<meta charset>`, then a statistical guess). Returns
    `None` when the page has no recognisable main content (except for
    `format="json"`, which always returns an object); raises `UnboilError`
    on unusable input. The interpreter lock is released while extracting.
    """

def extract_document(
    html: Union[str, bytes],
    url: Optional[str] = None,
    favor: Optional[Literal["precision", "balanced", "recall"]] = None,
    *,
    charset: Optional[str] = None,
) -> Document:
    """Content and metadata of an HTML page as a dict."""
