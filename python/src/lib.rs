//! Python bindings: `import unboil`.
//!
//! A thin layer over the Rust library (no second implementation): the input
//! is copied out of Python, the interpreter lock is released while
//! extracting (threads run in parallel), and the result is converted back.
//! Errors become `unboil.UnboilError` (a `ValueError`); bad arguments a plain
//! `ValueError`.

use engine::write::{render, Format, WriteOptions};
use engine::{Document, Focus, Options};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

create_exception!(
    unboil,
    UnboilError,
    PyValueError,
    "Extraction failed: the input is empty, binary, or over the size limit."
);

/// A page as Python hands it over.
#[derive(FromPyObject)]
enum Page {
    /// Already decoded text.
    Text(String),
    /// Raw bytes: the charset is detected (BOM, `charset`, `<meta>`, guess).
    Bytes(Vec<u8>),
}

fn options(url: Option<&str>, favor: Option<&str>) -> PyResult<Options> {
    let focus = match favor.map(str::to_ascii_lowercase).as_deref() {
        None | Some("balanced") => Focus::Balanced,
        Some("precision") => Focus::Precision,
        Some("recall") => Focus::Recall,
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "favor must be 'precision', 'balanced' or 'recall', not {other:?}"
            )))
        }
    };
    let mut opts = Options::default().with_focus(focus);
    if let Some(u) = url {
        let parsed = url::Url::parse(u)
            .map_err(|e| PyValueError::new_err(format!("url {u:?} is not a valid URL: {e}")))?;
        opts = opts.with_url(parsed);
    }
    Ok(opts)
}

fn format(name: &str) -> PyResult<Format> {
    match name.to_ascii_lowercase().as_str() {
        "text" | "txt" => Ok(Format::Text),
        "markdown" | "md" => Ok(Format::Markdown),
        "html" => Ok(Format::Html),
        "json" => Ok(Format::Json),
        other => Err(PyValueError::new_err(format!(
            "format must be 'text', 'markdown', 'html' or 'json', not {other:?}"
        ))),
    }
}

/// Extracts without the interpreter lock.
fn run(py: Python<'_>, page: Page, charset: Option<String>, opts: Options) -> PyResult<Document> {
    py.detach(move || match page {
        Page::Text(s) => engine::extract(&s, &opts),
        Page::Bytes(b) => engine::extract_bytes(&b, charset.as_deref(), &opts),
    })
    .map_err(|e| UnboilError::new_err(format!("{e} ({})", e.kind())))
}

/// Extracts the main content of an HTML page.
///
/// `html` is a `str`, or `bytes` whose encoding is detected (BOM, then
/// `charset`, then `<meta charset>`, then a statistical guess). `url` is the
/// page's address, for resolving links. `format` is `"text"`,
/// `"markdown"`, `"html"` or `"json"`; `favor` is `"precision"`,
/// `"balanced"` (default) or `"recall"`; `include_title` starts the output
/// with the title; `links` keeps links in Markdown and HTML.
///
/// Returns `None` when the page has no recognisable main content; raises
/// `UnboilError` on unusable input (empty, binary, too large).
#[pyfunction]
#[pyo3(signature = (html, url=None, format="text", favor=None, *, include_title=false, links=false, charset=None))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    html: Page,
    url: Option<&str>,
    format: &str,
    favor: Option<&str>,
    include_title: bool,
    links: bool,
    charset: Option<String>,
) -> PyResult<Option<String>> {
    let fmt = self::format(format)?;
    let opts = options(url, favor)?;
    let doc = run(py, html, charset, opts)?;
    if doc.is_empty() && fmt != Format::Json {
        return Ok(None);
    }
    let wopts = WriteOptions {
        title: include_title,
        links,
        ..WriteOptions::default()
    };
    Ok(Some(py.detach(|| render(&doc, fmt, &wopts))))
}

/// Extracts content and metadata as a `dict`: `title`, `author`, `date`,
/// `site_name`, `language`, `url` (canonical), `description`, `image`
/// (each `None` when the page does not say), `confidence` (0 to 0.95: an
/// estimate of the result's word F1), `partial` (a limit cut extraction
/// short), `page_type` (`"article"`, `"product"`, `"forum"`, `"listing"` or
/// `"other"`), `text` and `markdown` (the body, without the title).
///
/// Raises `UnboilError` on unusable input; a page without content gives
/// empty `text`.
#[pyfunction]
#[pyo3(signature = (html, url=None, favor=None, *, charset=None))]
fn extract_document<'py>(
    py: Python<'py>,
    html: Page,
    url: Option<&str>,
    favor: Option<&str>,
    charset: Option<String>,
) -> PyResult<Bound<'py, PyDict>> {
    let opts = options(url, favor)?;
    let doc = run(py, html, charset, opts)?;
    let (text, markdown) = py.detach(|| (doc.to_text(), doc.to_markdown()));
    let m = &doc.metadata;
    let d = PyDict::new(py);
    d.set_item("title", m.title.as_deref())?;
    d.set_item("author", m.author.as_deref())?;
    d.set_item("date", m.date.as_deref())?;
    d.set_item("site_name", m.site_name.as_deref())?;
    d.set_item("language", m.language.as_deref())?;
    d.set_item("url", m.url.as_deref())?;
    d.set_item("description", m.description.as_deref())?;
    d.set_item("image", m.image.as_deref())?;
    d.set_item("confidence", doc.confidence)?;
    d.set_item("partial", doc.partial)?;
    d.set_item("page_type", doc.page_type.as_str())?;
    d.set_item("text", text)?;
    d.set_item("markdown", markdown)?;
    Ok(d)
}

/// unboil: the main content of web pages, from Rust.
#[pymodule]
#[pyo3(name = "unboil")]
fn unboil_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_document, m)?)?;
    m.add("UnboilError", m.py().get_type::<UnboilError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
