//! One test per behaviour that once went wrong on real pages, named after it.

use unboil::{extract, Options};

fn text(html: &str) -> String {
    extract(html, &Options::default())
        .expect("extracts")
        .to_text()
}

#[test]
fn content_only_inside_noscript_is_read() {
    // Forum software serves its posts to non-JS browsers inside <noscript>.
    let page = r#"<html><body><div id="app"></div>
      <noscript><div class="topic"><h1>Build fails after update</h1>
        <div class="post"><p>After updating to version 2.4 the build fails with a linker error about a missing symbol, on every machine we tried, including clean containers.</p></div>
        <div class="post"><p>Pinning the previous version of the toolchain fixed it for us; the regression is tracked upstream and a fix is expected in the next point release.</p></div>
        <div class="post"><p>Confirmed here as well. Clearing the cache was not enough, only the pin worked, so that is what we are doing until the fix ships next week.</p></div>
      </div></noscript></body></html>"#;
    let out = text(page);
    assert!(out.contains("linker error"), "{out}");
    assert!(out.contains("Pinning the previous version"), "{out}");
}

#[test]
fn thread_of_similar_posts_is_kept_whole_not_just_the_longest_post() {
    let post = |who: &str, body: &str| {
        format!(
            r#"<div class="message"><div class="user">{who}</div><div class="message-body"><p>{body}</p></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><div class="header"><a href="/">Forum</a></div><div class="thread">{}{}{}</div></body></html>"#,
        post("ana", "My sourdough starter smells like nail polish remover after three days on the counter. Is it ruined, or is this a normal stage of a young starter?"),
        post("ben", "That acetone smell means it is hungry. Feed it twice a day at a one to one to one ratio for a week, and keep it somewhere a little warmer, and the smell goes away."),
        post("cy", "Agreed with ben. Mine did the same thing in its first week. Discard more often and use some whole wheat flour, which gives the yeast more to eat and speeds it up.")
    );
    let out = text(&page);
    for needle in ["nail polish remover", "acetone smell", "whole wheat flour"] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
}

#[test]
fn also_read_link_line_between_paragraphs_is_dropped() {
    let page = r#"<article>
      <p>The first paragraph of the story is long enough to be content, with commas, clauses, and detail.</p>
      <p><strong>Also read:</strong> <a href="/other">A different story entirely</a></p>
      <p>The second paragraph continues the story with more detail, more commas, and more words to score.</p>
    </article>"#;
    let out = text(page);
    assert!(!out.contains("Also read"), "{out}");
    assert!(!out.contains("A different story"), "{out}");
    assert_eq!(out.split("\n\n").count(), 2);
}

#[test]
fn heading_repeating_the_title_is_not_part_of_the_body() {
    let page = r#"<html><head><title>Tides explained | Sea Notes</title></head><body><article>
      <h1>Tides explained</h1>
      <p>Tides are the rise and fall of sea levels caused by the gravity of the Moon and the Sun, and by the rotation of the Earth.</p>
    </article></body></html>"#;
    let doc = extract(page, &Options::default()).expect("extracts");
    assert_eq!(doc.metadata.title.as_deref(), Some("Tides explained"));
    assert!(doc.to_text().starts_with("Tides are the rise"));
}

#[test]
fn figure_captions_are_left_out_unless_recall_is_asked_for() {
    let page = r#"<article>
      <p>The bridge reopened on Monday after two years of repairs, with a new cycle lane on each side.</p>
      <figure><img src="/bridge.jpg" alt="The bridge"><figcaption>The bridge at dawn. Photo: City archive</figcaption></figure>
      <p>Traffic is expected to return to its old levels within a month, the council said on Tuesday.</p>
    </article>"#;
    assert!(!text(page).contains("The bridge at dawn"));
    let recall = Options::default().with_focus(unboil::Focus::Recall);
    let doc = extract(page, &recall).expect("extracts");
    assert!(doc.to_text().contains("The bridge at dawn"));
}

#[test]
fn content_parked_in_a_hidden_container_is_read_when_nothing_else_is_there() {
    // Streamed server rendering: the article waits in <div hidden> until a
    // script moves it into place.
    let para = "Index funds track a market index, so their costs stay low and their returns follow the market, which is why they suit most long-term savers.";
    let page = format!(
        r#"<html><body><div id="root"><p>Loading…</p></div><div hidden id="S:0"><main><article><h1>Index funds</h1>{}</article></main></div></body></html>"#,
        format!("<p>{para}</p>").repeat(5)
    );
    assert!(text(&page).contains("Index funds track a market index"));
}
