//! One test per behaviour that once went wrong on real pages, named after it.

use crate::support::fixture;
use unboil::{extract, Options};

/// The text of `fixtures/<name>`.
fn fixture_page(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("fixture readable")
}

/// `<p>` elements numbered over `range`: `sentence` with `{i}` replaced by
/// each number.
fn paragraphs(range: std::ops::RangeInclusive<usize>, sentence: &str) -> String {
    range
        .map(|i| format!("<p>{}</p>", sentence.replace("{i}", &i.to_string())))
        .collect()
}

fn text(html: &str) -> String {
    extract(html, &Options::default())
        .expect("extracts")
        .to_text()
}

/// Extracts `html` and checks that its text contains each of `kept` and
/// none of `dropped`.
fn expect(html: &str, kept: &[&str], dropped: &[&str]) {
    let out = text(html);
    for k in kept {
        assert!(out.contains(k), "{k:?} missing from:\n{out}");
    }
    for d in dropped {
        assert!(!out.contains(d), "{d:?} kept in:\n{out}");
    }
}

/// Checks that `out` holds each of `order`, in that order.
fn expect_in_order(out: &str, order: &[&str]) {
    let at: Vec<usize> = order
        .iter()
        .map(|s| {
            out.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing from:\n{out}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order:\n{out}");
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
    expect(page, &["linker error", "Pinning the previous version"], &[]);
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
fn theme_captions_are_left_out_like_figcaptions() {
    let page = r#"<article>
      <p>The bridge reopened on Monday after two years of repairs, with a new cycle lane on each side.</p>
      <div class="wp-caption"><img src="/bridge.jpg" alt=""><p class="wp-caption-text">The bridge at dawn, from the east bank</p></div>
      <p>Traffic is expected to return to its old levels within a month, the council said on Tuesday.</p>
    </article>"#;
    let out = text(page);
    assert!(out.contains("new cycle lane"), "{out}");
    assert!(!out.contains("The bridge at dawn"), "{out}");
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

#[test]
fn hidden_streamed_content_survives_a_noscript_pixel_written_as_a_self_closing_iframe() {
    // A tag manager's <noscript><iframe … /></noscript> before the streamed
    // segments: read as markup (as a browser without JavaScript would), the
    // unclosed <iframe> turns the rest of the page into raw text.
    let para = "Deploy a web service by connecting a repository; every push builds and ships a new version, with zero downtime and instant rollbacks.";
    let page = format!(
        r#"<html><body><div id="root"><div class="banner">Migrate today and get credits</div><template id="B:0"></template></div>
        <noscript><iframe src="https://tags.example/ns.html?id=1" height="0" width="0" style="display:none" /></noscript>
        <div hidden id="S:0"><h2>Click, click, done.</h2>{}</div></body></html>"#,
        format!("<p>{para}</p>").repeat(5)
    );
    expect(&page, &["Click, click, done.", "every push builds"], &[]);
}

/// A landing page: one long section, then feature blocks whose class says
/// "media" (a negative hint on an article). The page declares no article,
/// so the feature blocks are content.
fn landing_page(og_type: &str) -> String {
    let long = "Ledgerly keeps the books for design and architecture practices of two to forty people, so the partners can spend their evenings on the work instead of on receipts. ";
    let feature = |h: &str, p: &str| {
        format!(r#"<div class="media-feature"><h2>{h}</h2><p>{p} {p}</p></div>"#)
    };
    format!(
        r#"<html><head><meta property="og:type" content="{og_type}"></head><body>
        <section class="intro"><p>{long}{long}</p><p>Studios send us their receipts, bank feeds and payroll, and get back books they can read. {long}</p><p>Founded by two accountants who used to work for architects, we know what a practice needs. {long}</p></section>
        {}{}{}{}</body></html>"#,
        feature("Monthly books", "Your bookkeeper reconciles every account by the tenth of the month and writes a short note on anything unusual, in plain language."),
        feature("Payroll that runs itself", "Salaries, pensions and freelancer invoices are paid on the same day each month, and new starters are set up from a single form."),
        feature("Tax returns without panic", "We prepare and file VAT and corporation tax returns, and we tell you what you owe weeks before it is due, so nothing is a surprise."),
        feature("Project profitability", "Time sheets and expenses are matched to projects, so you see which clients pay for themselves before you quote for the next job."),
    )
}

#[test]
fn feature_blocks_of_an_undeclared_page_are_kept_despite_media_classes() {
    let out = text(&landing_page("website"));
    for needle in [
        "keeps the books",
        "Monthly books",
        "Payroll that runs itself",
        "which clients pay",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
}

#[test]
fn on_a_declared_article_media_blocks_stay_out() {
    // Same page declared an article: "media" blocks there are embeds and
    // galleries beside the story, and class weights still apply.
    expect(
        &landing_page("article"),
        &["keeps the books"],
        &["Monthly books"],
    );
}

#[test]
fn collapsed_accordion_panels_are_content() {
    // Accordion and tab widgets mark closed panels with a "hidden" class;
    // a reader opens them, and the text is part of the article.
    let panel = |q: &str, a: &str| {
        format!(
            r#"<div class="accordion-pane"><h3>{q}</h3><div class="accordion-panel accordion-panel-hidden"><p>{a}</p></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><div class="entry-content">
        <p>Choosing accounting software for a one-person business comes down to three things: how it handles invoices, how it tracks expenses, and what it costs once the trial ends.</p>
        <p>Most freelancers send a handful of invoices a month, so the important question is not how many features a product has, but how quickly it turns a finished job into money in the bank, and how little time it takes at the end of the quarter.</p>
        <p>We looked at eight products over two months, with the same sample business in each, and asked an accountant to check the reports they produced, line by line, against her own.</p>
        {}{}</div></body></html>"#,
        panel("How we tested", "We set up each product with a year of sample invoices and receipts, then timed how long a quarterly tax estimate took from start to finish."),
        panel("How we scored", "Invoicing counted for forty percent of the score, expense tracking for thirty, and price and support for the remaining thirty percent."),
    );
    expect(&page, &["year of sample invoices", "forty percent"], &[]);
}

#[test]
fn a_product_pages_template_copies_come_out_once() {
    // Shop themes render a block once for mobile and once for desktop.
    let feature = r#"<div class="feature"><h3>Material</h3><p>Aircraft-grade aluminium plates, anodised so they shrug off scratches from keys and coins.</p></div>"#;
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"Product","name":"Slim Wallet"}}</script></head>
        <body><main><h1>Slim Wallet</h1>
        <p>A front-pocket wallet that holds one to twelve cards and stays as thin as the cards themselves, with a strap for cash on the back.</p>
        <div class="mobile-only">{feature}</div><div class="desktop-only">{feature}</div>
        <p>Every wallet comes with a lifetime warranty: if it breaks, we replace it, no questions asked and no receipt needed.</p>
        </main></body></html>"#
    );
    let out = text(&page);
    assert_eq!(out.matches("Aircraft-grade aluminium").count(), 1, "{out}");
    assert_eq!(out.matches("Material").count(), 1, "{out}");
    assert!(out.contains("lifetime warranty"), "{out}");
}

#[test]
fn a_chorus_repeated_in_an_article_stays() {
    let chorus = "<p>Row, row, row your boat across the harbour in the morning light</p>";
    let verse =
        |v: &str| format!("<p>{v}, and the gulls were calling over the grey water as we went.</p>");
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article>
        {}{chorus}{}{chorus}{}{chorus}</article></body></html>"#,
        verse("We left the quay before the sun was up"),
        verse("The tide was turning at the harbour wall"),
        verse("We came home late with salt upon our hands"),
    );
    let out = text(&page);
    assert_eq!(out.matches("Row, row, row").count(), 3, "{out}");
}

#[test]
fn a_posters_profile_box_and_signature_are_not_the_post() {
    let post = |who: &str, body: &str| {
        format!(
            r#"<div class="post"><div class="postbody"><p>{body}</p><div class="signature">Sent from my allotment shed. Tomatoes since 1998.</div></div>
            <dl class="postprofile"><dt>{who}</dt><dd>Posts: 6217</dd><dd>Joined: Oct 05, 2011</dd></dl></div>"#
        )
    };
    let page = format!(
        r#"<html><body><div class="topic">{}{}{}</div></body></html>"#,
        post("ana", "My tomato leaves are curling upwards after the heatwave, but the plants still flower and set fruit. Should I be worried, or is this just heat stress? They are in raised beds in full sun, watered every evening, and fed with a tomato feed once a week since the first truss set."),
        post("ben", "Leaf roll after hot weather is almost always physiological. Keep watering deeply in the morning, mulch the beds, and the new growth will come out flat. Feeding more will not help while it is this hot; wait until the weather breaks before you give them anything stronger than water."),
        post("cy", "Same here last July. I added shade cloth over the afternoon hours, and within two weeks the plants looked normal again and kept producing. The curled leaves never flattened, but they did not die either, and the harvest was as good as any year before it."),
    );
    let out = text(&page);
    assert!(
        out.contains("leaves are curling") && out.contains("shade cloth"),
        "{out}"
    );
    assert!(!out.contains("allotment shed"), "{out}");
    assert!(!out.contains("Posts: 6217"), "{out}");
}

#[test]
fn a_landing_page_section_with_several_images_is_not_a_gallery() {
    // A product landing page: each section is a heading and one paragraph
    // beside an animation's images (a still, a GIF, a mobile variant).
    // One paragraph to four images reads as a gallery by count alone; the
    // heading makes it a section.
    let section = |n: usize, heading: &str, text: &str| {
        format!(
            r#"<div class="home-section"><div class="animation">
               <img src="/a{n}.webp" class="hide"><img src="/a{n}.gif"><img src="/b{n}.webp" class="hide"><img src="/c{n}.webp">
               <div class="text-wrap"><h2>{heading}</h2><p>{text}</p></div></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><main><h1>Group chat that is all fun and games</h1>
        <p>Our app is great for playing games and chilling with friends, or even building a worldwide community of your own.</p>
        {}{}{}{}</main></body></html>"#,
        paragraphs(1..=4, "Reason {i} to join: servers are free to start and easy to run, with roles, channels and moderation tools that grow with your community."),
        section(1, "Make your group chats more fun", "Use custom emoji, stickers and sound effects to add your personality to your voice, video or text chat, and set a status that shows up in chat your way."),
        section(2, "Stream like you are in the same room", "High quality and low latency streaming makes it feel like you are hanging out on the couch with friends while playing a game or watching a show."),
        section(3, "Always have something to do together", "Watch videos, play built-in games, listen to music, or just scroll together and share memes, all without leaving the group chat you started in."),
    );
    expect(
        &page,
        &[
            "Make your group chats more fun",
            "custom emoji",
            "low latency streaming",
            "share memes",
        ],
        &[],
    );
}

#[test]
fn a_photo_gallery_inside_the_story_is_left_out() {
    // Human annotations leave out photo captions; a slideshow's captions,
    // repeated with "more"/"less" toggles, are the same.
    let slide = |n: u32| {
        format!(
            r#"<li class="gallery-item"><img src="/p{n}.jpg"><p>Delegates shake hands before the talks in the capital on Wednesday, photo {n} of the visit. less</p></li>"#
        )
    };
    let slides: String = (1..=4).map(slide).collect();
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><div class="article-body">
        <div class="photo-gallery"><ul>{slides}</ul></div>
        <p>HANOI (AP) — The defence secretary accused a neighbour of using coercion and intimidation against smaller nations, and urged the region to push back.</p>
        <p>He said the country would provide the coast guard with a surplus ship next year, but gave no details on payment or on the exact timing of the handover.</p>
        <p>Later, at the party headquarters, he repeated that his government opposed violations of international law at sea and excessive maritime claims.</p>
        <p>The visit, his second to the region this year, also took him to a former prison in the city, where captured airmen were held during the war decades ago.</p>
        <p>Officials on both sides described the talks as frank and constructive, and said working groups would meet again in the spring to discuss training and exchanges.</p>
        </div></body></html>"#
    );
    expect(
        &page,
        &["coercion and intimidation"],
        &["Delegates shake hands"],
    );
}

#[test]
fn a_tag_list_of_rel_tag_links_is_dropped() {
    let page = r#"<html><body><article>
      <p>The championship calendar for next season has twelve rounds, opening in March at the city circuit and closing there in December, with two dates still to be announced.</p>
      <p>Organisers said the calendar may change, as it did last year, when three rounds moved after the season had already started and teams had booked their travel.</p>
      <p>The million-prize race returns in August, at a venue to be confirmed by the series in the spring, after talks with two circuits that both want to host it.</p>
      <p><strong>Tags<br><a href="/tag/calendar" rel="tag">calendar</a>, <a href="/tag/stock-car" rel="tag">stock car</a>, <a href="/tag/motorsport" rel="tag">motorsport</a></strong></p>
    </article></body></html>"#;
    expect(page, &["twelve rounds"], &["Tags", "motorsport"]);
}

#[test]
fn back_to_back_span_fields_keep_their_words_apart() {
    let page = r#"<html><body><article>
      <p>The film opened in March to good reviews and has stayed in the chart since, carried by word of mouth more than by its modest marketing budget.</p>
      <p class="facts"><span>2025</span><span>1h 52m</span><span>PG-13</span> and a price of <span>$</span><span>12</span>.</p>
      <p>在台灣<span>露營</span><span>民宿</span>很受歡迎。</p>
    </article></body></html>"#;
    let out = text(page);
    assert!(out.contains("2025 1h 52m PG-13"), "{out}");
    // A sign and a figure are not both letters or digits: no space.
    assert!(out.contains("$12"), "{out}");
    // Scripts written without spaces get none.
    assert!(out.contains("露營民宿"), "{out}");
}

#[test]
fn a_caption_beside_its_picture_in_an_image_box_is_dropped_on_an_article() {
    let story = r#"<p>The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets, shrinking the craft.</p>
      <p>Its researchers examined how hibernation would change the design of a crewed mission to Mars and found the ship could be a third smaller than planned.</p>
      <p>The idea "is actually not so crazy", the team's head said, noting that similar states are already induced in patients in intensive care units today.</p>"#;
    let caption = "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, and European Space Agency astronaut Christer Fuglesang, participate in a space walk during construction of the International Space Station.";
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article>
        <h1>Snooze cruise: study sees future for hibernating astronauts</h1>
        <div class="image top imgTop"><img src="/space.jpg" alt="Space"><p>{caption}</p></div>
        {story}</article></body></html>"#
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    let out = doc.to_text();
    assert!(out.contains("suspended animation"), "{out}");
    assert!(!out.contains("Curbeam"), "{out}");
    // The picture itself stays.
    assert!(
        doc.to_markdown().contains("/space.jpg"),
        "{}",
        doc.to_markdown()
    );

    // Cards are not captions: a box that is a link, or one of a row of
    // boxes alike, keeps its text.
    let page = r#"<html><head><meta property="og:type" content="article"></head><body><article>
        <h1>Three mowers we tested</h1>
        <p>We ran three robotic mowers on the same lawns for a month, measuring how much grass each cut per charge and how often it got stuck.</p>
        <div class="item"><a class="item-img" href="/kr800"><img src="/a.png"><div>Quiet and autonomous, up to seven acres per charge.</div></a></div>
        <p>The first surprised us: it mapped the garden in a single pass and never needed a boundary wire, which made setting it up far quicker.</p>
        <div class="photo"><img src="/b.png"><p>The smaller model cut a quarter acre in an hour.</p></div>
        <div class="photo"><img src="/c.png"><p>The largest model needs a crew to set it up.</p></div>
        <p>The other two were slower but cheaper, and both handled slopes better than the first, which stalled on the steepest bank of the test lawn.</p>
        </article></body></html>"#;
    expect(
        page,
        &[
            "up to seven acres",
            "quarter acre in an hour",
            "needs a crew",
        ],
        &[],
    );
}

#[test]
fn back_to_back_links_and_a_bold_line_break_keep_words_apart() {
    let page = r#"<html><body><article>
      <p>The studio's new game mixes card battles with a dungeon crawl, and it has kept a place among the store's best sellers since its early-access launch in the spring.</p>
      <p>Listed under <a href="/tags/card-game">Card Game</a><a href="/tags/deckbuilding">Deckbuilding</a><a href="/tags/roguelike">Roguelike</a> in the store, it sold two million copies in its first year.</p>
      <p>Album of the month: <a href="/artist/earth-ball">Earth Ball</a><em>Outside Over There</em>, out on a small label.</p>
      <ul><li><b>E-Commerce Apps</b><b><br></b><span>Facilitate online shopping from discovery to checkout.</span></li></ul>
      <p>A word split across one link stays whole: <a href="/w">Plan</a>ning, and so does a drop cap: <em>I</em><a href="/f">f you</a> ask.</p>
    </article></body></html>"#;
    let out = text(page);
    assert!(out.contains("Card Game Deckbuilding Roguelike"), "{out}");
    assert!(out.contains("E-Commerce Apps Facilitate online"), "{out}");
    assert!(out.contains("Earth Ball Outside Over There"), "{out}");
    assert!(out.contains("Planning"), "{out}");
    assert!(out.contains("If you ask"), "{out}");
}

#[test]
fn answers_of_a_collapsed_faq_are_content_but_other_hidden_text_is_not() {
    let qa = |n: usize, q: &str, a: &str| {
        format!(
            r#"<div class="faq-item"><h3><a href="javascript:void(0)" aria-controls="faq-{n}" aria-expanded="false">{q}</a></h3>
               <div id="faq-{n}" aria-hidden="true">{a}</div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><main><h1>Retirement planning</h1>
        <p>Planning for retirement starts with knowing what you will spend, and then working back to what you need to save each month between now and the day you stop working.</p>
        {}{}<div aria-hidden="true">Screen-reader-hidden decoration that no control opens.</div>
        </main></body></html>"#,
        qa(1, "How much do I need to retire?", "A common rule of thumb is enough savings to draw down eighty to ninety percent of your income before retirement, every year, for three decades."),
        qa(2, "Can I retire early?", "Yes, but an early start means a longer retirement to pay for, so your savings rate and your investment returns both have to be higher."),
    );
    expect(
        &page,
        &["eighty to ninety percent", "longer retirement to pay for"],
        &["no control opens"],
    );
}

#[test]
fn faq_answers_hidden_by_their_style_are_content() {
    // A jQuery accordion: the answers are `display:none` until a click on
    // the question, and no control names them (no aria-controls). Their
    // class says what they are. An aria-hidden "answer" stays out.
    let qa = |q: &str, a: &str| {
        format!(
            r#"<div class="faq-item"><div class="faq__question">{q}</div>
               <div class="faq__answer" style="display: none;"><p>{a}</p></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><main><h1>Online certificates</h1>
        <p>Our certificate courses give you job-role training and workplace skills in fewer than three hours of study, at no cost, whenever you have the time.</p>
        <div class="faqs">{}{}</div>
        <div class="faq__answer" style="display:none" aria-hidden="true">A decorative copy nobody opens.</div>
        <div style="display:none">A hidden notice that no question opens.</div>
        </main></body></html>"#,
        qa("What is an online certificate?", "An online certificate is non-degree training that focuses on one subject in depth rather than on a broad education, and it is self-paced."),
        qa("Why get one?", "Most people take a certificate to meet the requirements of their job, to earn a promotion, or to move into a new career with marketable skills."),
    );
    expect(
        &page,
        &["non-degree training", "marketable skills"],
        &["nobody opens", "no question opens"],
    );
}

#[test]
fn q_and_a_prompts_are_dropped() {
    // Stack Exchange's prompts under the answers.
    let page = format!(
        r#"<html><body><main><h1>How many forks do I need for a dinner party?</h1>
        <div class="question"><p>I am hosting twelve people for dinner next week and I am not sure how much cutlery to buy, especially forks, since there are three courses.</p></div>
        <p>&#x200D;</p>
        <div class="answer">{}</div>
        <p>&#x200D; &#x200B;</p>
        <div class="prompts"><h2>Start asking to get answers</h2><p>Find the answer to your question by asking.</p>
        <h2>Explore related questions</h2><p>See similar questions with these tags.</p></div>
        </main></body></html>"#,
        paragraphs(1..=3, "Answer {i}: you need more forks than any other utensil, one per guest for each course, because unless it is all finger food everyone gets a fork."),
    );
    let out = text(&page);
    assert!(out.contains("Answer 3: you need more forks"), "{out}");
    for prompt in [
        "Start asking",
        "by asking",
        "Explore related",
        "similar questions",
    ] {
        assert!(!out.contains(prompt), "{prompt:?} kept in:\n{out}");
    }
}

#[test]
fn a_short_post_under_a_long_comment_thread_is_still_the_post() {
    let comment = |i: usize| {
        format!(
            r#"<li class="comment depth-1" id="comment-{i}"><div class="comment-body"><p>Comment {i}: thank you for the update. I have a question about how you weigh the evidence from the trial against the cost of running the programme at scale, and whether the numbers change if the programme is run by a government rather than a charity.</p></div></li>"#
        )
    };
    let comments: String = (0..12).map(comment).collect();
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body>
        <main><article class="post"><h1>Open thread: September</h1><div class="entry-content">
        <p>Our quarterly open thread gives readers a place to raise questions about our work in the comments below. You are also welcome to email us or to request a call with our staff.</p>
        <p>We will try to answer promptly.</p></div></article>
        <div id="comments" class="comments-area"><ol class="comment-list">{comments}</ol></div></main></body></html>"#
    );
    expect(&page, &["quarterly open thread"], &["Comment 3"]);
}

#[test]
fn an_article_beside_a_bigger_grid_of_teasers_is_chosen_over_body() {
    let para = |i: usize| {
        format!("<p>Paragraph {i} of the review: the streaming service works well on a fast connection, stutters on a slow one, and the library of games is still small, which matters more than the price for most players.</p>")
    };
    let teaser = |i: usize| {
        format!(
            r#"<div class="col"><article class="story"><h3><a href="/s/{i}">Story {i}</a></h3><div class="description"><p>A teaser for story number {i}, about something else entirely, written to make you click through to it.</p></div></article></div>"#
        )
    };
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body>
        <section role="main"><section><article class="single-story"><h1>Is it worth it?</h1><div class="content">{}</div></article></section></section>
        <section role="main"><section class="wrapper"><div class="grid">{}</div></section></section>
        </body></html>"#,
        (0..8).map(para).collect::<String>(),
        (0..24).map(teaser).collect::<String>()
    );
    expect(&page, &["Paragraph 7 of the review"], &["teaser for story"]);
}

#[test]
fn embedded_posts_quoted_in_an_article_are_kept() {
    let tweet = |who: &str, said: &str| {
        format!(
            r#"<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">{said} <a href="https://t.co/x1">pic.twitter.com/x1</a></p>— {who} (@{who}) <a href="https://twitter.com/{who}/status/1">November 18, 2019</a></blockquote></div>"#
        )
    };
    let page = format!(
        r#"<html><body><article><div class="entry-content">
        <p>The state's new anti-drug campaign drew ridicule online within hours of its launch, and officials spent the day defending the slogan and its cost.</p>
        {}
        <p>The governor said the campaign was meant to get people talking, and that by that measure it had already worked better than anyone expected.</p>
        {}
        <p>The agency that produced the campaign declined to say how much of its budget had been spent so far, citing an ongoing review of the contract.</p>
        <p>Lawmakers from both parties said they would ask for the contract at the next hearing, and one called the slogan an expensive joke at the expense of families.</p>
        <p>Treatment providers in the state were more measured, saying any attention on the problem was welcome as long as it led people to help.</p>
        </div></article></body></html>"#,
        tweet(
            "reader_one",
            "Yes this is real and yes the state spent nearly half a million dollars on it:"
        ),
        tweet(
            "reader_two",
            "It seems the other campaigns are just as bad as this one."
        ),
    );
    expect(
        &page,
        &["nearly half a million dollars", "just as bad as this one"],
        &[],
    );
}

#[test]
fn spaces_in_highlighted_code_survive() {
    // Syntax highlighters wrap the space between tokens in its own span.
    let page = r#"<html><body><article>
      <p>The helper below fetches one proposal by number and returns its text, or raises when the server answers with an error status.</p>
      <pre><span class="k">def</span><span class="w"> </span><span class="nf">get_pep</span>(num):
    <span class="k">return</span><span class="w"> </span>fetch(num)</pre>
    </article></body></html>"#;
    expect(page, &["def get_pep(num):", "return fetch(num)"], &[]);
}

#[test]
fn serialised_data_left_in_the_page_is_not_content() {
    let data: String = (0..30)
        .map(|i| format!("'locale-{i}': 'https://example.com/locale-{i}/'"))
        .collect::<Vec<_>>()
        .join(", ");
    let page = format!(
        r#"<html><body><div class="lang-data">{{{data}}}</div>
        <section class="headerWrapper"><h1>Quality engineering</h1>
        <p>Traditional testing struggles to match the speed of modern releases, so we combine automation, exploratory testing and release analytics into one practice.</p>
        <p>Our teams embed with yours, write the tests alongside the features, and report on risk in the same language as your product managers.</p></section>
        </body></html>"#
    );
    expect(&page, &["Traditional testing struggles"], &["locale-3"]);
}

#[test]
fn a_wrapper_around_main_is_not_chrome_whatever_its_class() {
    // A layout class ("flex-wrap-footer", "layout-2-sidebars") on the
    // wrapper that holds <main> must not prune the page's content; the
    // wrapper's real footer still goes.
    let items: String = (1..=6)
        .map(|i| {
            format!(
                "<dt><a href=/abs/{i}>[{i}] arXiv:2603.0{i}</a></dt>\
                 <dd><div class=meta><div class=list-title>Title: A study of sparse attention number {i} in long contexts</div>\
                 <div class=list-authors><a href=/a/{i}>Ada Lovelace {i}</a>, <a href=/b/{i}>Alan Turing</a></div></div></dd>"
            )
        })
        .collect();
    let page = format!(
        "<html><body><div class=flex-wrap-footer><header><a href=/>Archive</a></header>\
         <main><h1>Artificial Intelligence</h1><dl>{items}</dl></main>\
         <div class=site-footer>About · Help · Contact · Copyright</div></div></body></html>"
    );
    let out = text(&page);
    for i in 1..=6 {
        assert!(
            out.contains(&format!("sparse attention number {i}")),
            "{out}"
        );
    }
    // The cards are found on the first pass, so they keep their authors.
    assert_eq!(out.matches("Ada Lovelace").count(), 6, "{out}");
    assert!(!out.contains("Copyright"), "{out}");
}

#[test]
fn semantic_tags_outrank_their_class_names() {
    // A theme's modifier class ("node--promoted", "newsletter-post") on the
    // <article> itself, or "header-anchor" on a section heading, does not
    // make them chrome: the tag says what they are.
    let sentence = "Paragraph {i} of the guide explains, with a clause or two, how the \
        query planner picks an index and why the statistics must be fresh.";
    let body = paragraphs(1..=8, sentence);
    let disclosure = "<div class=disclosure-box><p>Some of the offers on this site come from \
         partners who pay us when readers click a link or open an account; this may affect \
         where and in which order products appear, although our opinions are our own and \
         have not been reviewed or approved by any partner. We do not cover every offer that \
         is available, and terms change often, so please check them with the issuer before \
         you apply, and read the fine print of every product, including fees and rates, \
         which can differ from what we list here for many reasons beyond our control.</p></div>";
    let page = format!(
        "<html><body>{disclosure}<article class='node node--promoted'><h1>Query tuning</h1>{body}</article>\
         <div class=related-posts><article class=teaser><a href=/x>Another post on indexes</a></article></div>\
         </body></html>"
    );
    let out = text(&page);
    assert!(out.contains("Paragraph 8 of the guide"), "{out}");
    assert!(!out.contains("Another post"), "{out}");

    let page = format!(
        "<html><body><article><h1>Query tuning</h1>\
         <h2 class=header-anchor-post>Reading the plan</h2>{body}\
         <h2 class=header-anchor-post>Keeping statistics fresh</h2>{body}</article></body></html>"
    );
    expect(
        &page,
        &["Reading the plan", "Keeping statistics fresh"],
        &[],
    );
}

#[test]
fn a_media_block_that_reads_as_prose_is_not_cleaned_away() {
    // "media" and "meta" lower a container's score, but on a declared
    // article a media group's long description (sentences, commas, few
    // links) is the story; a photo gallery's captions are still cleaned away.
    let sentence = "Paragraph {i} of the release says, in a sentence or two, what the \
        visualization shows and how the models were run.";
    let intro = paragraphs(1..=8, sentence);
    let description = "<section id=media_group_31><div><p>Maize yields may fall by a quarter, \
        wheat yields may rise, and the change comes from heat, rain, and carbon dioxide, \
        the study says. Maize, grown near the equator, suffers most; wheat, grown in \
        temperate places, gains, at least for a while, as the growing area moves north, \
        into Canada, northern China, and Russia, where it is cooler.</p></div></section>";
    let gallery =
        "<div class=gallery><p><a href=/p/1>Photo 1</a></p><p><a href=/p/2>Photo 2</a></p></div>";
    let page = format!(
        "<html><head><meta property=og:type content=article></head>\
         <body><article>{intro}{description}{gallery}</article></body></html>"
    );
    expect(
        &page,
        &["Maize yields may fall", "Paragraph 8 of the release"],
        &["Photo 2"],
    );
}

#[test]
fn a_related_posts_heading_takes_what_follows_it_along() {
    // The theme puts "You may like..." (its class says so) and whole teaser
    // posts after the article, inside the same container; the teasers are
    // long prose, so only the heading's class gives them away. Headings'
    // ids are slugs of their text ("travel-related-coverage") and do not count.
    let sentence = "Paragraph {i} of the reflection says, at some length, that courage \
        and patience are what a hard year asks of us.";
    let body = paragraphs(1..=6, sentence);
    let teaser = |i: usize| {
        format!(
            "<article class='post hentry'><p>Teaser {i}: gratitude lives in the details, in the \
             smile at waking and in the thanks for one more day, and it grows when shared.</p></article>"
        )
    };
    let teasers: String = (1..=4).map(teaser).collect();
    let page = format!(
        "<html><body><div class=content><article class='post hentry'>\
         <h1>Courage for a hard year</h1>{body}<h2 id=travel-related-coverage>Travel-related \
         worries</h2>{body}</article>\
         <h3 class=relatedpoststitle>You may like...</h3>{teasers}</div></body></html>"
    );
    expect(
        &page,
        &["Travel-related worries", "Paragraph 6 of the reflection"],
        &["Teaser", "You may like"],
    );
}

#[test]
fn a_heading_whose_text_titles_a_list_of_other_posts_takes_the_list_with_it() {
    // A page builder (Elementor) wraps the "Latest News" heading in widget
    // divs of its own and renders the posts as the next widget: no class
    // says "related", the heading's text does.
    let sentence = "Paragraph {i} of the post explains, with care, what a gym waiver \
        covers and what it cannot take away from an injured member.";
    let body = paragraphs(1..=8, sentence);
    let teaser = |i: usize| {
        format!(
            "<article class='elementor-post'><h3><a href='/news/{i}'>Teaser {i}: when can you \
             sue for a denied claim?</a></h3><div class='elementor-post__excerpt'><p>Many \
             applicants wonder, after a denial, whether a lawsuit is their next step.</p></div></article>"
        )
    };
    let teasers: String = (1..=4).map(teaser).collect();
    let page = format!(
        "<html><body><div class='elementor elementor-location-single'><div class='e-con'>\
         <div class='elementor-widget-theme-post-content'><h1>Hurt at the gym?</h1>{body}</div>\
         <div class='elementor-widget-heading'><div class='elementor-widget-container'>\
         <h2 class='elementor-heading-title'>Latest News</h2></div></div>\
         <div class='elementor-widget-posts'><div class='elementor-posts-container'>{teasers}</div></div>\
         </div></div></body></html>"
    );
    expect(
        &page,
        &["Paragraph 8 of the post"],
        &["Teaser", "Latest News", "Many applicants"],
    );
}

#[test]
fn a_shop_grid_whose_class_says_related_is_read_when_it_is_the_whole_page() {
    // A category page whose only content sits in <section class=
    // "related-product">: strict pruning leaves nothing, so the cards are
    // looked for, and read, without class pruning (where the lenient
    // article passes would pick the sidebar's prose box instead).
    let card = |i: usize| {
        format!(
            r#"<div class="col-md-4 items-listing"><a class="item-img-listing" href="/p/kr{i}">
            <img src="/kr{i}.png" alt=""><div class="item-title-listing"><h3>KR{i}00</h3>
            <p>Robotic lawn mower for up to {i} acres, with obstacle avoidance</p></div>
            <div class="price">$ {i},499.99</div></a></div>"#
        )
    };
    let cards: String = (1..=8).map(card).collect();
    let page = format!(
        r#"<html><body><header class="site-header"><nav><a href="/">Home</a><a href="/shop">Shop</a></nav></header>
        <section id="site-content" class="shop-category"><div class="entry-content">
        <section class="related-product"><div class="row"><div class="col-md-12 content-listing">{cards}</div></div></section>
        </div></section>
        <div class="sidebar dealer-box"><p>Find a dealer near you: our dealers install, service and store your mower over the winter, and they know your lawn.</p></div>
        <footer>© Mower Co.</footer></body></html>"#
    );
    expect(
        &page,
        &[
            "KR100",
            "Robotic lawn mower for up to 8 acres",
            "$ 3,499.99",
        ],
        &["© Mower Co."],
    );
}

#[test]
fn reply_subjects_and_poster_stats_of_a_forum_thread_are_dropped() {
    // phpBB and FluxBB put "Re: <thread title>" above every reply, and the
    // poster's statistics beside it.
    let post = |i: usize, subject: &str| {
        format!(
            r#"<div class="post"><div class="pinfo"><p>Posts: 9{i}</p><p>Registered: 2024-01-2{i}</p></div><h3>{subject}</h3><div class="content">Reply {i}: the LEDs on the board stay lit after boot, but adding the two dtparam lines to config.txt and rebooting turned them off here, including the Ethernet ones.</div></div>"#
        )
    };
    let title = "Turning off all LEDs of the RPi 5";
    let posts: String = (1..=5)
        .map(|i| {
            post(
                i,
                &if i == 1 {
                    title.to_string()
                } else {
                    format!("Re: {title}")
                },
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>{title} - Raspberry Pi Forums</title></head><body>
        <div id="page-body"><h2 class="topic-title">{title}</h2>{posts}</div></body></html>"#
    );
    expect(
        &page,
        &["Reply 1:", "Reply 5:"],
        &["Re: Turning", "Posts: 9", "Registered:"],
    );
}

#[test]
fn buttons_inside_list_item_cards_are_dropped_with_the_cards_kept() {
    // A job board renders each card as a list item whose "Apply now"
    // button and "Unit price / per" label are lines of their own.
    let card = |i: usize| {
        format!(
            r#"<li class="job"><h3><a href="/jobs/{i}">Senior Rust engineer {i}</a></h3>
            <p>Remote, Europe. Build the ingestion pipeline of a search product, with a team of six.</p>
            <p><a class="btn" href="/apply/{i}">Apply now</a></p><p>Unit price / per</p></li>"#
        )
    };
    let cards: String = (1..=6).map(card).collect();
    let page = format!(
        r#"<html><body><main><h1>Remote Rust jobs</h1><ul class="jobs">{cards}</ul></main></body></html>"#
    );
    expect(
        &page,
        &["Senior Rust engineer 6", "Build the ingestion pipeline"],
        &["Apply now", "Unit price"],
    );
}

#[test]
fn on_a_declared_article_short_caption_blocks_are_photo_captions() {
    // News themes caption photos with a classed <span> or <div>, not a
    // <figcaption>. On a page that does not declare an article, a "caption"
    // block is a card's text and stays.
    let sentence = "Paragraph {i} of the report says that troops were sent to restore \
        order after months of protests in the city.";
    let body = paragraphs(1..=6, sentence);
    let page = format!(
        "<html><head><meta property=og:type content=article></head><body><article>\
         <p><img src=a.jpg alt=''></p><span class=newsCaption>Protesters wore masks \
         <span class=caption>(Image: GETTY)</span></span>{body}</article></body></html>"
    );
    let out = text(&page);
    assert!(out.contains("Paragraph 6 of the report"), "{out}");
    assert!(!out.contains("Protesters wore masks"), "{out}");
    assert!(!out.contains("GETTY"), "{out}");

    let card = |i: usize| {
        format!(
            "<div class=card><img src=/{i}.jpg alt=''><div class='caption center'>\
             <a href=/p/{i}>Walnut bookcase number {i}, five shelves</a> $12{i}.00</div></div>"
        )
    };
    let cards: String = (1..=8).map(card).collect();
    let page = format!(
        "<html><body><main><h1>Bookcases</h1><div class=grid>{cards}</div></main></body></html>"
    );
    expect(&page, &["Walnut bookcase number 8"], &[]);
}

#[test]
fn a_gallery_inside_the_article_body_does_not_win_over_it() {
    // The body's wrapper has a share widget's id, so the strict pass loses
    // it and a retry scores the page with class pruning off. A photo
    // gallery inside the body carries more prose (50 captions) than the
    // story; the winner inside the gallery climbs out to the body, and the
    // gallery is cleaned away.
    let sentence = "Secret {i}: hotel owners say that blankets, duvets and bed runners are \
        washed far less often than sheets, so take them off the bed.";
    let body = paragraphs(1..=14, sentence);
    let slide = |i: usize| {
        format!(
            "<li><h2><span class=counter>{i}/50</span> Markets</h2><p>Slide {i}: revenues at \
             the club dipped, by almost nine per cent, to a loss, after broadcasting deals, \
             sponsorships and ticket sales, all three, dried up, the accounts show.</p></li>"
        )
    };
    let slides: String = (1..=50).map(slide).collect();
    let page = format!(
        "<html><head><meta property=og:type content=article></head><body><article>\
         <div id=share-btns-2_containerParent class=text-wrapper>{body}\
         <div class='dnd-widget-wrapper type-gallery'><ul class=legends>{slides}</ul></div>\
         <p>The last secret: always check the hand towels when you arrive, owners say.</p></div>\
         </article></body></html>"
    );
    expect(
        &page,
        &["Secret 1: hotel owners", "The last secret"],
        &["Slide 3:"],
    );
}

#[test]
fn the_declared_article_body_is_not_pruned_for_its_class() {
    // itemprop=articleBody says what the element is; an id borrowed from
    // a share widget ("share-btns-2_containerParent") does not make it chrome.
    let sentence = "Paragraph {i} of the story reports, with a clause or two, what the \
        council decided about the harbour wall.";
    let body = paragraphs(1..=8, sentence);
    let aside = "<div class=teaser-box><p>Other news: the ferry timetable changes next week, \
        with earlier sailings on weekdays, later ones at weekends, and a new stop, \
        at the old pier, which reopens after repairs that took two years, and cost more \
        than the council had planned, because the timber had to be replaced, not mended.</p></div>";
    let page = format!(
        "<html><body>{aside}{aside}<div><div itemprop=articleBody id=share-btns-2_containerParent>{body}</div></div></body></html>"
    );
    expect(&page, &["Paragraph 8 of the story"], &[]);
}

#[test]
fn a_box_of_prose_is_not_chrome_for_its_class() {
    // The rest of the story sits in <div id="read-more"> (a paywall's
    // expansion). "read-more" names a box of teaser links on most sites;
    // one that holds a thousand characters of prose in several paragraphs,
    // with few links, is the story. The short teaser box still goes.
    let sentence = "Paragraph {i} of the column argues that the data retention bill, as \
        drafted, would let agencies find a reporter's sources without a warrant.";
    let intro = paragraphs(1..=4, sentence);
    let rest = paragraphs(5..=12, sentence);
    let page = format!(
        "<html><body><div class=story-body><div class=story-intro>{intro}</div>\
         <div class=read-more-big><a href=/x>Also on our site: ministers promise a review</a></div>\
         <div id=read-more><div id=read-more-text>{rest}</div></div></div></body></html>"
    );
    expect(
        &page,
        &["Paragraph 1 of the column", "Paragraph 12 of the column"],
        &["Also on our site"],
    );
}

#[test]
fn a_cards_teaser_link_hidden_from_screen_readers_is_still_on_screen() {
    // Cards repeat their link around the teaser with aria-hidden="true"
    // and tabindex=-1 so screen readers hear the headline once; sighted
    // readers see the teaser, and it is the card's content.
    let card = |i: usize| {
        format!(
            "<article class=river-article><header><h2><a href=/a/{i}>Headline {i} about new \
             headphones</a></h2><p class=river-desc><a href=/a/{i} aria-hidden=true tabindex=-1>\
             Teaser {i}: the company's first premium headphones, compared with the rivals.</a></p>\
             </header></article>"
        )
    };
    let cards: String = (1..=24).map(card).collect();
    let intro = "Our coverage of headphones, earbuds and speakers, with reviews, comparisons, \
        buying advice and news, updated every week by our audio team. "
        .repeat(4);
    let page = format!(
        "<html><body><main><h1>Headphones</h1><p>{intro}</p><div class=river>{cards}</div>\
         <span aria-hidden=true>★★★★☆</span></main></body></html>"
    );
    let out = text(&page);
    assert!(out.contains("Headline 24 about new headphones"), "{out}");
    assert!(out.contains("Teaser 24: the company's first"), "{out}");
    assert!(!out.contains('★'), "{out}");
}

#[test]
fn a_related_heading_at_the_top_of_the_page_does_not_take_the_page() {
    // Directly under <body>, "what follows the heading" is the whole page.
    let sentence = "Paragraph {i} of the guide explains, with a clause or two, how to \
        prune a clematis that flowers on last year's growth.";
    let body = paragraphs(1..=8, sentence);
    let notice = "Our gardening pages are written by volunteers, checked by a horticulturist, \
        and updated every spring; tell us when something is out of date. "
        .repeat(4);
    let page = format!(
        "<html><body><div class=notice><p>{notice}</p></div><h3 class=related-title>Related</h3><ul><li><a href=/a>Roses</a></li></ul>\
         <div class=entry>{body}</div></body></html>"
    );
    expect(&page, &["Paragraph 8 of the guide"], &[]);
}

/// A service homepage's content: five feature bands around a band of six
/// customer stories (the scorer's winner, shorter than the rest together),
/// each band a `<section>`.
fn homepage_bands() -> String {
    let band = |title: &str, body: &str| {
        format!(
            r#"<section class="band"><div class="wrap"><h2>{title}</h2><div class="text">{body}</div></div></section>"#
        )
    };
    let stories = paragraphs(
        1..=6,
        "Customer story {i}: we moved our whole sales team onto the tracker in an afternoon, and the follow-ups, which used to slip, now arrive on time.",
    );
    format!(
        r#"{}{}{}{}
        <section class="stories"><div class="wrap"><h2>What customers say</h2><div class="quotes">{stories}</div></div></section>
        {}"#,
        band("Set up in four minutes", "Import your contacts from a spreadsheet or another tool, invite your team and start working today."),
        band("One list of next actions", "Every contact gets one next step with a date, so nobody forgets who to call back this week."),
        band("Forecasts without spreadsheets", "Deals move through a simple pipeline and the forecast updates itself as they close or slip."),
        band("Works where you do", "Apps for phones and tablets keep the same lists in sync, online or offline, with no extra setup."),
        band("Support from real people", "Questions are answered by the team that builds the product, usually within the working day."),
    )
}

#[test]
fn a_service_page_with_half_again_the_winners_text_elsewhere_is_kept_whole() {
    // The scorer's winner is one band of a homepage (customer stories);
    // the feature bands around it hold half as much text again, and are
    // the page's content as much as the stories are.
    let page = format!(
        r#"<html><body><header><a href="/">Home</a></header>
        {}
        <footer><a href="/legal">Legal</a></footer></body></html>"#,
        homepage_bands()
    );
    let out = text(&page);
    for needle in [
        "Customer story 3",
        "Import your contacts",
        "answered by the team",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
}

#[test]
fn a_short_winners_whole_page_is_the_main_landmark() {
    // The same homepage with its bands inside `<main>`, and the site's own
    // blocks outside it in plain `<div>`s: a welcome notice and a strip of
    // promises. The whole page the short winner gives way to is what the
    // page marks as its main content.
    let page = format!(
        r#"<html><body><header><a href="/">Home</a></header>
        <div class="notice"><p>Welcome to our new website! Prices are shown in your own currency, which you can change at the top right of every page.</p></div>
        <main>{}</main>
        <div class="strip"><div class="col"><h3>Free for small teams</h3><div>Teams of up to three people use every feature free of charge, for as long as they like.</div></div>
        <div class="col"><h3>Your data stays yours</h3><div>Export every contact, deal and note as a spreadsheet whenever you like, and close your account in one click.</div></div></div>
        <footer><a href="/legal">Legal</a></footer></body></html>"#,
        homepage_bands()
    );
    expect(
        &page,
        &[
            "Customer story 3",
            "Import your contacts",
            "answered by the team",
        ],
        &[
            "Welcome to our new website",
            "Free for small teams",
            "close your account",
        ],
    );
    // A `<main>` with less than half the page's text is not the page.
    let banner = page.replace("</main>", "").replace(
        "<main>",
        "<main><p>Spring offer: a year for the price of ten months.</p></main>",
    );
    expect(&banner, &["Customer story 3", "Import your contacts"], &[]);
}

#[test]
fn text_a_cms_encoded_twice_is_repaired() {
    // UTF-8 read as Latin-1 and saved again: the curly apostrophe comes out
    // as "â" and two control characters, the no-break space as "Â" and one.
    // The page is valid UTF-8 and says so; only the text is mangled.
    let mangled = |s: &str| -> String { s.bytes().map(char::from).collect() };
    let page = format!(
        r#"<html><head><meta charset="utf-8"><title>{0}</title></head><body><article><h1>{0}</h1>
        <p>Now let{1}s look at the rates most of our pet parents paid in 2024: between $21 and $110 a month for dogs.{2}</p>
        <p>Plans for cats cost less, and an exam fee rider adds a few dollars a month to either.</p></article></body></html>"#,
        mangled("A pet owner\u{2019}s guide to insurance costs"),
        mangled("\u{2019}"),
        mangled("\u{a0}"),
    );
    let doc = unboil::extract(&page, &unboil::Options::default()).expect("extracts");
    let out = doc.to_text();
    assert!(out.contains("Now let\u{2019}s look"), "{out}");
    assert!(!out.contains('\u{c2}') && !out.contains('\u{e2}'), "{out}");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("A pet owner\u{2019}s guide to insurance costs")
    );
    // UTF-8 read as Windows-1252 and saved as character references: the
    // curly apostrophe comes out as "&acirc;&euro;&trade;", an emoji as
    // "ðŸ‘" and an undefined byte.
    expect(
        "<article><p>The team isn&acirc;&euro;&trade;t done yet &acirc;&euro;&rdquo; the last match is on Sunday, and the fans are ready &eth;&Yuml;&lsquo;&#x8d;.</p></article>",
        &["The team isn\u{2019}t done yet \u{2014} the last match is on Sunday, and the fans are ready \u{1F44D}."],
        &["\u{e2}"],
    );
    // Real accented text is left alone.
    expect(
        "<article><p>Crème brûlée à la carte: Â Ã©té naïve, CAFÉ… a paragraph long enough to be an article of its own.</p></article>",
        &["Crème brûlée à la carte: Â Ã©té naïve, CAFÉ… a paragraph"],
        &[],
    );
}

#[test]
fn notices_about_the_browser_are_not_content() {
    // A script-rendered shop: all a browser without JavaScript gets is the
    // <noscript> notice, which is no content at all.
    let shell = r#"<html><head><title>Clearance</title></head><body>
      <noscript>You need to enable JavaScript to run this app.</noscript>
      <div id="root"></div></body></html>"#;
    let out = text(shell);
    assert!(!out.contains("enable JavaScript"), "{out}");
    // A slideshow's fallback line inside an article goes; the story stays.
    let article = format!(
        r#"<html><body><article><h1>Harbour festival</h1>{}<p>This slideshow requires JavaScript.</p>{}</article></body></html>"#,
        paragraphs(1..=3, "Paragraph {i}: boats, music and food stalls filled the harbour from noon, and the crowds stayed until the fireworks."),
        paragraphs(4..=5, "Paragraph {i}: organisers said next year's festival will run over two days, with more stalls along the quay."),
    );
    expect(&article, &["Paragraph 5"], &["requires JavaScript"]);
}

#[test]
fn a_category_introduction_beside_its_grid_does_not_replace_the_grid() {
    // The scorer prefers the introduction's prose to the cards, whose text
    // is link text; the grid holds twice its text and is the page.
    let cards: String = [
        ("Trail runner", "Light shoe for rocky paths, with a grippy sole and a roomy toe box.", 120),
        ("Road racer", "Firm, fast shoe for tarmac, built for race day and tempo runs.", 140),
        ("Daily trainer", "Cushioned shoe for easy miles, the one most runners own first.", 110),
        ("Winter trail", "Waterproof upper and studs for snow, ice and wet mud in winter.", 150),
        ("Track spike", "Minimal spike plate for the track, from 800 metres to the mile.", 95),
        ("Walking shoe", "Soft, stable shoe for long walks, with a wide base and heel.", 90),
        ("Kids runner", "Sturdy shoe for school and play, with hook and loop straps.", 60),
        ("Recovery slide", "Thick foam slide to wear after long runs and hard sessions.", 45),
    ]
    .iter()
    .map(|(name, text, price)| {
        format!(
            r#"<div class="product-card"><a href="/p/{price}"><h3>{name}</h3><p>{text}</p></a><span class="price">${price}</span></div>"#
        )
    })
    .collect();
    let page = format!(
        r#"<html><head><title>Running shoes</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/shoes">Shoes</a></nav></header>
        <main><h1>Running shoes</h1><div class="catalog">
        <div class="category-description"><p>Our running shoes are tested by staff who run, on roads, trails and tracks, before they reach the shelves. Each pair is chosen for fit, comfort and how long it lasts. Not sure which to pick? Every shoe below comes with a ninety-day trial, so you can run in it and return it if it does not suit you.</p></div>
        {cards}</div></main><footer><p>Shop policies</p></footer></body></html>"#
    );
    let out = text(&page);
    for needle in [
        "Our running shoes",
        "Trail runner",
        "Recovery slide",
        "hard sessions",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
    assert!(!out.contains("Shop policies"), "{out}");
}

#[test]
fn a_json_ld_article_body_stands_in_only_for_missing_text() {
    let page = |body: &str, html: &str| {
        format!(
            r#"<html><head><script type="application/ld+json">{{"@type": "BlogPosting", "headline": "Spring planting", "articleBody": "{body}"}}</script></head><body>{html}</body></html>"#
        )
    };
    let story = "Paragraph 1: sow the peas as soon as the soil can be worked, in a sunny bed with a trellis ready for them to climb.\\n\\nParagraph 2: potatoes go in a month later, a spade deep, and are earthed up as the shoots appear so the tubers stay in the dark.\\n\\nParagraph 3: tender crops such as beans and squash wait until the last frost has passed, which is later in the hills than on the coast.\\n\\nParagraph 4: keep a notebook of what was sown where and when, so next spring's plan can move each crop to a fresh bed and the soil can rest.";
    // A script-rendered page: the JSON-LD is all there is.
    let out = text(&page(story, r#"<div id="root"></div>"#));
    assert!(out.contains("Paragraph 1: sow the peas"), "{out}");
    assert!(out.contains("Paragraph 3: tender crops"), "{out}");
    // A page with its story in the HTML keeps the HTML's version.
    let html = format!(
        "<article>{}</article>",
        paragraphs(1..=5, "Section {i}: the beds are dug over in autumn, manured and left rough so the frost breaks the clods over the winter.")
    );
    let out = text(&page(story, &html));
    assert!(out.contains("Section 5"), "{out}");
    assert!(!out.contains("sow the peas"), "{out}");
    // Markup in articleBody is a template's HTML, not text to print.
    let marked = "<p>Paragraph 1: sow the peas as soon as the soil can be worked, in a sunny bed with a trellis ready for them to climb, and water them well.</p><p>Paragraph 2: potatoes go in a month later, a spade deep, and are earthed up as the shoots appear so that the tubers stay in the dark all summer.</p><p>Paragraph 3: tender crops wait until the last frost has passed.</p>";
    expect(&page(marked, r#"<div id="root"></div>"#), &[], &["<p>"]);
}

#[test]
fn a_scrolling_wrapper_around_a_table_or_code_is_that_block() {
    // "overflow-x-scroll" says "scroll", a widget word; the wrapper holds a
    // data table and nothing else.
    let rows: String = (1..=8)
        .map(|w| format!("<tr><td>Week {w}</td><td>Rest</td><td>Run {w} km easy</td><td>Rest</td><td>Long run {} km</td></tr>", w * 2))
        .collect();
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article><h1>Couch to 10K</h1>{}
        <div class="isolate overflow-x-scroll"><table><thead><tr><th>Week</th><th>Monday</th><th>Tuesday</th><th>Wednesday</th><th>Sunday</th></tr></thead><tbody>{rows}</tbody></table></div>
        {}</article></body></html>"#,
        paragraphs(1..=3, "Paragraph {i}: the plan builds up slowly, with rest days between runs, so that joints and tendons keep pace with the lungs."),
        paragraphs(4..=5, "Paragraph {i}: if a week feels too hard, repeat it before moving on; the plan works as well over twelve weeks as over eight."),
    );
    let out = text(&page);
    assert!(out.contains("Long run 16 km"), "{out}");
    assert!(out.contains("Paragraph 5"), "{out}");
    // The same for a code block in a scrolling box.
    let code = page.replace(
        "<table>",
        "<pre><code>plan = load(\"couch-to-10k\")\nfor week in plan.weeks:\n    print(week.sunday)</code></pre><table>",
    );
    let code = code
        .replace(
            r#"<div class="isolate overflow-x-scroll"><pre>"#,
            r#"<div class="code-scroll"><pre>"#,
        )
        .replace("</code></pre><table>", "</code></pre></div><div><table>");
    expect(&code, &["print(week.sunday)"], &[]);
}

#[test]
fn a_page_builders_widgets_are_the_article() {
    // Page builders wrap every block of the story in a "widget".
    let widget = |i: usize| {
        format!(
            r#"<div class="elementor-widget-container"><h2>Phase {i}</h2>{}</div>"#,
            paragraphs(1..=3, &format!("Part {i}.{{i}}: the council will repaint the bridge over the summer, one lane at a time, and keep the footpath open."))
        )
    };
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><div class="elementor elementor-location-single"><h1>Bridge works</h1><div class="entry-content">{}{}</div></div>
        <aside class="sidebar"><div class="widget widget_recent_entries"><h3>Recent posts</h3><ul><li><a href="/a">Road closures this week</a></li><li><a href="/b">New bus timetable</a></li></ul></div></aside></body></html>"#,
        paragraphs(1..=6, "Intro {i}: the works start in June and end in September, the council said on Monday, after two years of planning."),
        (1..=3).map(widget).collect::<String>()
    );
    expect(
        &page,
        &["Part 1.1: the council", "Part 3.3: the council"],
        &["Road closures"],
    );
}

#[test]
fn prose_that_cites_its_sources_is_not_a_link_box() {
    // A guide's section: four paragraphs, a quarter of their text in links
    // to the guidance it sums up. Over the link limit, under a third.
    let section: String = (1..=4)
        .map(|i| {
            format!(
                r#"<p>Step {i}: back up your files every week, as the <a href="/backup-{i}">backup guidance for small firms</a> explains, and keep one copy offline.</p>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><body><main><h1>Small business guide</h1>{}<div class="guide-section">{section}</div>{}</main></body></html>"#,
        paragraphs(1..=3, "Paragraph {i}: most attacks on small firms are cheap to stop, and the steps below need no specialist staff or software."),
        paragraphs(4..=5, "Paragraph {i}: review the steps once a year, and again whenever you change your software, your staff or your office."),
    );
    expect(&page, &["Step 4: back up your files", "Paragraph 5"], &[]);
}

#[test]
fn a_hero_banner_is_the_pages_lead_not_a_site_banner() {
    let page = format!(
        r#"<html><body><div class="site-banner"><p>Free delivery on orders over fifty pounds this week only, no code needed.</p></div>
        <main><section class="hero-banner"><h1>Garden design</h1><p>We design gardens for small city plots: courtyards, roof terraces and the narrow strip behind a terraced house, planted to look good all year.</p></section>
        {}</main></body></html>"#,
        paragraphs(1..=4, "Paragraph {i}: every design starts with a visit, a survey of light and soil, and a conversation about how you want to use the space."),
    );
    expect(&page, &["small city plots"], &["Free delivery"]);
}

#[test]
fn a_sections_id_is_a_slug_of_its_heading() {
    // Docs generators give each section the slug of its heading as id; a
    // section titled "Respond to review comments" is no comment section.
    let page = format!(
        r#"<html><body><main><h1>Code review guide</h1>{}
        <section id="respond-to-review-comments"><h2>Respond to review comments</h2><p>Answer every comment, even with a single word, so that the reviewer knows it was read; push fixes as new commits until the review is done.</p></section>
        </main></body></html>"#,
        paragraphs(1..=4, "Paragraph {i}: a review checks that the change does what it says, that it is tested, and that the next reader will understand it."),
    );
    expect(&page, &["Answer every comment"], &[]);
}

#[test]
fn a_scripts_failure_messages_are_not_content() {
    // A shop's template carries the messages its scripts show when a call
    // fails; without the script they read as text beside the description.
    let page = format!(
        r#"<html><body><main><h1>Wool runner</h1>{}
        <div class="shipping-estimate"><p>There was a problem calculating your shipping. Please try again.</p></div>
        <div class="notify"><h3>Oops! Something went wrong. Please try again.</h3></div>
        {}<pre><code>except Exception:
    log("an error occurred")</code></pre></main></body></html>"#,
        paragraphs(1..=3, "Paragraph {i}: the upper is knitted from merino wool, soft on the inside and hard-wearing on the outside, with a cushioned sole."),
        paragraphs(4..=5, "Paragraph {i}: the shoe is machine washable, and the insoles can be taken out and washed apart from it."),
    );
    let out = text(&page);
    assert!(!out.contains("calculating your shipping"), "{out}");
    assert!(!out.contains("Something went wrong"), "{out}");
    assert!(out.contains("Paragraph 5"), "{out}");
    // Code is never filtered.
    assert!(out.contains("an error occurred"), "{out}");
}

#[test]
fn reading_times_and_counters_are_not_content() {
    let page = format!(
        r#"<html><body><article><h1>Why the bridge closed</h1><p>6 min read</p>{}<p>1.2k likes</p></article></body></html>"#,
        paragraphs(1..=4, "Paragraph {i}: inspectors found cracks in two of the bridge's steel girders, and the city closed it to traffic the same evening."),
    );
    expect(&page, &["Paragraph 4"], &["min read", "likes"]);
}

#[test]
fn a_forms_success_and_failure_messages_are_not_content() {
    let page = format!(
        r#"<html><body><main><h1>Book a consultation</h1>{}
        <div class="form-block"><form><input name="email"><input type="submit" value="Next"></form>
        <div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
        <div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>
        {}</main></body></html>"#,
        paragraphs(1..=3, "Paragraph {i}: a consultation takes forty minutes, covers your goals and your budget, and ends with a written plan you keep."),
        paragraphs(4..=5, "Paragraph {i}: most clients start within a week of the consultation, and the first month can be cancelled at any time."),
    );
    expect(
        &page,
        &["Paragraph 5"],
        &["submission has been received", "Something went wrong"],
    );
}

#[test]
fn a_header_block_inside_main_is_the_articles_own_header() {
    // A reference page: the lead paragraphs sit in a block named
    // "…__header" inside <main>, the member list in the body block.
    let page = format!(
        r#"<html><body><div class="site-header"><a href="/">Docs</a> <a href="/api">API</a></div>
        <main class="layout__content"><div class="layout__header page__header"><h1>Socket</h1>
          <p>The Socket object opens a two-way connection to a server, so that the page can send messages and receive replies without asking again.</p>
          <p>To open one, call the constructor with the server's address; the connection is ready once its open event fires.</p></div>
        <div class="layout__body">{}</div></main>
        <div class="site-footer"><a href="/about">About</a></div></body></html>"#,
        paragraphs(1..=5, "Member {i}: returns the state of the connection, a number that changes as the socket opens, closes or fails, and never goes back."),
    );
    expect(
        &page,
        &["opens a two-way connection", "Member 5"],
        &["About"],
    );
}

#[test]
fn a_collapsed_panel_inside_a_hidden_wrapper_is_kept() {
    // An accordion whose animation container hides itself: the control
    // names the panel inside it, and a click shows it.
    let item = |n: usize, title: &str, body: &str| {
        format!(
            r#"<div class="accordion__item"><button aria-controls="panel-{n}" aria-expanded="false">{title}</button>
            <div class="collapse" style="overflow:hidden;display:none"><style>.x{{color:red}}</style>
            <div role="region" id="panel-{n}">{body}</div></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><main><h1>Summit fire pit</h1>{}{}{}</main></body></html>"#,
        paragraphs(1..=4, "Feature {i}: the tallest flame we have made yet, lit in seconds with one cone of gel, and seats for up to seven people around it."),
        item(1, "Description", "<p>The fire pit burns cleanly thanks to a double wall that feeds hot air to the top of the flame, so the smoke burns before it rises, and the base stays cool enough for a deck.</p>"),
        item(2, "Dimensions", "<p>Height 39 cm, width 62 cm, weight 16 kg; made of stainless steel, with a removable ash pan and a lid that doubles as a table top when the fire is out.</p>"),
    );
    expect(
        &page,
        &["double wall that feeds hot air", "removable ash pan"],
        &[],
    );
}

#[test]
fn hidden_tab_panels_are_content() {
    // Docs show one tab of instructions at a time; the others are a click
    // away and as much part of the page.
    let page = format!(
        r#"<html><body><main><h1>Install the client</h1>{}
        <div role="tablist"><button role="tab" aria-selected="true">Linux</button><button role="tab">Windows</button></div>
        <div role="tabpanel"><p>On Linux, download the archive, unpack it into your home directory and add its bin folder to your PATH.</p></div>
        <div role="tabpanel" hidden><p>On Windows, run the installer as an administrator and restart the terminal so that the new PATH takes effect.</p></div>
        </main></body></html>"#,
        paragraphs(1..=4, "Step {i}: the client needs a recent runtime, about two hundred megabytes of disk space, and a network connection for updates."),
    );
    let out = text(&page);
    assert!(out.contains("On Linux, download"), "{out}");
    assert!(
        out.contains("run the installer as an administrator"),
        "{out}"
    );
    // A hidden animation wrapper around a tab panel, on a page whose tabs
    // name no panel (no aria-controls): the panel is content all the same.
    let wrapped = page
        .replace(
            r#"<div role="tabpanel" hidden><p>On Windows"#,
            r#"<div class="fade" hidden><div role="tabpanel"><p>On Windows"#,
        )
        .replace("takes effect.</p></div>", "takes effect.</p></div></div>");
    let out = text(&wrapped);
    assert!(
        out.contains("run the installer as an administrator"),
        "{out}"
    );
}

#[test]
fn a_non_modal_sheet_may_be_content_and_a_modal_dialog_never_is() {
    // A shop's "Description" drawer is a dialog that does not block the
    // page (aria-modal="false"); when the page has little else, the retry
    // keeps it. A newsletter pop-up is modal: never content.
    let page = r#"<html><body><main><h1>Arrival T-Shirt</h1><p>$22</p>
        <button aria-haspopup="dialog">Description</button>
        <div class="sheet" role="dialog" aria-modal="false"><div class="sheet-content">
          <p>The Arrival T-Shirt is made for training: a lightweight, sweat-wicking fabric, flatlock seams that do not rub, and a straight hem.</p>
          <p>Its crew neck and set-in sleeves keep the fit clean, and the heat-sealed logo on the chest will not peel or crack in the wash.</p>
          <p>The model is six feet tall and wears a size medium; the shirt is one hundred percent polyester and dries quickly after a session.</p></div></div>
        <div class="popup" role="dialog" aria-modal="true"><p>Join our list and get ten percent off your first order, plus early access to every sale.</p></div>
        </main></body></html>"#;
    expect(page, &["made for training"], &["ten percent off"]);
}

#[test]
fn a_stray_line_of_a_page_with_no_content_found_is_not_its_content() {
    // A shop category rendered by script: the menu and the footer are
    // chrome, the grid is empty in the HTML, and all that is left is a
    // promotion line. A line out of a page of chrome is no result.
    let menu: String = (1..=12)
        .map(|i| {
            format!(
                r#"<li><a href="/c/{i}">Activity trackers and smart watches, range {i}</a></li>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><body><header><nav><ul>{menu}</ul></nav></header>
        <main><div class="grid" data-products="[]"></div><p>Trade in your old tracker for store credit.</p></main>
        <footer><p>Copyright 2026 Example Devices Ltd. All rights reserved. Prices include VAT where applicable; delivery costs are shown at checkout.</p></footer></body></html>"#
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert!(doc.blocks.is_empty(), "{:?}", doc.blocks);
    assert_eq!(doc.confidence, 0.0);
    // A page that is itself short keeps its one line.
    let note = "<html><body><p>The office is closed on Monday for the holiday.</p></body></html>";
    assert_eq!(
        text(note).trim(),
        "The office is closed on Monday for the holiday."
    );
}

#[test]
fn a_cookie_notice_without_a_consent_class_is_not_content() {
    // The notice sits in the article's column under a neutral class.
    let page = format!(
        r#"<html><body><main><h1>Fixing a stuck zipper</h1>{}
        <div class="note"><p>Example Repair uses cookies to enhance site functionality and analyze traffic. By using our site, you agree to our cookie use.</p></div>
        </main></body></html>"#,
        paragraphs(1..=4, "Step {i}: rub a graphite pencil along the teeth, then work the slider gently back and forth until it moves freely again."),
    );
    expect(&page, &["graphite pencil"], &["cookie"]);
}

#[test]
fn a_table_of_contents_is_not_content_but_footnotes_are() {
    // A list of links into the page repeats the headings it points to; a
    // list of footnotes carries its own text beside its back-links.
    let sections: String = ["Choosing the soil", "Planting out", "Watering"]
        .iter()
        .enumerate()
        .map(|(i, h)| {
            format!(
                r#"<h2 id="s{i}">{h}</h2>{}"#,
                paragraphs(1..=2, "Paragraph {i}: tomatoes want sun, deep roots and an even supply of water through the whole of the summer.")
            )
        })
        .collect();
    let page = format!(
        r##"<html><body><article><h1>Growing tomatoes</h1>
        <p>Tomatoes are the easiest fruit to grow in a small garden, and the most rewarding one.</p>
        <div class="box"><p>Table of contents</p><ol><li><a href="#s0">Choosing the soil</a></li><li><a href="#s1">Planting out</a></li><li><a href="#s2">Watering</a></li></ol></div>
        {sections}
        <ol class="notes"><li>Most varieties need a stake. <a href="#r1">↩</a></li><li>Side shoots are best pinched out. <a href="#r2">↩</a></li><li>Blight spreads in wet summers. <a href="#r3">↩</a></li></ol>
        </article></body></html>"##
    );
    let out = text(&page);
    assert_eq!(out.matches("Planting out").count(), 1, "{out}");
    assert!(!out.contains("Table of contents"), "{out}");
    assert!(out.contains("Side shoots are best pinched out"), "{out}");
}

#[test]
fn a_form_to_fill_in_is_not_content_but_a_page_wrapped_in_a_form_is() {
    let body = paragraphs(1..=6, "Paragraph {i}: we inspect the roof, the gutters and the chimney, and send a written report with photos within two days.");
    // A quote form under the service description: labels are skipped, but
    // its hints and notes are text.
    let page = format!(
        r#"<html><body><main><h1>Roof inspections</h1>{body}
        <form class="quote"><div class="field"><label>Name</label><input type="text" name="name"><div class="hint">This field is for validation purposes and should be left unchanged.</div></div>
        <div class="field"><textarea name="message"></textarea><p class="note">Budget does not include travel outside the county.</p></div><input type="submit" value="Send"></form>
        </main></body></html>"#
    );
    let out = text(&page);
    assert!(out.contains("written report with photos"), "{out}");
    assert!(!out.contains("validation purposes"), "{out}");
    assert!(!out.contains("Budget does not include"), "{out}");
    // ASP.NET wraps the whole page in one form, search box included: the
    // strict pass still runs inside it and leaves the supplemental box out.
    let long = paragraphs(1..=10, "Paragraph {i}: we inspect the roof, the gutters and the chimney, and send a written report with photos within two days.");
    let wrapped = format!(
        r#"<html><body><form id="form1"><input type="search" name="q"><div class="page"><h1>Roof inspections</h1>{long}<div class="supplemental"><p>Popular this week: gutter guards, chimney caps, and our spring maintenance plan for older houses.</p></div></div></form></body></html>"#
    );
    expect(
        &wrapped,
        &["written report with photos"],
        &["Popular this week"],
    );
}

#[test]
fn a_threads_account_prompt_is_not_a_post() {
    let page = format!(
        r#"<html><body><main><h1>Which glue for a cracked mug?</h1>{}
        <div class="reply-box"><p>Create an account or sign in to comment</p><p>You need to be a member in order to leave a comment</p></div>
        </main></body></html>"#,
        paragraphs(1..=5, "Post {i}: a two-part epoxy rated for food contact holds best, but the mug should not go in the dishwasher again afterwards."),
    );
    expect(
        &page,
        &["two-part epoxy"],
        &["sign in to comment", "need to be a member"],
    );
}

#[test]
fn streamed_segments_are_read_where_their_placeholders_wait() {
    // React's streaming renderer parks late parts in <div hidden id="S:n">
    // at the end of <body> and moves each into its <template id="B:n"> (or
    // "P:n") with a script. The article's middle must come back in place,
    // and a part streamed into the sidebar stays sidebar.
    let p = |s: &str| format!("<p>{s}</p>");
    let page = format!(
        r#"<html><body><header><nav><a href="/">Home</a></nav></header>
        <main><article><h1>How index funds work</h1>
          {}{}<template id="B:0"></template>{}</article>
        <aside><h3>Popular</h3><template id="B:1"></template></aside></main>
        <footer>© Example Media</footer>
        <div hidden id="S:0">{}<template id="P:2"></template></div>
        <div hidden id="S:1"><ul><li><a href="/a">Ten stocks to buy before the year ends, ranked by our analysts</a></li><li><a href="/b">Why the market fell on Tuesday and what it means for your savings</a></li></ul></div>
        <div hidden id="S:2">{}</div>
        <script>$RC("B:0","S:0");$RC("B:1","S:1");$RS("S:2","P:2")</script></body></html>"#,
        p("An index fund is an investment that tracks a financial index, such as the S&P 500, by holding every stock in it in the same proportions."),
        p("Because nobody picks stocks, the costs stay low, and over decades low costs matter more than almost anything else an investor controls."),
        p("Last, check the fund's expense ratio and minimum investment before you buy, and set up automatic contributions so you keep buying."),
        p("To start, pick an index: the S&P 500 covers large American companies, while a total market index adds the small and mid-sized ones."),
        p("Then choose the fund that tracks it at the lowest cost; for popular indexes there are often a dozen funds with nearly the same holdings."),
    );
    let out = text(&page);
    let order = [
        "An index fund is",
        "nobody picks stocks",
        "To start, pick an index",
        "Then choose the fund",
        "Last, check the fund",
    ];
    expect_in_order(&out, &order);
    assert!(!out.contains("Ten stocks to buy"), "sidebar kept:\n{out}");
}

/// Product cards of a shop category, named `{kind} {i}`.
fn product_cards(kind: &str, range: std::ops::RangeInclusive<usize>) -> String {
    range
        .map(|i| {
            format!(
                r#"<div class="product-card"><a href="/p/{i}"><h3>{kind} {i}</h3><p>Glazed stoneware with a drainage hole and a saucer, {i}0 centimetres wide.</p></a><span class="price">${i}9</span></div>"#
            )
        })
        .collect()
}

#[test]
fn a_long_category_introduction_is_kept_with_its_grid() {
    // Shops open a category with a paragraph of several hundred characters
    // about the range; it is the category's prose, not a banner.
    let intro = "Indoor containers and the plants you put in them bring colour, life and \
        warmth to a room in every season. We offer a broad range of pots designed for indoor \
        use, from traditional and ornate to modern and minimal, in glazed stoneware, terracotta, \
        fibreglass and woven seagrass. Many of our pots come with a drainage hole and a matching \
        saucer, and the larger ones have a hidden liner, so that you can water without worry. \
        Not sure which size to choose? Pick a pot two to five centimetres wider than the root \
        ball of the plant you want to put in it.";
    assert!(intro.len() > 500, "the introduction must be long");
    let page = format!(
        r#"<html><body><header><nav><a href="/">Home</a> <a href="/pots">Pots</a></nav></header>
        <main><h1>Indoor pots</h1><div class="category-intro"><p>{intro}</p></div>
        <div class="grid">{}</div></main><footer><p>Shop policies</p></footer></body></html>"#,
        product_cards("Indoor pot", 1..=24)
    );
    expect(
        &page,
        &["Indoor containers and the plants", "Indoor pot 24"],
        &["Shop policies"],
    );
}

#[test]
fn an_article_that_is_an_index_of_links_keeps_its_lists() {
    // "List of …" pages are declared articles whose body is lists of
    // links under letter headings; link-density cleaning would leave the
    // introduction alone.
    let section = |letter: char| {
        let items: String = (1..=8)
            .map(|i| {
                format!(r#"<li><a href="/wiki/{letter}{i}">{letter}-lang {i} (a language for {letter} machines)</a></li>"#)
            })
            .collect();
        format!(r#"<h2>{letter}</h2><div class="div-col"><ul>{items}</ul></div>"#)
    };
    let sections: String = ('A'..='Z').map(section).collect();
    // Enough prose that the page is read as the article it declares.
    let more = paragraphs(
        1..=7,
        "Note {i}: a language is listed when it has been described in a published \
         paper, a book or a standard, or when it has been used to build software that \
         others rely on; languages that exist only as a proposal are left out.",
    );
    let page = format!(
        r#"<html><head><meta property="og:type" content="article"><title>List of languages</title></head>
        <body><nav><a href="/">Main page</a> <a href="/random">Random article</a></nav>
        <main><h1>List of languages</h1><div class="content">
        <p>This is an index to notable programming languages, in current or historical use. Dialects of BASIC, esoteric languages and markup languages are not included, and each entry links to its own article with its history.</p>{more}
        {sections}</div></main><footer><p>Text is available under a free licence.</p></footer></body></html>"#
    );
    expect(
        &page,
        &[
            "This is an index",
            "A-lang 1 (a language",
            "Z-lang 8 (a language",
        ],
        &["Random article", "free licence"],
    );
}

#[test]
fn the_site_header_stays_out_when_a_short_page_is_read_leniently() {
    // A product page with little text sends the extractor to its lenient
    // passes; the site's <header> (outside <main> and <article>) with its
    // category flyout is still chrome there.
    let group = |name: &str, subs: &[&str]| {
        let items: String = subs
            .iter()
            .map(|s| format!(r#"<li><a href="/c/{s}">{s}</a></li>"#))
            .collect();
        format!(r#"<div class="group"><h3>{name}</h3><ul>{items}</ul></div>"#)
    };
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type": "Product", "name": "Stoneware mug"}}</script></head>
        <body><div class="page"><header id="top"><a href="/">Shop</a>
        <div class="categories"><div class="flyout">{}{}</div></div></header>
        <div class="item"><h1>Stoneware mug, speckled glaze</h1><div class="price">$24.00</div>
        <div class="description"><p>Thrown by hand on the wheel from speckled stoneware clay and glazed in a soft oatmeal white.</p>
        <p>Holds about 350 ml. Dishwasher and microwave safe; each mug differs a little in shape and glaze.</p></div></div>
        <div class="legal">Prices include VAT.</div></div></body></html>"#,
        group(
            "Home and garden",
            &[
                "Yard, garden and outdoor living",
                "Kitchen, dining and bar supplies",
                "Tools and workshop equipment"
            ]
        ),
        group(
            "Electronics",
            &[
                "Computers, tablets and network hardware",
                "Cell phones, smart watches and accessories",
                "Cameras and photo"
            ]
        ),
    );
    expect(
        &page,
        &["Thrown by hand", "Holds about 350 ml"],
        &["Home and garden", "Electronics", "Cameras and photo"],
    );
}

/// A short link post (under the strict pass's 500 characters, so the
/// lenient passes run) with one comment, a top strip and a rail of sign-up
/// boxes; `top` and `rail` are the strip's and the rail's opening tags, and
/// `rail_end` the rail's closing tag.
fn short_post_beside(top: &str, rail: &str, rail_end: &str) -> String {
    format!(
        r#"<html><body><div class="layout">
        {top}<p>Sign in to follow writers and get a digest of new stories every morning.</p></div>
        <div class="post-column"><div class="post"><h1>Regulator warns foreign satellite providers</h1>
        <p>The agency's chair said new barriers abroad would be answered with limits on foreign operators at home.</p>
        <p>Posted by a reader, who added: the trade row now reaches low-earth-orbit internet services.</p></div>
        <div class="comments"><div class="comment"><p>Tit for tat never ends well for the customers in the middle of it.</p></div></div></div>
        {rail}<div class="box"><h2>New here?</h2><p>Create your account and connect with a world of communities.</p>
        <p>By continuing, you agree to our User Agreement and acknowledge the Privacy Policy.</p></div>
        <div class="box"><h2>About the community</h2><p>Anyone can view, post and comment in this community.</p></div>{rail_end}
        </div></body></html>"#
    )
}

#[test]
fn a_sidebar_stays_out_when_a_short_page_is_read_leniently() {
    // The <aside> beside the post (a sign-up box, the community's blurb)
    // is still chrome on the lenient passes.
    let page = short_post_beside(
        r#"<div class="top">"#,
        r#"<aside class="rail">"#,
        "</aside>",
    );
    expect(
        &page,
        &["The agency's chair said", "Posted by a reader"],
        &["Create your account", "Anyone can view"],
    );
}

#[test]
fn landmark_roles_of_the_chrome_stay_out_when_a_short_page_is_read_leniently() {
    // As with the tags: a `role="complementary"` rail or a `role="banner"`
    // strip is chrome on the lenient passes too, outside <main>/<article>.
    let page = short_post_beside(
        r#"<div role="banner" class="top">"#,
        r#"<div role="complementary" class="rail">"#,
        "</div>",
    );
    expect(
        &page,
        &["The agency's chair said", "Posted by a reader"],
        &[
            "Sign in to follow",
            "Create your account",
            "Anyone can view",
        ],
    );
}

#[test]
fn expand_and_collapse_toggles_are_dropped() {
    // A course page whose sections each end in a "read less / read more"
    // toggle (both labels in one block, one of them hidden by script).
    let section = |title: &str, body: &str| {
        format!(
            r#"<div class="section"><h2>{title}</h2><p>{body}</p><div class="toggle"><span>read less</span> <span>read more</span></div></div>"#
        )
    };
    let page = format!(
        r#"<html><body><main><h1>Open source development</h1>{}{}{}<p><a href="/more">See more</a></p></main></body></html>"#,
        section("Who it is for", "Developers who want to learn the rules of the road of open source software, as newcomers or as seasoned engineers moving from closed projects."),
        section("What you will learn", "The key ideas of open source development: licences, governance, continuous integration, and how to work with a project's maintainers."),
        section("Lab info", "The lab exercises run on native hardware or in a virtual machine under a hypervisor, on any recent Linux distribution."),
    );
    expect(
        &page,
        &["Developers who want to learn", "The lab exercises run"],
        &["read less", "read more", "See more"],
    );
}

#[test]
fn popovers_flyouts_and_off_canvas_drawers_are_chrome() {
    // Overlays a script opens on demand sit in the page as ordinary blocks:
    // an app-install popover, a flyout of shop departments, an off-canvas
    // drawer with the account links.
    let post = |who: &str, body: &str| {
        format!(
            r#"<article class="entry"><div class="author">{who}</div><div class="richtext"><p>{body}</p></div></article>"#
        )
    };
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type": "DiscussionForumPosting", "headline": "Roadmap"}}</script></head><body>
        <div class="pwa-install-popover"><p>A full-screen app on your home screen with push notifications, badges and more.</p>
        <p>To install this app, tap the Share icon in your browser, scroll the menu and tap Add to Home Screen.</p></div>
        <div class="dept-flyout"><p>Kitchen and dining, garden and outdoor living, tools and workshop, bath and bedding.</p></div>
        <div class="offcanvas-account"><p>Sign in to see your orders, your saved lists and the replies to your posts.</p></div>
        <div class="topic">{}{}{}</div></body></html>"#,
        post("ron", "I would like to know the roadmap for future products and releases; the forum only lists changes to what has already shipped. Is there a page where the plans for the next year are published?"),
        post("paul", "There is no public roadmap, but members of the customer circle get previews of new features and can give feedback before they ship. You may be eligible to join if you build sites for clients."),
        post("ron", "Thank you, that is helpful. I build sites for three clients, so I will apply to the circle and ask there whether the booking features we need are planned for next year."),
    );
    expect(
        &page,
        &[
            "I would like to know the roadmap",
            "There is no public roadmap",
        ],
        &[
            "full-screen app",
            "Kitchen and dining",
            "Sign in to see your orders",
        ],
    );
}

#[test]
fn headings_of_only_invisible_characters_are_not_emitted() {
    // Page builders leave spacer headings holding a zero-width joiner.
    let page = format!(
        "<html><body><article><h1>Spring planting</h1><h2>&#x200D;</h2>{}<h3>&#x200B; &#xFEFF;</h3>{}</article></body></html>",
        paragraphs(1..=3, "Paragraph {i}: sow peas and broad beans as soon as the soil can be worked, in rows a hand apart."),
        paragraphs(4..=5, "Paragraph {i}: potatoes go in when the soil has warmed, a spade's depth down and a foot apart."),
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    // (The <h1> is the title, which the body leaves out.)
    let headings = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, unboil::Block::Heading { .. }))
        .count();
    assert_eq!(headings, 0, "{:?}", doc.blocks);
    assert!(doc.to_text().contains("Paragraph 5"));
}

#[test]
fn a_posters_profile_box_and_signature_are_chrome_on_every_pass() {
    // phpBB: each post carries <dl class="postprofile"> (rank, join date,
    // motto) and a signature. On a declared thread "post" in the class
    // reads as discussion, and a short thread is read by the lenient passes,
    // which keep what only class names call chrome; neither may keep the
    // profile boxes. The wrapper of all posts ("postprofile_container") is
    // not one.
    let post = |i: usize, body: &str| {
        format!(
            r##"<div id="p{i}" class="post bg2"><div class="inner"><div class="postbody"><h3><a href="#p{i}">Re: Ferry timetable</a></h3>
            <div class="content">{body}</div><div id="sig{i}" class="signature">Fair winds. Island born, island bred.</div></div>
            <dl class="postprofile" id="profile{i}"><dt><a href="/u/{i}">Member{i}</a></dt><dd>Harbour Master</dd><dd><strong>Founded:</strong> Oct 05, 2011</dd></dl></div></div>"##
        )
    };
    let thread = |bodies: &[&str]| {
        let posts: String = bodies.iter().enumerate().map(|(i, b)| post(i, b)).collect();
        format!(
            r#"<html><head><script type="application/ld+json">{{"@type": "DiscussionForumPosting", "headline": "Ferry timetable"}}</script></head>
            <body><div id="page-body"><h2>Ferry timetable for the winter</h2><div class="postprofile_container postprofile_Left">{posts}</div></div></body></html>"#
        )
    };
    let long = thread(&[
        "The winter timetable starts next month; the early boat on Sundays is gone, and the last one leaves at six. Has anyone heard whether the island council asked for the early boat to stay, or did it go without a word?",
        "That early boat was the only way to make the mainland train; I hope they bring it back in the spring. The council did write to the operator in August, but the answer was that there are not enough passengers in winter.",
        "The operator says it depends on the new vessel, which is due in March if the shipyard keeps to its plan. With two boats on the route they would run the early crossing again, at least on Saturdays and Sundays.",
    ]);
    let short = thread(&[
        "The early Sunday boat is gone from the winter timetable, and the last crossing now leaves at six in the evening.",
        "It was the only way to make the mainland train; the council wrote to the operator, who says there are too few passengers.",
    ]);
    for page in [long, short] {
        let out = text(&page);
        assert!(out.contains("early"), "{out}");
        for chrome in ["Founded:", "Harbour Master", "Island born"] {
            assert!(!out.contains(chrome), "{chrome:?} kept in:\n{out}");
        }
    }
}

#[test]
fn text_a_utility_class_hides_is_left_out_but_hidden_tabs_are_not() {
    // Shop themes park data for their scripts in blocks a class hides
    // ("hide", "hidden", "d-none"): raw field names and image addresses,
    // a notice for another option. What stays: a hidden tab whose shown
    // twin ("tab-pane" beside "tab-pane hidden") marks a set of tabs, and
    // blocks another class shows at some width ("d-none d-md-block",
    // Tailwind's "hidden md:block").
    let page = format!(
        r#"<html><body><main><h1>Stoneware mug</h1>
        <div class="promo-note hide"><p>Seconds with glaze flaws ship only to mainland addresses and are final sale, without gift wrapping.</p></div>
        <div class="description"><p>A wheel-thrown mug of speckled stoneware that holds a generous three hundred millilitres and keeps coffee warm.</p></div>
        <dl class="product-fields hide"><dt>swatch_image_oat:</dt><dd>https://images.example.com/swatches/mug_oat_small.jpg</dd></dl>
        <div class="tabs"><div class="tab-pane active"><p>{}</p></div><div class="tab-pane hidden"><p>{}</p></div></div>
        <div class="d-none d-md-block"><p>Each mug is glazed by hand, so the speckles and the drip at the rim differ from one piece to the next.</p></div>
        <div class="hidden md:block"><p>Thrown and fired in a small workshop that recycles its clay trimmings and runs its kiln on green power.</p></div>
        </main></body></html>"#,
        "Size: nine centimetres tall and eight across, with a handle wide enough for three fingers.",
        "Care: dishwasher and microwave safe, but let it cool before washing after a hot drink."
    );
    expect(
        &page,
        &[
            "wheel-thrown mug",
            "Size: nine centimetres",
            "Care: dishwasher",
            "glazed by hand",
            "small workshop",
        ],
        &[
            "Seconds with glaze flaws",
            "swatch_image",
            "images.example.com",
        ],
    );
}

#[test]
fn a_blog_index_of_flat_title_and_summary_paragraphs_keeps_its_titles() {
    // A blog's front page written as flat paragraphs: each post's linked
    // title (its date and author spans are byline scaffolding), then its
    // summary. Each title alone is a line of link text, which in a story
    // is an inserted "see also"; three or more in a row, each followed by
    // a summary, are the index's headlines.
    let post = |slug: &str, title: &str, summary: &str| {
        format!(
            r#"<p class="posttitle"><a href="/notes/{slug}">{title}</a>, <span class="date">4 March 2026</span><br><span class="author">Mira Holt</span></p><p class="postsummary">{summary}</p>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Kiln Notes</title></head><body><main><h1>Kiln Notes</h1><div id="index">{}{}{}</div></main></body></html>"#,
        post("cone-six", "Firing to cone six without a controller", "How we learned to read witness cones and the colour of the kiln when the controller failed mid-season."),
        post("slip", "Recycling slip from the splash pan", "A week of drying, wedging and testing reclaimed clay, and what it did to our throwing."),
        post("glaze-log", "Keeping a glaze log that you will read", "Why one page per test tile beats a spreadsheet, with the template we print for the studio.")
    );
    expect(
        &page,
        &[
            "Firing to cone six without a controller",
            "Recycling slip from the splash pan",
            "Keeping a glaze log that you will read",
            "witness cones",
        ],
        &[],
    );
}

#[test]
fn a_blog_index_keeps_its_titles_past_a_tagline_summary() {
    // The same index, with one post summarised by a tagline that ends no
    // sentence: it is still a post's summary, and the titles before and
    // after it are still the index's headlines.
    let post = |slug: &str, title: &str, summary: &str| {
        format!(
            r#"<p class="posttitle"><a href="/notes/{slug}">{title}</a>, <span class="date">4 March 2026</span></p><p class="postsummary">{summary}</p>"#
        )
    };
    let posts = [
        post("cone-six", "Firing to cone six without a controller", "How we learned to read witness cones when the controller failed mid-season."),
        post("slip", "Recycling slip from the splash pan", "A week of drying, wedging and testing reclaimed clay, and what it did to our throwing."),
        post("open-studio", "Open studio weekend is back", "Come and throw a pot with us"),
        post("glaze-log", "Keeping a glaze log that you will read", "Why one page per test tile beats a spreadsheet, with the template we print."),
        post("kiln-wash", "Kiln wash, shelves and the plucked foot", "What went wrong with our shelves this winter, and the recipe we use now."),
    ];
    let page = format!(
        r#"<html><head><title>Kiln Notes</title></head><body><main><h1>Kiln Notes</h1><div id="index">{}</div></main></body></html>"#,
        posts.concat()
    );
    expect(
        &page,
        &[
            "Firing to cone six without a controller",
            "Recycling slip from the splash pan",
            "Open studio weekend is back",
            "Keeping a glaze log that you will read",
            "Kiln wash, shelves and the plucked foot",
            "Come and throw a pot with us",
        ],
        &[],
    );
}

#[test]
fn a_short_visible_text_is_not_traded_for_twice_as_much_hidden_text() {
    // A short page (under 500 characters shown) gets a retry with hidden
    // containers shown, for pages that park their content hidden. Beside
    // a visible text, hidden text twice as long (an inactive variant's
    // description) is not the content.
    let page = r#"<html><body><article><h1>Trail runner</h1>
      <div style="visibility: hidden"><p>The waterproof edition adds a membrane to the upper and a gusseted tongue that keeps grit and puddles out on wet spring trails.</p>
      <p>It weighs forty grams more per shoe than the standard model, and its lugs are a millimetre deeper for mud and loose gravel descents.</p>
      <p>Choose half a size up if you wear thick winter socks with it, since the membrane leaves a little less room in the toe box.</p></div>
      <div><p>A light trail shoe with a rock plate, a five millimetre drop and a grippy rubber outsole for dry and dusty paths.</p>
      <p>Sizes run true to length; the toe box is roomy enough for long days.</p></div>
      </article></body></html>"#;
    expect(
        page,
        &["A light trail shoe", "Sizes run true"],
        &["waterproof edition", "half a size up"],
    );
}

#[test]
fn mathml_formulas_are_text_but_their_tex_annotations_are_not() {
    // A formula written in MathML is part of its sentence; the TeX source
    // some pages attach as an <annotation> would repeat it.
    let page = r#"<html><body><article><h1>Right triangles</h1>
      <p>In a right triangle with legs <math><mi>p</mi></math> and <math><mi>q</mi></math>, the hypotenuse
      <math><semantics><mrow><mi>r</mi><mo>=</mo><msqrt><msup><mi>p</mi><mn>2</mn></msup><mo>+</mo><msup><mi>q</mi><mn>2</mn></msup></msqrt></mrow>
      <annotation encoding="application/x-tex">r = \sqrt{p^2 + q^2}</annotation></semantics></math>
      follows from comparing the areas of the squares drawn on each side of it.</p>
      <p>Surveyors used the same relation with knotted ropes long before anyone wrote it down as an equation.</p>
      </article></body></html>"#;
    let out = text(page);
    assert!(out.contains("the hypotenuse r="), "{out}");
    assert!(out.contains("follows from comparing"), "{out}");
    assert!(!out.contains("sqrt"), "{out}");
}

#[test]
fn class_names_read_alike_whatever_their_word_separators() {
    // BEM ("author__bio", "author--bio") and snake case ("author_bio")
    // name the same author box as "author-bio" does.
    let story = paragraphs(
        1..=4,
        "The harbour authority approved the new ferry terminal on Tuesday, paragraph {i}, after two years of public hearings about noise and traffic.",
    );
    for class in ["post__author--bio", "post_author_bio", "post-author__bio"] {
        let page = format!(
            r#"<html><body><article><h1>Ferry terminal approved</h1>{story}
            <div class="{class}"><p>Our Editorial team doesn't just report the news, it lives it: Dana has covered the waterfront for a decade.</p></div>
            </article></body></html>"#
        );
        expect(&page, &["public hearings"], &["Our Editorial team"]);
    }
}

#[test]
fn a_post_header_written_as_a_list_of_author_date_and_reading_time_is_dropped() {
    // Blog builders render a post's header as a list: the author, the
    // date, the reading time. A list of short items with a counter among
    // them is that header, not content; a list of steps stays.
    let page = format!(
        r#"<html><body><article><ul class="post-header"><li>Tomas Reyes</li><li>Feb 9</li><li>7 min read</li></ul>
        <h1>Choosing a lens for your first short film</h1>{}
        <ul><li>Rent the lens first</li><li>Shoot a test reel</li><li>Buy what you used</li></ul></article></body></html>"#,
        paragraphs(1..=4, "Paragraph {i}: a fast prime lens forgives a small crew working in dim rooms, and a zoom saves time when the schedule is tight.")
    );
    expect(
        &page,
        &["Paragraph 4", "Rent the lens first", "Buy what you used"],
        &["7 min read", "Tomas Reyes"],
    );
}

#[test]
fn a_dateline_alone_on_its_line_is_dropped_but_dated_data_stays() {
    // "Updated March 2, 2026" is the post's metadata (the JSON output's
    // date), not its text; an event's "Date: June 8-11, 2026" is data.
    let page = format!(
        r#"<html><body><article><h1>The best laptops</h1><p>Updated March 2, 2026</p>{}
        <p>Date: June 8-11, 2026, at the convention centre, with the new models on show.</p></article></body></html>"#,
        paragraphs(1..=4, "Paragraph {i}: we tested battery life, keyboards and screens over three weeks of daily work on every machine.")
    );
    expect(
        &page,
        &["Paragraph 4", "Date: June 8-11, 2026"],
        &["Updated March 2"],
    );
}

#[test]
fn an_about_the_author_section_below_a_declared_article_is_dropped() {
    // The writer's bio below a story ("Our Editorial team doesn't just
    // report the news…") is an author box whatever its class. On a page
    // that is not a declared article (a book in a shop) it stays.
    let page = |head: &str| {
        format!(
            r#"<html><head>{head}</head><body><main><article><h1>Harbour terminal approved</h1>{}
            <section><h3>About the author</h3><p>Our Editorial team doesn't just report the news, it lives it: Dana has covered the waterfront for a decade.</p></section>
            </article></main></body></html>"#,
            paragraphs(1..=4, "Paragraph {i}: the harbour authority approved the new ferry terminal after two years of public hearings about noise and traffic.")
        )
    };
    expect(
        &page(r#"<meta property="og:type" content="article">"#),
        &["Paragraph 4"],
        &["Our Editorial team", "About the author"],
    );
    expect(&page(""), &["Paragraph 4", "Our Editorial team"], &[]);
}

#[test]
fn the_comments_below_the_only_article_element_of_an_undeclared_page_are_dropped() {
    // No og:type: the page's story is its one <article>, a long discussion
    // below it. The story is short beside the comments, so the whole page is
    // compared with it; the comments must not come along, as on a declared
    // article (a thread's posts are a run of <article>s, not one).
    let comment = |who: &str, n: usize| {
        format!(
            r#"<li class="comment"><div class="commentTop">{who} writes:</div><div class="commentBody"><p>Comment {n}: I have run a small weather station on my roof for years, and the readings drift every summer when the sun heats the housing; a white radiation shield and a fan fixed most of it, but calibration against the airport station is still needed twice a year.</p></div></li>"#
        )
    };
    let comments: String = (1..=12)
        .map(|n| comment(&format!("reader{n}"), n))
        .collect();
    let page = format!(
        r#"<html><head><title>Town council approves rooftop weather stations</title></head><body>
        <header><a href="/">Local Desk</a></header>
        <div class="main"><article class="story">
          <h1>Town council approves rooftop weather stations</h1>
          <p>The council voted seven to two on Tuesday to fund forty rooftop weather stations on school buildings, giving each district its own live readings of rain, wind and temperature.</p>
          <p>Teachers asked for the network after last spring's flash flood, when the nearest official gauge was twelve miles away and reported the storm an hour late.</p>
        </article></div>
        <div id="comments" class="comments"><ul id="commentlisting">{comments}</ul></div>
        </body></html>"#
    );
    expect(
        &page,
        &["seven to two on Tuesday", "twelve miles away"],
        &["radiation shield", "reader3 writes"],
    );
}

#[test]
fn a_section_of_text_with_media_beside_it_is_not_a_media_widget() {
    // "media" in a class marks a media box (Readability's negative hint);
    // "copy-with-media" is a block of text with its picture beside it.
    let card = |name: &str, style: &str| {
        format!(
            r#"<div class="slide"><div class="tea-card"><div class="tea-card-body"><h5>{name}</h5><p>{style}</p></div></div></div>"#
        )
    };
    let cards: String = [
        ("Harbour Breakfast Blend Loose Leaf", "Black"),
        ("Harbour Quay Green Loose Leaf", "Green"),
        ("Harbour Customs House Grey Tin", "Black"),
        ("Harbour Ferry Steps Smoky Tin", "Black"),
        ("Harbour Morning Auction Sampler", "Green Black"),
        ("Harbour Saturday Tasting Box", "Green Black"),
    ]
    .iter()
    .map(|(n, s)| card(n, s))
    .collect();
    let page = format!(
        r#"<html><head><title>Harbour Tea Company</title>
      <meta property="og:type" content="article"></head><body>
      <main class="site-main" role="main"><div class="site-content">
        <section class="intro intro-dark"><div class="intro-flex"><div class="container"><div class="intro-inner"><div class="intro-copy">Blending black and green teas on the quay since 1891, the company buys its leaves at the morning auction and packs them by hand in the old customs house. From the very first day, its name and its crest have come from the harbour seal, a patient and clever animal that fishermen here have long taken as a sign of calm water and a good catch.</div></div></div></div></section>
        <section class="section-copy-with-media"><div class="copy-with-media-holder"><div class="row">
          <div class="col text-col"><div class="text-col-inner"><div class="text-col-copy"><p>The company began as a stall beside the ferry steps, where the founder sold a smoky breakfast blend to dock workers before their shift. Her grandson moved the business into the customs house after the war, added a tasting room that still opens every Saturday morning, and kept the stall's brass scales.</p></div></div></div>
        </div></div></section>
        <section class="section-teas"><div class="container"><div class="teas"><div class="teas-inner"><div class="cards">{cards}</div></div></div></div></section>
      </div></main></body></html>"#
    );
    expect(&page, &["smoky breakfast blend", "tasting room"], &[]);
}

#[test]
fn a_thread_whose_theme_draws_the_opening_post_apart_from_the_replies_keeps_it() {
    // The theme renders the first post as a card of its own above the reply
    // list, built from the same parts as each reply; the scorer picks the
    // replies.
    let card = |class: &str, body: &str| {
        format!(
            r#"<div class="{class}"><div class="post-card__frame"><div class="post-cell post-info"><div class="post-cell post-cell--main"><div class="post-cell-content-wrapper"><div class="post-content"><div class="post-user-text"><article class="post-body"><div class="post-text">{body}</div></article></div></div></div></div></div></div></div>"#
        )
    };
    let replies: String = [
        "Rent the four-season tent.<br> Mesh inners let spindrift in all night, and the poles of light tents are not made for snow load.<br> It builds up faster than you expect when it snows after dark.",
        "A closed inner helps, but wind is the real problem at a lake.<br> Pitch behind trees, dig in a little, and take a foam pad under your inflatable one, since the ground steals more heat than the air does.",
        "The rental shop near the station has good four-season tents at a fair weekly price, and they will show you how to pitch them.",
        "Vent the tent even when it is cold.<br> Condensation freezes on the inner overnight and falls on your bag as frost",
    ]
    .iter()
    .map(|body| format!(r#"<article class="jsp nested-message">{}</article>"#, card("post-card", body)))
    .collect();
    let opening = card(
        "post-card jsp",
        "I am planning two nights at a lake in January and only own a light three-season tent with a mesh inner. Is it worth renting a four-season tent, or can I get away with a good bag and a closed inner? Any advice on keeping warm would be welcome, thanks in advance.",
    );
    let page = format!(
        r#"<html><head><title>Which tent for a first winter trip?</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Which tent for a first winter trip?"}}</script>
        </head><body><div class="page"><div class="page-body"><div class="page-body-inner"><div class="page-body-main"><div class="page-body-content"><div class="page-body-column">
        <div class="thread-body-container">{opening}
          <div class="block block--replies"><div class="block-container"><div class="block-body">{replies}</div></div><div class="block-outer"></div></div>
        </div></div></div></div></div></div></div></body></html>"#
    );
    let out = text(&page);
    let (first, reply) = (out.find("mesh inner"), out.find("spindrift"));
    assert!(
        first.is_some() && reply.is_some() && first < reply,
        "the opening post must come first:\n{out}"
    );
}

#[test]
fn a_folded_faq_answer_after_its_question_is_content_whatever_its_class() {
    // Generated class names say nothing; the answer is hidden by an inline
    // style until its question is clicked.
    let qa = |q: &str, a: &str| {
        format!(
            r#"<div class="sc-x1"><div class="sc-q7"><div>{q}</div></div><div style="visibility:hidden" class="sc-p3"><p>{a}</p></div></div>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Pet cover questions</title></head><body><main>
        <h1>Pet cover questions</h1>
        <p>Everything you need to know before you buy cover for a cat or a dog, from what a policy pays for to when the waiting period ends.</p>
        {}{}
        <div style="display:none"><p>Your session has expired. Please sign in again to continue with your quote.</p></div>
        </main></body></html>"#,
        qa("What does a policy pay for?", "Most policies pay back a share of the vet bill for accidents and illness after the excess, up to a yearly limit that you choose when you buy."),
        qa("When does the waiting period end?", "Accidents are covered after two days and illnesses after fourteen, so a condition that starts in the first two weeks counts as existing before cover."),
    );
    expect(
        &page,
        &["share of the vet bill", "illnesses after fourteen"],
        &["session has expired"],
    );
}

#[test]
fn a_page_declaring_a_group_of_products_keeps_its_grid_as_a_collection() {
    // Open Graph's `product.group` is what shop engines declare on a
    // category page: a group of products, not one product whose reviews
    // and carousels are to be dropped.
    let cards: String = (1..=12)
        .map(|i| {
            format!(
                r#"<div class="product-card"><a href="/p/{i}"><h3>Field lantern {i}</h3></a><span class="price">${i}9.00</span><div class="rating">Rated 4.{i} out of 5 by {i}2 campers</div></div>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Lanterns | Trailhead Outfitters</title>
        <meta property="og:type" content="product.group"></head><body>
        <header><nav><a href="/">Home</a> <a href="/lanterns">Lanterns</a></nav></header>
        <main><h1>Lanterns</h1><div class="grid">{cards}</div></main>
        <footer><p>Shop policies</p></footer></body></html>"#
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert_ne!(doc.page_type, unboil::PageType::Product);
    let out = doc.to_text();
    for k in ["Field lantern 1", "Field lantern 12", "$129.00"] {
        assert!(out.contains(k), "{k:?} missing from:\n{out}");
    }
    assert!(!out.contains("Shop policies"), "footer kept:\n{out}");
}

#[test]
fn a_reference_list_of_linked_terms_keeps_each_term_above_its_description() {
    // API references list members as a definition list: each term a link
    // to the member's own page, each description a short sentence. The
    // terms are labels, not a box of links, and no link line either.
    let members = |names: &[(&str, &str)]| -> String {
        names
            .iter()
            .map(|(n, d)| {
                format!(
                    r#"<dt id="{n}"><a href="/docs/Lamp/{n}"><code>Lamp.{n}</code></a></dt><dd><p>{d}</p></dd>"#
                )
            })
            .collect()
    };
    let page = format!(
        r##"<html><head><title>Lamp - Device APIs</title></head><body>
        <nav><ul><li><a href="/docs">Docs</a></li><li><a href="/docs/Lamp">Lamp</a></li>
        <li><a href="/docs/Switch">Switch</a></li><li><a href="/docs/Dimmer">Dimmer</a></li></ul></nav>
        <main><div class="layout__header"><h1>Lamp</h1><section><p>The Lamp interface controls one
        light of a connected installation: it reports the light's state and lets a script turn it
        on or off, dim it and schedule changes for later in the evening.</p></section></div>
        <div class="layout__body">
        <section><h2 id="constructor"><a href="#constructor">Constructor</a></h2>
        <dl><dt id="lamp"><a href="/docs/Lamp/Lamp"><code>Lamp()</code></a></dt>
        <dd><p>Returns a new lamp.</p></dd></dl></section>
        <section><h2 id="properties"><a href="#properties">Instance properties</a></h2>
        <dl>{}</dl></section>
        <section><h2 id="methods"><a href="#methods">Instance methods</a></h2>
        <dl>{}</dl></section></div></main>
        <footer><p>Content available under a free licence.</p></footer></body></html>"##,
        members(&[
            ("brightness", "The light's brightness, from 0 to 100."),
            (
                "colour",
                "The light's colour temperature, in kelvin, as the bulb reports it."
            ),
        ]),
        members(&[
            ("on", "Turns the light on."),
            ("off", "Turns the light off.")
        ]),
    );
    let out = text(&page);
    let order = [
        "Lamp()",
        "Returns a new lamp.",
        "Lamp.brightness",
        "from 0 to 100",
        "Lamp.on",
        "Turns the light on.",
        "Lamp.off",
    ];
    expect_in_order(&out, &order);
    assert!(!out.contains("free licence"), "footer kept:\n{out}");
}

#[test]
fn testimonials_beside_their_portraits_are_no_gallery() {
    // A service page's carousel of member quotes sits beside their
    // portraits: two pictures, no `<p>`, but a couple of hundred characters
    // of prose per picture. A gallery holds captions, not quotes.
    let quote = |text: &str, who: &str| {
        format!(
            r#"<div class="review-card"><div class="quote-wrap"><div>{text}</div><div>{who}</div></div></div>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Harbor Counselling - Therapy by video</title></head><body>
        <div class="page-wrapper"><main class="main-wrapper">
        <section class="section"><h2>What you get</h2><div class="benefits-grid">
        <div>A licensed counsellor within two days of signing up</div>
        <div>Sessions by video, voice or chat, as you prefer</div>
        <div>A new counsellor whenever you ask, free of charge</div></div></section>
        <div class="reviews-section"><section class="section"><h2>What our members say</h2>
        <div class="reviews-carousel-wrap">{}{}
        <div class="review-card"><img src="/img/member-1.jpg" alt="Portrait of a member"></div>
        <div class="review-card"><img src="/img/member-2.jpg" alt="Portrait of a member"></div>
        </div></section></div>
        <section class="faq"><h2>Questions</h2><div class="faq-item"><h3>How much does it cost?</h3>
        <p>Plans start at a weekly fee, and many insurers and employers cover sessions, so most
        members pay only a small copay or nothing at all for their counselling.</p></div>
        <div class="faq-item"><h3>How am I matched?</h3><p>You answer a few questions about what
        brings you here and what you prefer, and we match you with a counsellor licensed where you
        live who fits those needs.</p></div></section>
        </main><footer><p>© Harbor Counselling. All rights reserved.</p></footer></div></body></html>"#,
        quote(
            "“Starting counselling as a new parent felt impossible. My counsellor met me where I \
             was and helped me sort the worries from the facts one week at a time. Two years on \
             I still use the notes we wrote together.”",
            "Marta - member since 2023"
        ),
        quote(
            "“What I value most is that I can be myself. We work on things together and after \
             each session I leave with one small step I can take before the next one. It never \
             feels like homework.”",
            "Owen - member since 2022"
        ),
    );
    expect(
        &page,
        &["as a new parent", "I can be myself", "How am I matched?"],
        &["All rights reserved"],
    );
}

#[test]
fn a_cards_second_link_repeating_its_facts_for_the_eye_is_read_once() {
    // A shop's search results: each card's first link is the accessible
    // summary; a second link to the same page, out of the tab order, lays
    // the same facts out with labels. The labels and the repeat go; a
    // teaser link whose words are its own stays.
    let cards: String = (1..=8)
        .map(|i| {
            format!(
                r#"<article class="result"><a href="/p/trail-boot-{i}">Ridgeway - Trail Boot {i}. Colour Slate. On sale for ${i}9.00. 4.{i} out of 5 stars</a>
                <div class="media"><img src="/img/{i}.jpg" alt="Trail Boot {i}"></div>
                <div class="details"><a tabindex="-1" href="/p/trail-boot-{i}"><dl><dt>Brand Name</dt><dd>Ridgeway</dd>
                <dt>Product Name</dt><dd>Trail Boot {i}</dd><dt>Colour</dt><dd>Slate</dd>
                <dt>Price</dt><dd>${i}9</dd><dt>Rating</dt><dd>4.{i} out of 5 stars</dd></dl></a></div></article>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Trail boots | Ridgeway</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/boots">Boots</a></nav></header>
        <main><h1>Trail boots</h1><p>96 items found</p><div class="results">{cards}</div></main>
        <footer><p>Ridgeway Outdoor Company</p></footer></body></html>"#
    );
    let out = text(&page);
    assert_eq!(out.matches("Ridgeway - Trail Boot").count(), 8, "{out}");
    assert!(!out.contains("Brand Name"), "the repeat kept:\n{out}");
    let teasers: String = (1..=4)
        .map(|i| {
            format!(
                r#"<div class="river-item"><h2><a href="/news/{i}">Harbour ferry timetable {i} changes in spring</a></h2>
                <p class="desc"><a href="/news/{i}" tabindex="-1">Crossings every twenty minutes return for the season as the new pier opens to foot passengers number {i}.</a></p></div>"#
            )
        })
        .collect();
    let river = format!(
        r#"<html><body><main><h1>Transport news</h1><div class="river">{teasers}</div></main></body></html>"#
    );
    let out = text(&river);
    assert!(
        out.contains("every twenty minutes return"),
        "teaser lost:\n{out}"
    );
}

#[test]
fn short_blocks_that_title_a_section_list_a_spec_or_give_a_price_stay() {
    // A training provider's course page: each section's title is a `<div>`
    // above its text, the course's facts are a list whose items are
    // `<div>`s, and the price sits alone in a `<div>`. Readability's rule
    // drops blocks under 25 characters; these are the page's content.
    let section = |title: &str, body: &str| {
        format!(
            r#"<section class="course-part"><img src="/icons/{}.svg" alt="">
            <div class="course-part-title">{title}</div><hr>
            <div class="course-part-content"><div class="course-part-body">{body}</div>
            <a href="" class="part-toggle"><span>read more</span></a></div></section>"#,
            title.len()
        )
    };
    let fact = |label: &str, value: &str| {
        format!(
            r#"<li class="fact"><div class="fact-wrap"><span>{label}</span> <span>{value}</span></div></li>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Introduction to Field Botany (FB101)</title></head><body>
        <div class="site"><div class="container"><div class="row">
        <div class="col-8 course-main"><div class="wrapper">
        <h1>Introduction to Field Botany (FB101)</h1>
        {}{}{}
        <ul class="facts">{}{}{}</ul>
        <div class="price-box"><div class="price-now"><span>$249.00</span></div></div>
        </div></div>
        <div class="col-4 course-sidebar"><div class="enrol"><a href="/login">Log in before enrolling</a></div></div>
        </div></div></div>
        <footer><p>© Field School. All rights reserved.</p></footer></body></html>"#,
        section(
            "Who should come",
            "This course is meant for walkers, gardeners and students who want to name the \
             plants they meet on a hillside, whether they have never opened a flora or have \
             kept a herbarium for years."
        ),
        section(
            "Skills you gain",
            "You will learn to read a plant from the root up: leaf arrangement, flower parts, \
             fruit types and the handful of families that make up most of what grows in \
             temperate meadows, woods and hedgerows."
        ),
        section(
            "Where it leads",
            "The course prepares you to take part in plant surveys as a volunteer recorder, \
             to keep field notes others can use, and to go on to the intermediate course on \
             grasses, sedges and rushes."
        ),
        fact("Level", "Beginner"),
        fact("Duration", "12 hours"),
        fact("Language", "English"),
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "Who should come",
            "walkers, gardeners",
            "Skills you gain",
            "Where it leads",
            "Duration 12 hours",
            "$249.00",
        ],
    );
    assert!(!out.contains("All rights reserved"), "{out}");
}

#[test]
fn a_listings_sort_control_badges_and_ages_are_no_content() {
    // A shop's category page: above the grid, the result count stays (the
    // page's own fact), the sort control's label read as text goes; in the
    // tiles, the badge and the listing's age go, the name and price stay.
    let tiles: String = [
        ("Kestrel Trail 4 - Women's", 132, "139.95"),
        ("Kestrel Trail 4 - Men's", 98, "139.95"),
        ("Granite Max GTX - Men's", 45, "179.00"),
        ("Granite Max GTX - Women's", 61, "179.00"),
        ("Scree Runner 2 - Unisex", 12, "154.50"),
        ("Talus Speed Mid - Men's", 7, "165.00"),
        ("Talus Speed Mid - Women's", 19, "165.00"),
        ("Kestrel Ultra 3 - Unisex", 203, "149.95"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, reviews, price))| {
        format!(
            r#"<li class="tile"><div class="badge">Bestseller</div>
            <a href="/p/{i}"><span class="name">{name}</span></a>
            <div class="rating">{reviews} reviews</div><div class="price">${price}</div>
            <div class="listed">{reviews} days ago</div></li>"#
        )
    })
    .collect();
    let page = format!(
        r#"<html><head><title>Trail Running Shoes | Ridgeline Outfitters</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/shoes">Shoes</a> <a href="/sale">Sale</a></nav></header>
        <main><div class="plp"><h1>Trail Running Shoes</h1>
        <div class="toolbar"><div class="results-count">48 products</div>
        <div class="sort-label">Sort: Newest first</div></div>
        <ul class="grid">{tiles}</ul></div></main>
        <footer><p>© Ridgeline Outfitters. All rights reserved.</p></footer></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "48 products",
            "Kestrel Trail 4 - Women's",
            "$139.95",
            "Kestrel Ultra 3",
        ],
    );
    assert!(!out.contains("Sort: Newest first"), "{out}");
    assert!(!out.contains("Bestseller"), "{out}");
    assert!(!out.contains("days ago"), "{out}");
    assert!(!out.contains("All rights reserved"), "{out}");
}

#[test]
fn a_drupal_node_promoted_to_the_front_page_is_no_promotion_box() {
    // Drupal marks an article "promoted to the front page" with a class on
    // the node itself ("node--promoted"): the recipe, not an advertisement,
    // however much "promo" it spells.
    let page = r#"<html><head><title>Red lentil soup with lemon | Kitchen Notes</title></head><body>
      <div class="page"><header><nav><a href="/">Home</a> <a href="/recipes">Recipes</a></nav></header>
      <main class="main"><h1>Red lentil soup with lemon</h1>
      <div class="intro"><p>A weeknight soup from the store cupboard: the lentils collapse into a
      thick, golden broth in twenty minutes, and a squeeze of lemon at the end wakes the whole pot
      up. It keeps for days and freezes well.</p></div>
      <div class="node node--type-recipe node--promoted node--view-mode-full">
      <div class="recipe-ingredients"><h2>Ingredients</h2><ul><li>250 g red lentils, rinsed</li>
      <li>1 onion, chopped</li><li>2 carrots, diced</li><li>1 litre vegetable stock</li>
      <li>juice of half a lemon</li></ul></div>
      <div class="recipe-steps"><h2>Method</h2><ol>
      <li>Soften the onion and carrots in a little oil over a low heat for ten minutes.</li>
      <li>Add the lentils and the stock, bring to the boil and simmer until the lentils fall apart.</li>
      <li>Blend half the soup, stir it back in and season with salt and pepper.</li>
      <li>Take the pot off the heat, add the lemon juice and serve with warm flatbread.</li>
      </ol></div></div></main>
      <footer><p>© Kitchen Notes. All rights reserved.</p></footer></div></body></html>"#;
    let out = text(page);
    expect_in_order(
        &out,
        &[
            "collapse into a",
            "Ingredients",
            "250 g red lentils",
            "Method",
            "add the lemon juice",
        ],
    );
    assert!(!out.contains("All rights reserved"), "{out}");
}

#[test]
fn a_short_block_under_a_negative_class_goes_even_when_it_heads_a_section() {
    // A how-to article whose comparison table sits in a scrolling box with
    // a hint above it. The hint is shaped like a section's title (the first
    // block of its parent with text, followed by a long one), which spares
    // a short block from Readability's short-block rule; but its class
    // ("scroll") weighs against it, and a short title's shape does not
    // outweigh its class.
    let rows: String = [
        ("Hand plane", "12", "Fine shavings on long grain"),
        ("Spokeshave", "9", "Curves, chair legs and paddles"),
        ("Card scraper", "3", "Tear-out on figured wood"),
        ("Block plane", "15", "End grain and chamfers"),
    ]
    .iter()
    .map(|(tool, minutes, best)| {
        format!("<tr><td>{tool}</td><td>{minutes}</td><td>{best}</td></tr>")
    })
    .collect();
    let page = format!(
        r#"<html><head><title>Smoothing a board by hand</title></head><body>
        <article class="post"><h1>Smoothing a board by hand</h1>
        <p>Before any finish goes on, a board has to be flat and smooth. Sandpaper is the
        usual answer, but edge tools leave a cleaner surface and make no dust at all.</p>
        <p>We timed four tools on the same oak board, one metre long, and noted where each
        one does its best work. The minutes are for one face, from sawn to ready.</p>
        <div class="table-block"><div class="table-scroll-hint">Swipe to see all</div>
        <div class="table-holder"><table>
        <thead><tr><th>Tool</th><th>Minutes</th><th>Best for</th></tr></thead>
        <tbody>{rows}</tbody></table></div></div>
        <p>The hand plane won on long grain by a wide margin; the scraper is the tool to
        keep for the patches where the grain turns and every plane tears it up.</p>
        </article></body></html>"#
    );
    expect(
        &page,
        &[
            "Sandpaper is the usual answer",
            "Spokeshave",
            "Curves, chair legs",
            "grain turns",
        ],
        &["Swipe to see all"],
    );
}

#[test]
fn a_list_with_the_same_icon_on_every_row_is_no_gallery() {
    // A cooking school's course page: the outline is a run of rows, each a
    // play icon and a lesson's name. Many pictures and little text read as
    // a gallery; but it is one picture repeated, a bullet, and the lessons
    // are the page's content. A real gallery (distinct pictures) still goes.
    let lessons: String = [
        "Lesson 1. Holding a knife",
        "Lesson 2. Stocks and what they are for",
        "Lesson 3. Emulsions that hold",
        "Lesson 4. Braising tough cuts",
        "Lesson 5. Bread from a starter",
        "Lesson 6. Pastry without fear",
        "Lesson 7. Plating for guests",
    ]
    .iter()
    .map(|l| {
        format!(
            r#"<div class="outline-row"><div class="outline-cell"><img src="/static/icons/play-circle.svg">
            <span class="outline-name">{l}</span><span class="outline-time"></span></div></div>"#
        )
    })
    .collect();
    let gallery: String = (1..=5)
        .map(|n| format!(r#"<div class="shot"><img src="/photos/kitchen-{n}.jpg" alt=""><span>Photo {n}</span></div>"#))
        .collect();
    let page = format!(
        r#"<html><head><title>Home Cooking Foundations</title></head><body>
        <div class="page"><div class="main-col">
        <h1>Home Cooking Foundations</h1>
        <div class="about"><h2>About the course</h2>
        <p>Seven evenings in our teaching kitchen, each on one technique that the rest of
        cooking is built on. You cook every dish yourself and take it home in a box.</p>
        <p>The course suits anyone who can boil an egg and wants to stop following recipes
        line by line, and start to understand why they work.</p></div>
        <div class="outline"><h2>Course outline</h2><div class="outline-list">{lessons}</div></div>
        <div class="kitchen-photos">{gallery}</div>
        </div></div></body></html>"#
    );
    expect(
        &page,
        &[
            "Seven evenings",
            "Lesson 1. Holding a knife",
            "Lesson 4. Braising",
            "Lesson 7. Plating",
        ],
        &["Photo 3"],
    );
}

#[test]
fn a_landing_pages_feature_cards_written_in_divs_are_no_gallery() {
    // A software firm's home page (it declares no kind): under its pitch,
    // three feature cards, each an icon, a title and a description, all in
    // `<div>`s. Pictures with little text and no `<p>` read as a gallery;
    // Readability would have read each description as a paragraph, and so
    // do we. A row of photos with one-line captions is still a gallery.
    let card = |icon: &str, title: &str, text: &str| {
        format!(
            r#"<div class="col-4"><div class="feature"><img src="/img/{icon}.png" alt="{title}">
            <div class="feature__title">{title}</div><div class="feature__text">{text}</div></div></div>"#
        )
    };
    let photos: String = (1..=4)
        .map(|n| {
            format!(r#"<div class="shot"><img src="/img/office-{n}.jpg" alt=""><div>Our office, floor {n}</div></div>"#)
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Ledgerly: bookkeeping for small shops</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav></header>
        <section class="hero"><div class="container"><h1>Bookkeeping that does itself</h1>
        <p>Ledgerly reads your bank feed, sorts every payment into the right account and keeps
        your books ready for the tax return, so a shop owner spends minutes a month on them.</p></div></section>
        <section class="why"><div class="container"><div class="row">{}{}{}</div></div></section>
        <section class="how"><div class="container"><h2>How it works</h2>
        <p>You sign up with an email address and the name of your bank. We ask the bank for a
        read-only link to your business account; you approve it in your banking app, and from
        then on nothing needs doing on your side but the occasional receipt.</p>
        <p>Each morning the night's payments are sorted by rules that learn from the corrections
        you make, and anything Ledgerly is unsure about waits in a short list for you to look at,
        usually two or three items a week for a small shop.</p></div></section>
        <section class="team"><div class="container"><div class="row">{photos}</div></div></section>
        <footer><p>© Ledgerly Ltd.</p></footer></body></html>"#,
        card(
            "bank",
            "Bank feeds",
            "Connect your business account once and every payment arrives in Ledgerly the next \
             morning, matched to its invoice where there is one."
        ),
        card(
            "receipt",
            "Receipts",
            "Photograph a receipt with your phone and it is read, filed and attached to the \
             payment it belongs to, with the tax on it worked out."
        ),
        card(
            "calendar",
            "Year end",
            "When the year closes, your accountant gets a read-only login and a tidy set of \
             books instead of a shoebox, which is cheaper for you."
        ),
    );
    expect(
        &page,
        &[
            "reads your bank feed",
            "Connect your business account",
            "Photograph a receipt",
            "tidy set of",
        ],
        &["Our office, floor 2"],
    );
}

#[test]
fn a_headings_own_anchor_is_no_link_away() {
    // A docs page whose headings are permalinks to themselves
    // (`<h2><a href="#install">`), as static-site generators write them.
    // The anchor's text is the section's title, not a link away: a short
    // section with one real link must not read as a box of links.
    let page = r##"<html><head><title>tidewatch: reading tide gauges from the shell</title></head><body>
        <nav><a href="/">tidewatch</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a></nav>
        <main><article class="doc">
        <h1>tidewatch</h1>
        <p>tidewatch reads the public feeds of coastal tide gauges and prints the height of the
        water, the time of the next high and low tide, and how far the reading is from the
        prediction, for any gauge you name.</p>
        <section id="install"><h2><a href="#install">Installation</a></h2>
        <p>Download the build from the <a href="/releases">releases page</a> and unpack it.</p></section>
        <section id="usage"><h2><a href="#usage">Usage</a></h2>
        <p>Give the name or number of a gauge, and tidewatch prints its latest reading. With a
        second argument, a number of hours, it prints the readings of that period as a table,
        one row for every six minutes, and marks the turns of the tide.</p></section>
        <section id="config"><h2><a href="#config">Configuration</a></h2>
        <p>A small file in your home directory holds the gauges you read most often under short
        names of your own, the units you want heights in, and how long a reading is kept on disk
        before it is fetched again, which spares the feeds when you run the tool in a loop.</p>
        <p>Every setting has a default, so the file is optional; when it is missing, heights are
        printed in metres, nothing is cached and gauges are named by their official numbers.</p></section>
        <section id="sources"><h2><a href="#sources">Where the data comes from</a></h2>
        <p>The readings come from the national tide gauge networks, which publish them every six
        minutes, and the predictions from the harmonic constants each network computes for its
        gauges once a year. tidewatch does no forecasting of its own and says so when a gauge's
        constants are missing, rather than guessing from a neighbour.</p></section>
        </article></main>
        <footer><p>MIT licensed.</p></footer></body></html>"##;
    expect(
        page,
        &[
            "Installation",
            "Download the build from the releases page",
            "Usage",
            "turns of the tide",
        ],
        &["MIT licensed"],
    );
}

#[test]
fn a_tables_heading_and_the_sections_beside_it_come_with_it() {
    // A course page written as a run of `<div><h4>…</h4>…</div>` sections
    // split by rules, the longest of them a schedule table. The table
    // scores highest, but it is part of a document: its own heading, and
    // the sections opened by headings of the same level beside it, are
    // the page too. A section that is a box of links is not.
    let rows: String = (1..=20)
        .map(|i| {
            format!(
                "<tr><td>Week {i}</td><td>Lecture {i}: estimators, bias, variance and the \
                 trade-off between them, worked through on survey data</td>\
                 <td>notes, slides, problem set {i}</td><td>Chapter {i}, sections 1, 2 and 3</td></tr>"
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Statistics 210: Inference in practice</title></head><body>
        <div id="content"><div id="pagetitle"><h1>Statistics 210: Inference in practice</h1></div>
        <div><h4>About the course</h4>
        <p>This course is a hands-on introduction to statistical inference for students who have
        taken one course in probability. Every week pairs a lecture on one method with a problem
        set that applies it to a real data set, from river flow records to household surveys.</p>
        <p>Meetings: Tuesday and Thursday, 10:30 to 11:45, in the east lecture hall.</p></div>
        <hr class="divider">
        <div><h4>Textbooks</h4>
        <ul><li>Notes written for the course, posted before each lecture as a single file.</li>
        <li>A classic introduction to inference, chapters 5 to 10, on reserve at the library.</li></ul></div>
        <hr class="divider">
        <div><h4>Other courses</h4>
        <ul><li><a href="/stat110">Statistics 110</a></li><li><a href="/stat111">Statistics 111</a></li>
        <li><a href="/stat220">Statistics 220</a></li><li><a href="/stat230">Statistics 230</a></li></ul></div>
        <hr class="divider">
        <div><h4>Schedule</h4><table>{rows}</table></div>
        </div></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "hands-on introduction to statistical inference",
            "Textbooks",
            "on reserve at the library",
            "Schedule",
            "Lecture 1: estimators",
        ],
    );
    assert!(!out.contains("Statistics 230"), "{out}");
}

#[test]
fn a_definition_list_of_linked_names_with_prose_definitions_is_kept() {
    // An API reference lists an object's members as a `<dl>`: each term is
    // the member's name, linked to its own page; each definition says what
    // it does. The links are names, not a way off the page: the list is
    // judged by its definitions, which are prose.
    let page = r#"<html><head><title>TideGauge - Harbour API reference</title></head><body>
        <nav><a href="/">Harbour</a> <a href="/api">API</a> <a href="/guides">Guides</a></nav>
        <main><article>
        <h1>TideGauge</h1>
        <p>The TideGauge interface reads the height of the water at one gauge and keeps the
        readings of the last day in memory, so that a page can draw the curve of the tide
        without asking the network again for every point it plots.</p>
        <p>A gauge is opened by its official number and closed when the page no longer needs it;
        an open gauge fetches a new reading every six minutes while the page is visible.</p>
        <p>Readings are heights above the chart datum of the gauge, in metres, with the time the
        gauge took them; a reading the network marks as doubtful is kept, but flagged, so that a
        page can draw it in another colour or leave it out of the curve altogether.</p>
        <p>Several pages may open the same gauge at once. They share one connection and one
        memory of readings, and the gauge is closed for real only when the last page closes it.</p>
        <h2>Instance methods</h2>
        <dl>
        <dt><a href="/api/tidegauge/open"><code>TideGauge.open()</code></a></dt>
        <dd>Starts reading the gauge.</dd>
        <dt><a href="/api/tidegauge/close"><code>TideGauge.close()</code></a></dt>
        <dd>Stops reading and frees the memory.</dd>
        <dt><a href="/api/tidegauge/latest"><code>TideGauge.latest()</code></a></dt>
        <dd>Returns the newest reading.</dd>
        </dl>
        </article></main>
        <footer><p>Harbour is free software.</p></footer></body></html>"#;
    expect(
        page,
        &[
            "keeps the readings of the last day",
            "TideGauge.close()",
            "Stops reading and frees the memory.",
        ],
        &["Harbour is free software"],
    );
}

#[test]
fn a_closed_dialog_is_not_part_of_the_page() {
    // A finance explainer links its terms to glossary popups: `<dialog>`
    // elements the browser does not show until a script opens them. The
    // button that opens each names it (`aria-controls`), as an FAQ's toggle
    // names its answer, but a closed dialog is not on screen.
    let body = paragraphs(
        1..=6,
        "Point {i}: an index fund follows a market benchmark as closely as it can, so its \
         costs stay low and its returns track the market it was built to mirror, year after year.",
    );
    let page = format!(
        r#"<html><body><main><h1>How index funds work</h1>
        <p>Every fund here tracks a <button aria-controls="term-benchmark">benchmark</button>,
        and that choice decides most of what the fund will do for a saver over the years.</p>
        <dialog id="term-benchmark" aria-modal="true"><div class="modal-body">
          <p>Glossary: an unmanaged group of securities whose overall performance is used as a
          standard to measure investment performance.</p></div></dialog>
        {body}</main></body></html>"#
    );
    expect(
        &page,
        &["that choice decides most", "Point 6: an index fund"],
        &["Glossary: an unmanaged group"],
    );
}

#[test]
fn long_legal_small_print_is_not_taken_for_the_content() {
    // A fund company's product page: short feature sections, then pages of
    // legal disclosures in long paragraphs. Prose that long is usually kept
    // whatever its container is called, but small print never is content.
    let features: String = [
        (
            "Low costs",
            "Our index funds charge a fraction of what the industry average fund does.",
        ),
        (
            "Broad reach",
            "One fund can hold thousands of stocks, from the largest firms to the smallest.",
        ),
        (
            "Steady returns",
            "Most of our index funds beat their peer group over the last ten years.",
        ),
        (
            "Fewer taxes",
            "Index funds trade less often, so they pass on fewer taxable capital gains.",
        ),
    ]
    .iter()
    .map(|(h, p)| {
        format!(
            "<div class=teaser><h3>{h}</h3><p>{p} Ask us how it fits the plan you \
             already have, and what it would cost you over twenty years.</p></div>"
        )
    })
    .collect();
    let small_print = paragraphs(
        1..=6,
        "Note {i}: all investing is subject to risk, including the possible loss of the money you \
         invest; past performance is no guarantee of future returns, and the performance of an \
         index is not an exact representation of any particular investment, as you cannot invest \
         directly in an index.",
    );
    let page = format!(
        r#"<html><body><div class=page><h1>Index funds</h1>
        <p class=lead>The funds that made us famous continue to offer a smart, effective approach to investing.</p>
        <div class=grid>{features}</div>
        <div id="disclosures" class="container">{small_print}</div>
        </div></body></html>"#
    );
    expect(
        &page,
        &["a fraction of what the industry", "pass on fewer taxable"],
        &["Note 3: all investing is subject to risk"],
    );
}

#[test]
fn an_faq_block_after_the_post_joins_it() {
    // A blog post whose CMS puts its closing FAQ in a field of its own,
    // wrapped so deep that no paragraph point reaches the wrapper beside
    // the body.
    let body = paragraphs(
        1..=14,
        "Step {i}: read the plan the query planner chose, compare its estimated rows with the \
         actual rows, and look for the node where the two drift apart the most.",
    );
    let faq: String = (1..=4)
        .map(|i| {
            format!(
                r#"<div class="accordion-item"><div class="accordion-title"><h3>Question {i}: how do I tune memory for sorts?</h3></div>
                <div class="accordion-body"><div class="field"><div class="field-item"><p>Answer {i}: raise the
                sort memory setting step by step, watch the temporary files the server writes, and
                stop when large sorts no longer spill to disk.</p></div></div></div></div>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><body><div class="blog-content"><div class="blog-body">
        <div class="meta">March 3</div>
        <div class="field-body">{body}</div>
        <div class="share-wrapper"><a href="/s">Share</a></div>
        <div class="additional-sections"><div class="item"><div class="row"><div class="col">
          <div class="faq-container">{faq}</div></div></div></div></div>
        </div></div></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "Step 14: read the plan",
            "Answer 1: raise",
            "Answer 4: raise",
        ],
    );
}

#[test]
fn an_faqs_questions_written_as_buttons_are_kept_with_their_answers() {
    // Accordions put each question in the `<button>` that opens its answer:
    // bare (a Tailwind FAQ) or inside a heading (the ARIA pattern). The
    // question is the answer's heading; a plain control stays out.
    let intro = paragraphs(
        1..=5,
        "Paragraph {i}: our moving crews pack, load and carry your furniture, and you rent the \
         truck yourself, which keeps the bill for a two-bedroom move well under half the usual.",
    );
    let page = format!(
        r#"<html><body><main><h1>Moving help, by the hour</h1>{intro}
        <h2>Questions</h2>
        <div class="faq"><div class="item"><button class="toggle" type="button">How long can I book the crew for?</button>
          <div class="panel"><p>Any number of hours, with a two-hour minimum on weekdays and three on weekends.</p></div></div>
        <div class="item"><h3 class="accordion-header"><button aria-expanded="false" aria-controls="a2">Insurance and damage</button></h3>
          <div id="a2" class="panel"><p>Every booking includes basic coverage for items the crew carries or loads.</p></div></div>
        </div>
        <p>Still unsure? <button type="button">Chat now</button></p>
        </main></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "How long can I book the crew for?",
            "Any number of hours",
            "Insurance and damage",
            "Every booking includes",
        ],
    );
    assert!(!out.contains("Chat now"), "a control's label kept:\n{out}");
}

#[test]
fn a_list_of_questions_after_the_post_joins_it_whatever_its_name() {
    // The same closing FAQ from a site builder that names nothing "faq":
    // a list whose items each open with a question.
    let body = paragraphs(
        1..=14,
        "Step {i}: send every order event to one warehouse table, join it with ad spend by \
         day, and compare the cost of each channel with the revenue it brings back.",
    );
    let items: String = (1..=4)
        .map(|i| {
            format!(
                r#"<div class="w-item" role="listitem"><h3>Which tool, part {i}?</h3>
                <div class="rich"><div class="inner"><div class="text"><p>Answer {i}: the free analytics
                suite is enough until several stores and ad accounts need their numbers joined.</p></div></div></div></div>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><body><div class="blog-body"><div class="w-richtext">{body}</div>
        <section class="c-rich-text"><div class="w-list"><div class="w-items" role="list">{items}</div></div></section>
        </div></body></html>"#
    );
    expect_in_order(
        &text(&page),
        &[
            "Step 14: send every order",
            "Answer 1: the free",
            "Answer 4: the free",
        ],
    );
}

#[test]
fn a_category_page_declared_an_article_is_read_as_its_cards() {
    // A food blog's category page, which its CMS declares an article: an
    // introduction, then a grid of recipe cards (a linked title and a
    // teaser each). Cleaning takes the cards for link lists and keeps the
    // introduction alone; the cards, more text than it and a third links,
    // are the page's content.
    let intro = paragraphs(
        1..=5,
        "Sheet-pan dinner number {i} is the one we come back to on busy weeknights: \
         everything roasts on one tray while the rice cooks, and the leftovers pack \
         into lunches for the next two days without going soggy.",
    );
    let dishes = [
        "Harissa Chicken with Chickpeas",
        "Miso Glazed Salmon and Broccoli",
        "Smoky Sausage and Sweet Potatoes",
        "Lemon Herb Tofu with Green Beans",
        "Gochujang Meatballs and Peppers",
        "Balsamic Pork Chops with Apples",
        "Crispy Gnocchi with Cherry Tomatoes",
        "Chili Lime Shrimp Fajitas",
        "Maple Mustard Chicken Thighs",
        "Greek Lamb Kofta with Potatoes",
        "Cauliflower Shawarma Bowls",
        "Pesto Salmon with Asparagus",
        "Teriyaki Chicken and Pineapple",
        "Roasted Ratatouille with Feta",
        "Cajun Salmon with Corn and Okra",
        "Sesame Ginger Beef and Broccoli",
    ];
    let cards: String = dishes
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                r#"<div class="recipe-card"><a href="/recipes/{i}"><h3>{name}</h3></a>
                <p>Ready in {} minutes on one pan, with a sauce that keeps.</p></div>"#,
                20 + i
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Sheet-Pan Dinners | Tray Bake Kitchen</title>
        <meta property="og:type" content="article"></head><body>
        <header><nav><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></nav></header>
        <main><div class="entry-content"><h1>Sheet-Pan Dinners</h1>{intro}
        <div class="recipe-grid">{cards}</div></div></main>
        <footer><p>© Tray Bake Kitchen. All rights reserved.</p></footer></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "Sheet-pan dinner number 1",
            "Harissa Chicken with Chickpeas",
            "Ready in 20 minutes",
            "Sesame Ginger Beef and Broccoli",
        ],
    );
    assert!(!out.contains("All rights reserved"), "{out}");
}

#[test]
fn a_wrapper_named_for_what_it_holds_is_not_that_widget() {
    // "has-side-banner" says the row holds a banner, not that it is one:
    // the row is not pruned as a banner; the banner beside the story is.
    // (The story links to people, so it is not spared as long prose.)
    let story = paragraphs(
        1..=6,
        "Paragraph {i} of the harbour report: the new breakwater held through the \
         winter storms, and the fishing fleet that used to shelter upriver now \
         stays at its moorings, which <a href=\"/people/harbour-master\">the harbour \
         master</a> says saves each boat a day.",
    );
    // Below the row, the paper's note about itself: what a pass that
    // pruned the row would take instead.
    let about = paragraphs(
        1..=3,
        "Note {i}: the Coast Gazette has covered the towns of the estuary since 1871, \
         and it is owned by the people who read it, through a trust set up by its \
         last family owner so that no chain could buy it.",
    );
    let page = format!(
        r#"<html><head><title>Breakwater holds | Coast Gazette</title></head><body>
        <div class="header"><a href="/">Coast Gazette</a> <a href="/news">News</a></div>
        <div class="row has-side-banner"><div class="col-story"><h1>Breakwater holds</h1>{story}</div>
        <div class="side-banner"><a href="/subscribe">Subscribe to the Gazette for a year and get a tide-table mug.</a></div></div>
        <div class="lower"><div class="inner"><div class="about"><h2>About the Gazette</h2>{about}</div></div></div>
        <div class="footer"><p>© Coast Gazette. All rights reserved.</p></div></body></html>"#
    );
    expect(
        &page,
        &[
            "Paragraph 1 of the harbour report",
            "Paragraph 6 of the harbour",
        ],
        &[
            "tide-table mug",
            "Note 1: the Coast Gazette",
            "All rights reserved",
        ],
    );
}

#[test]
fn a_service_pages_cards_of_prose_are_kept_whole() {
    // A staffing firm's service page (no declared kind): an introduction,
    // then six service cards, each a title, a description and a short list
    // of linked roles. Cleaning judged each card's list as a link block and
    // left "Top roles:" with nothing after it; cards of prose (the region
    // is under a third links) are read whole.
    let services = [
        (
            "Payroll Processing",
            "reconcile hours, withholdings and benefits",
            ["Payroll clerk", "Payroll lead", "Benefits analyst"],
        ),
        (
            "Tax Preparation",
            "track the changes in state and federal rules",
            ["Tax preparer", "Tax manager", "Enrolled agent"],
        ),
        (
            "Audit Readiness",
            "prepare the schedules, support and reconciliations",
            ["Internal auditor", "Audit senior", "Controller"],
        ),
        (
            "Cash Forecasting",
            "build rolling forecasts from receivables and payables",
            ["Treasury analyst", "FP&A analyst", "Cash manager"],
        ),
        (
            "Month-End Close",
            "own the checklist, the accruals and the reconciliations",
            ["Staff accountant", "GL accountant", "Close manager"],
        ),
        (
            "Vendor Management",
            "onboard vendors and check every invoice against its order",
            ["AP specialist", "Procurement analyst", "Vendor coordinator"],
        ),
    ];
    let cards: String = services
        .iter()
        .enumerate()
        .map(|(i, (title, what, roles))| {
            let links: String = roles
                .iter()
                .enumerate()
                .map(|(j, r)| format!(r#"<li><a href="/roles/{i}-{j}">{r}</a></li>"#))
                .collect();
            format!(
                r#"<div class="service"><h3>{title}</h3><p>Our specialists {what}, so that your team can spend its week on the work that grows the company.</p>
                <p>Top roles:</p><ul>{links}</ul></div>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Finance Staffing | Ledgerline</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/contact">Contact</a></nav></header>
        <main><div class="page"><h1>Finance staffing that adds up</h1>
        <p>Ledgerline places experienced accountants and analysts with growing companies, on contract or full time, within two weeks of your first call.</p>
        <p>Every professional we place has been interviewed by a certified accountant on our team and tested on the systems you already use.</p>
        <h2>What our people do</h2><div class="services">{cards}</div>
        <h2>How it works</h2><p>Tell us what you need in a thirty-minute call; we send three profiles within a week, you interview them, and your new colleague starts the Monday after.</p>
        </div></main><footer><p>© Ledgerline Staffing. All rights reserved.</p></footer></body></html>"#
    );
    let out = text(&page);
    expect_in_order(
        &out,
        &[
            "Ledgerline places experienced accountants",
            "Payroll Processing",
            "Top roles:",
            "Payroll clerk",
            "Benefits analyst",
            "Vendor Management",
            "Vendor coordinator",
            "Tell us what you need",
        ],
    );
    assert!(!out.contains("All rights reserved"), "{out}");
}

#[test]
fn nested_replies_under_a_connector_class_are_kept() {
    // A threaded forum draws a line from a post to its replies, and names
    // the replies' container after it ("hide-last-message-connector"). A
    // "connector" is no "Connect with us" widget: the replies are posts.
    let post = |who: &str, body: &str, children: &str| {
        format!(
            r#"<article class="message"><div class="message-user">{who}</div><div class="message-body"><div class="bbWrapper">{body}</div></div>{children}</article>"#
        )
    };
    let nested = |inner: String| {
        format!(
            r#"<div class="nested-message-children js-nested-children hide-last-message-connector">{inner}</div>"#
        )
    };
    let replies = [
        post("rona", "Swap the plate bulbs for the canbus type, the cheap ones flicker when the hatch is open for a while.", ""),
        post("dev88", "The quick splice behind the trim panel worked on my 2024 model, though the plug changed that year so check first.", ""),
    ]
    .concat();
    let thread = [
        post("tomas", "Has anyone fitted LED lights in the cargo area? The stock bulbs are dim and I would like to see what I am loading at night.", &nested(replies)),
        post("mira", "I did it last spring with a kit from the dealer. It took an hour, most of it spent taking the side panel off without breaking the clips.", ""),
        post("kai", "Check that the new lights turn off with the hatch. Mine stayed on once and the battery was flat by the morning, which was no fun at all.", ""),
        post("lena", "Mine came with a switch on the light itself, so I leave it off when I camp in the back with the hatch open for hours on end.", ""),
        post("otto", "I used a strip under the parcel shelf instead of the dome light, wired to the same circuit, and it lights the whole floor evenly.", ""),
        post("ines", "Whatever you buy, get the warm white ones: the cold blue kits make everything in the boot look grey and it is hard to find things.", ""),
    ]
    .concat();
    let page = format!(
        r#"<html><head><title>Cargo area LED lights</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Cargo area LED lights"}}</script>
        </head><body><div class="p-body"><div class="block-container"><div class="block-body">{thread}</div></div></div>
        <div class="social-connect"><p>Connect with us on every network for more owners' tips and deals.</p></div></body></html>"#
    );
    expect(
        &page,
        &[
            "fitted LED lights",
            "canbus type",
            "quick splice",
            "side panel off",
        ],
        &["Connect with us"],
    );
}

#[test]
fn a_forum_post_beside_its_avatar_and_a_smiley_is_no_gallery() {
    // Forum engines write a post as text with `<br>` line breaks, no `<p>`:
    // a post that shows its author's avatar and one smiley holds two
    // pictures and no paragraph, which cleaning read as a gallery. Its
    // text is far longer than captions: it is prose beside pictures.
    // (The replies, one avatar each, are no gallery to begin with.)
    let post = |n: usize, who: &str, body: &str| {
        format!(
            r#"<article class="message" id="post-{n}"><div class="message-inner"><div class="message-cell"><img class="avatar" src="/a/{who}.png" alt="{who}"></div><div class="message-main"><div class="message-content"><div class="bbWrapper">{body}</div></div></div></div></article>"#
        )
    };
    let opening = post(
        1,
        "tissuebox",
        r#"You and three friends are chosen by fate to stop the end of the world, and you are sent off to collect the melodies that will let you face the destroyer of universes.<br>What happens next?<br>Do you make it through the first cave, or do you spend the whole trip arguing about whose turn it is to carry the map?<br>Our bunch would go in singing, praying and arguing, probably in that order, and we would still forget the map at home <img class="smilie" src="/s/grin.png" alt=":D"><br>Tell me how your crew would do."#,
    );
    let replies: String = [
        "We would waste the first hour trying to pronounce his name, and the second one, of course, looking for snacks in the cave.",
        "My friends and I would beat him with hammers, then complain, loudly, that the ending was too short for a final boss.",
        "I could sing him a lullaby, then suggest some therapy, since nobody becomes a destroyer of universes without a reason.",
        "Two of my roommates would come along, for sure, and we could talk a fourth friend into it, with the promise of pizza.",
        "Honestly, we would get lost before the first cave, because none of us, ever, has read a map without a phone.",
        "I would bring my sister, who has won every argument since we were kids, so the destroyer would not stand a chance.",
        "We would make it to the end, then realise, too late, that we left the last melody on the bus.",
        "Our group chat cannot agree on a restaurant, so saving the world would take a vote, a second vote and a long sulk.",
    ]
    .iter()
    .enumerate()
    .map(|(i, body)| post(i + 2, &format!("user{i}"), body))
    .collect();
    let page = format!(
        r#"<html><head><title>Your friends against the end of the world</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Your friends against the end of the world"}}</script>
        </head><body><div class="p-body"><div class="block-container"><div class="block-body">{opening}{replies}</div></div></div></body></html>"#
    );
    expect(
        &page,
        &[
            "chosen by fate",
            "whose turn it is",
            "pronounce his name",
            "promise of pizza",
        ],
        &[],
    );
}

#[test]
fn a_shop_cards_labelled_prices_are_its_price_widget() {
    // A storefront theme prints each card's price with the labels it keeps
    // for screen readers, once for the regular price and once for the sale
    // price: "Regular price $19.99", "Regular price Sale price $19.99".
    // The card's name and its blurb are its text; the price widget is not.
    let card = |name: &str, blurb: &str, price: &str| {
        format!(
            r#"<li class="grid__item"><div class="card"><h3 class="card__heading"><a href="/products/{slug}">{name}</a></h3><p class="card__blurb">{blurb}</p><div class="price"><div class="price__regular"><span class="visually-hidden">Regular price</span> <span>${price}</span></div><div class="price__sale"><span class="visually-hidden">Regular price</span> <span class="visually-hidden">Sale price</span> <span>${price}</span></div></div></div></li>"#,
            slug = name.to_lowercase().replace(' ', "-")
        )
    };
    let cards = [
        card(
            "Dark Roast Beans",
            "A smoky, heavy roast with notes of cocoa and burnt sugar.",
            "19.99",
        ),
        card(
            "Medium Roast Beans",
            "Balanced and round, with caramel sweetness and a clean finish.",
            "18.99",
        ),
        card(
            "Decaf Beans",
            "Swiss water processed, so it keeps its body without the caffeine.",
            "17.99",
        ),
        card(
            "Espresso Pods",
            "Ten capsules of our house blend for machines that take pods.",
            "12.99",
        ),
        card(
            "Cold Brew Packs",
            "Coarse ground beans in filter bags, ready to steep overnight.",
            "14.99",
        ),
        card(
            "Sampler Box",
            "Four small bags to find the roast you like best before you commit.",
            "29.99",
        ),
    ]
    .concat();
    let page = format!(
        r#"<html><head><title>Coffee</title></head><body><main><h1>Coffee</h1>
        <p class="collection__description">Every bag is roasted to order in small batches and shipped within two days of roasting.</p>
        <ul class="product-grid">{cards}</ul></main></body></html>"#
    );
    expect(
        &page,
        &[
            "Dark Roast Beans",
            "caramel sweetness",
            "Sampler Box",
            "roasted to order",
        ],
        &["Regular price", "Sale price"],
    );
}

#[test]
fn a_shelf_written_out_for_browsers_without_javascript_is_read() {
    // A shop renders its shelf of products with a script and writes the
    // same cards inside `<noscript>` for browsers without one: outside it,
    // only the page's headings and a short introduction are left. Enough to
    // pass for content, far less than what `<noscript>` holds.
    let card = |name: &str, blurb: &str| {
        format!(
            r#"<div class="shelf-card"><h3 class="shelf-card-name">{name}</h3><p class="shelf-card-blurb">{blurb}</p></div>"#
        )
    };
    let shelf = [
        card("Trail Runner Pack", "A 20 litre pack with a hydration sleeve, two hip pockets and a rain cover that folds into its own lid."),
        card("Summit Pack", "A 45 litre pack for weekends above the tree line, with a removable frame sheet and two ice axe loops."),
        card("City Daypack", "A 15 litre pack with a padded laptop sleeve, a key clip and a water bottle pocket on each side of it."),
        card("Roll-Top Pack", "A waterproof 30 litre pack with welded seams, a roll-top closure and reflective straps for cycling home."),
        card("Kids' Pack", "A 10 litre pack sized for small shoulders, with a chest strap, a whistle and a name tag sewn inside."),
        card("Travel Pack", "A 40 litre pack that opens like a suitcase, fits carry-on limits and hides its straps in a zip panel."),
        card("Hip Pack", "A two litre belt bag for the shortest runs, with a stretch pocket for a phone and a loop for keys."),
        card("Climbing Pack", "A 28 litre top loader with a rope strap, gear loops on the hip belt and a haul loop at the top."),
        card("Ski Pack", "A 32 litre pack with a back panel opening, a shovel pocket and straps that carry skis diagonally."),
        card("Photo Pack", "A 25 litre pack with padded dividers for a camera and three lenses, and a side door for quick shots."),
        card("Fishing Pack", "A 18 litre sling with rod holders, a net slot and a waterproof bottom for wet river banks."),
        card("Hydration Vest", "A five litre running vest with two soft flasks up front and a bladder pocket along the back."),
        card("Duffel Pack", "A 60 litre duffel with backpack straps that tuck away, a shoe tunnel and lockable zips."),
        card("Tote Pack", "A 20 litre tote that turns into a backpack, with a wide opening and an inner pocket for a tablet."),
    ]
    .concat();
    let page = format!(
        r#"<html><head><title>Backpacks</title></head><body><main>
        <h1>Backpacks</h1>
        <section class="intro"><h2>Find the pack for every trip.</h2>
        <p>From a quick run around the park to a week in the mountains, every pack on this page is tested on the trails around our workshop before it goes on sale, by the people who designed it.</p>
        <p>Every pack comes with a lifetime repair promise: send it back to us and we fix it, whatever happened to it, for as long as you own it. If we cannot fix it, we replace it with the nearest pack we still make.</p>
        <p>Not sure which size you need? Bring your gear to one of our stores and we will pack it with you, or send us a list and we will answer within a day.</p>
        <h2>All packs.</h2><h2>Take your pick.</h2><h2>Ways to save.</h2><h2>Why buy from us.</h2></section>
        <div class="shelf" data-shelf="packs"><noscript><div class="shelf-scroller">{shelf}</div></noscript></div>
        </main></body></html>"#
    );
    expect(
        &page,
        &[
            "Trail Runner Pack",
            "opens like a suitcase",
            "Tote Pack",
            "lifetime repair promise",
        ],
        &[],
    );
}

#[test]
fn a_shops_shelf_of_other_products_goes_with_its_title() {
    // A product page's shelf of other products is titled "Frequently bought
    // together" or "Complete the look", often with a subtitle in the same
    // heading; the shelf is no part of the product's description.
    let others = |items: &[(&str, &str)]| {
        items
            .iter()
            .map(|(n, b)| format!(r#"<li><p>{n}</p><p>{b}</p></li>"#))
            .collect::<String>()
    };
    let page = format!(
        r#"<html><head><title>Linen Shirt</title></head><body><main>
        <div class="pdp"><h1>Linen Shirt</h1>
        <div class="description"><p>A relaxed shirt cut from washed European linen, soft from the first wear and cooler the more it is worn.</p>
        <p>It has a camp collar, a straight hem that sits right untucked, and coconut shell buttons that will not crack in the wash.</p>
        <ul><li>100% linen</li><li>Machine wash cold</li><li>Made in Portugal</li></ul></div>
        <div class="more"><h2><span>Complete the look</span> <span>Outfit inspiration</span></h2>
        <ul>{look}</ul></div>
        <div class="more"><h2>Frequently bought together</h2>
        <ul>{together}</ul></div></div>
        </main></body></html>"#,
        look = others(&[
            ("Pleated Chinos", "Cotton twill chinos with a single pleat and a tapered leg, cut to sit at the waist."),
            ("Canvas Belt", "A woven canvas belt with a brass buckle that never needs a new hole punched in it."),
        ]),
        together = others(&[
            ("Linen Shorts", "Drawstring shorts in the same washed linen, with deep pockets and a seven inch inseam."),
            ("Straw Hat", "A wide brimmed hat woven from paper straw, light enough to forget you are wearing it."),
        ]),
    );
    expect(
        &page,
        &[
            "washed European linen",
            "coconut shell buttons",
            "Made in Portugal",
        ],
        &[
            "Complete the look",
            "Pleated Chinos",
            "Frequently bought together",
            "Straw Hat",
        ],
    );
}

#[test]
fn a_product_pages_shelf_of_priced_cards_is_dropped_whatever_its_title() {
    // Under its own description a shop lists other products, each a name
    // and a price, under a title no phrase list knows ("How about these?").
    // The product has one price; a list where nearly every item has its own
    // is a shelf of other products.
    let cards = [
        ("Quilted Overshirt - olive", "€39.99"),
        ("Bomber Jacket - black", "€59.99"),
        ("Denim Jacket - washed blue", "€45.99"),
        ("Wool Blend Coat - camel", "€89.99"),
        ("Puffer Vest - navy", "€32.19"),
    ]
    .iter()
    .map(|(n, p)| format!(r#"<li><p>{n}</p><p>{p}</p></li>"#))
    .collect::<String>();
    let page = format!(
        r#"<html><head><title>Faux Leather Jacket</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Product","name":"Faux Leather Jacket","offers":{{"@type":"Offer","price":"49.99","priceCurrency":"EUR"}}}}</script>
        </head><body><main><div class="pdp"><h1>Faux Leather Jacket</h1>
        <p>€49.99</p>
        <div class="description"><p>A boxy biker jacket in soft faux leather, with a turn-down collar, a zip front and a chest pocket that closes with a press stud.</p>
        <p>The lining is smooth polyester, so it slides over a knit without catching, and the cuffs zip open to sit over a watch.</p>
        <h2>Material &amp; care</h2>
        <ul><li>Outer fabric: 100% polyester</li><li>Lining: 100% polyester</li><li>Machine wash at 30 °C</li><li>Do not tumble dry</li></ul></div>
        <h2>How about these?</h2>
        <ul class="shelf">{cards}</ul></div>
        </main></body></html>"#
    );
    expect(
        &page,
        &[
            "turn-down collar",
            "slides over a knit",
            "Machine wash at 30",
        ],
        &["How about these?", "Bomber Jacket", "Puffer Vest", "€89.99"],
    );
    // Three priced cards are a shelf too ("Recommended accessories").
    let accessories = "<h2>Recommended accessories</h2><ul>\
        <li><p>Leather Care Kit with Cleaning Cloth and Conditioner, 250 ml</p><p>€12.99</p></li>\
        <li><p>Wooden Coat Hanger with Wide Shoulders, Set of Three</p><p>€19.95</p><p>Save €2.00</p></li>\
        <li><p>Waterproofing Spray for Faux Leather and Textiles, 400 ml</p><p>€9.49</p></li></ul>";
    let three = page.replace(
        &format!(
            r#"<h2>How about these?</h2>
        <ul class="shelf">{cards}</ul>"#
        ),
        accessories,
    );
    assert_ne!(three, page);
    expect(
        &three,
        &["turn-down collar"],
        &["Leather Care Kit", "Wooden Coat Hanger", "€19.95"],
    );
    // A list of the product's own points, one of which names a price, is
    // its description.
    let points = page.replace(
        &format!(r#"<h2>How about these?</h2>
        <ul class="shelf">{cards}</ul>"#),
        "<h2>Why you will like it</h2><ul><li><p>Cut roomy enough for a hoodie underneath</p></li>\
         <li><p>Matching trousers sold separately for €39.99</p></li><li><p>Vegan: no animal leather or glue</p></li>\
         <li><p>Two inside pockets deep enough for a phone</p></li><li><p>Ships in a recycled paper bag</p></li></ul>",
    );
    expect(
        &points,
        &[
            "Why you will like it",
            "sold separately for €39.99",
            "recycled paper bag",
        ],
        &[],
    );
}

#[test]
fn a_reply_quoting_an_earlier_post_does_not_repeat_it() {
    // Forum engines put the quoted post inside the reply; the thread then
    // holds the first post twice. The quote's own attribution and the
    // reply's answer stay.
    let post = |who: &str, body: &str| {
        format!(
            r#"<article class="message"><div class="user">{who}</div><div class="body">{body}</div></article>"#
        )
    };
    let first = "<p>My sourdough starter doubles in four hours at room temperature but the loaves come out dense and flat every single time.</p>\
                 <p>I feed it twice a day with equal weights of flour and water, and I bake when it peaks.</p>";
    let page = format!(
        r#"<html><head><title>Dense sourdough loaves</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Dense sourdough loaves"}}</script>
        </head><body><main><h1>Dense sourdough loaves</h1><div class="thread">{a}{b}{c}</div></main></body></html>"#,
        a = post("breadhead", first),
        b = post(
            "crumbshot",
            &format!(
                "<blockquote><p>breadhead said:</p>{first}</blockquote>\
                 <p>A starter that peaks fast is fine; a dense crumb usually means the bulk ferment was cut short, so let the dough rise by half before shaping.</p>"
            )
        ),
        c = post("breadhead", "<p>That was it. I let the bulk run an hour longer and the last loaf finally opened up with a proper ear and an airy crumb.</p>"),
    );
    let out = text(&page);
    assert_eq!(out.matches("doubles in four hours").count(), 1, "{out}");
    assert_eq!(out.matches("equal weights of flour").count(), 1, "{out}");
    expect(
        &page,
        &[
            "breadhead said:",
            "bulk ferment was cut short",
            "proper ear",
        ],
        &[],
    );
}

#[test]
fn an_undeclared_threads_nested_quotes_do_not_repeat_earlier_posts() {
    // A forum that declares nothing: each reply quotes the one before,
    // quotes nested in quotes, so the first post comes back three times.
    // Each quoted paragraph that repeats a post already kept goes; the
    // replies' own words stay.
    let opening = "<p>Our club wants to move its mailing list to a forum, and the one hard requirement is single sign-on with the accounts we already have.</p>";
    let second = "<p>Most forum engines speak OpenID Connect these days, so the sign-on part should be the easy bit of the move.</p>";
    let post = |who: &str, body: &str| {
        format!(
            r#"<div class="post"><div class="who">{who}</div><div class="content">{body}</div></div>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Moving the club list to a forum</title></head><body><main>
        <h1>Moving the club list to a forum</h1><div class="posts">{a}{b}{c}{d}</div></main></body></html>"#,
        a = post("ana", opening),
        b = post("ben", &format!("<blockquote>{opening}</blockquote>{second}")),
        c = post(
            "cy",
            &format!("<blockquote><blockquote>{opening}</blockquote>{second}</blockquote><p>Check that the engine lets you turn local passwords off entirely, or members will end up with two logins anyway.</p>")
        ),
        d = post("ana", "<p>Thanks, local passwords were exactly what worried the committee, and both engines on our list can switch them off.</p>"),
    );
    let out = text(&page);
    assert_eq!(out.matches("one hard requirement").count(), 1, "{out}");
    assert_eq!(out.matches("OpenID Connect").count(), 1, "{out}");
    expect(&page, &["two logins anyway", "switch them off"], &[]);
    // A declared article's pull quote repeats its text on purpose.
    let story = "<p>The council will close the old harbour bridge to cars for good next spring, after inspectors found cracks in three of its piers.</p>";
    let article = format!(
        r#"<html><head><title>Harbour bridge to close</title><meta property="og:type" content="article"></head><body><main><article>
        <h1>Harbour bridge to close</h1>{story}
        <p>Cyclists and walkers will keep a lane across it while the city decides whether to repair the piers or build a new crossing downstream.</p>
        <blockquote>{story}</blockquote>
        <p>A public meeting on the two options is planned for the first week of March at the town hall, and the plans will be on show there.</p>
        </article></main></body></html>"#
    );
    assert_eq!(
        text(&article)
            .matches("cracks in three of its piers")
            .count(),
        2
    );
}

#[test]
fn a_quotes_expand_toggle_and_a_threads_buttons_are_dropped() {
    // A thread engine's quote: who said it, the quoted post (already on
    // the page) and the link that unfolds a long quote. The quoted text
    // goes as a repeat and the toggle as the engine's; the attribution
    // stays (see the test above). The engine's buttons around the posts
    // are not content either.
    let first = "<p>The strap rubs on my wrist bone after an hour of running, and I wonder whether a smaller size would sit lower on the arm.</p>";
    let post = |who: &str, body: &str| {
        format!(
            r#"<div class="post"><div class="who">{who}</div><div class="content">{body}</div><p>Reply With Quote</p></div>"#
        )
    };
    let page = format!(
        r#"<html><head><title>Watch strap rubbing</title></head><body><main>
        <h1>Watch strap rubbing</h1><h2>Recommended Posts</h2><div class="posts">{a}{b}</div>
        <p>Start new topic</p><p>Jump to</p><p>Already have an account? Sign in here.</p></main></body></html>"#,
        a = post("Dana", first),
        b = post(
            "Lee",
            &format!(
                r#"<blockquote><p>Dana said:</p>{first}<p><a href="/t/1">Click to expand...</a></p></blockquote><p>Try the sport loop instead of the buckle strap: it spreads the pressure and never pinches the bone on long runs.<br>Sent from my SM-S908U using Tapatalk</p>"#
            )
        ),
    );
    let out = text(&page);
    assert_eq!(out.matches("rubs on my wrist bone").count(), 1, "{out}");
    expect(
        &page,
        &["Dana said:", "sport loop instead of the buckle"],
        &[
            "Click to expand",
            "Reply With Quote",
            "Start new topic",
            "Jump to",
            "Recommended Posts",
            "Already have an account",
            "Tapatalk",
        ],
    );
}

#[test]
fn a_posts_number_is_dropped_but_a_charts_rank_stays() {
    // A thread engine numbers each post in its header ("#1", a permalink);
    // a chart's list item starts with the rank of the title beside it.
    let post = |n: u32, body: &str| {
        format!(
            r##"<article class="message"><ul class="message-attribution"><li><time>Feb 25, 2024</time></li><li><a href="/posts/{n}">#{n}</a></li></ul><div class="body"><p>{body}</p></div></article>"##
        )
    };
    let thread = format!(
        r#"<html><head><title>First woodworking projects</title></head><body><main>
        <h1>First woodworking projects</h1><div class="thread">{a}{b}{c}{d}</div></main></body></html>"#,
        a = post(1, "I have bought a bench full of tools this year and built nothing with them yet; which first projects teach joinery well?"),
        b = post(2, "Build a simple step stool with housing joints first, then a small box with hand-cut dovetails to learn marking and sawing."),
        c = post(3, "A cutting board is a good start too: it teaches you to flatten and square stock by hand before any joint is cut at all."),
        d = post(4, "Thanks, the step stool it is; I will post pictures of the housing joints when the glue has dried on the first one."),
    );
    let out = text(&thread);
    assert!(!(1..=4).any(|n| out.contains(&format!("#{n}"))), "{out}");
    expect(
        &thread,
        &[
            "which first projects",
            "hand-cut dovetails",
            "glue has dried",
        ],
        &[],
    );
    let chart = r#"<html><head><title>Most watched films</title></head><body><main>
        <h1>Most watched films</h1><ul class="chart">
        <li><div>#1</div><h3>The Lighthouse Keeper</h3><div>2026 1h 54m</div></li>
        <li><div>#2</div><h3>Northern Crossing</h3><div>2025 2h 05m</div></li>
        <li><div>#3</div><h3>A Year of Rain</h3><div>2026 1h 41m</div></li>
        <li><div>#4</div><h3>Salt and Iron</h3><div>2024 2h 12m</div></li>
        </ul></main></body></html>"#;
    expect(chart, &["#1", "The Lighthouse Keeper", "#4"], &[]);
}

#[test]
fn the_authors_bio_below_the_story_is_dropped() {
    // The byline names the writer; a paragraph under the story that
    // starts with the name and says who they are is the author box.
    let page = |bio: &str| {
        format!(
            r#"<html><head><title>Harbour bridge to close</title><meta name="author" content="Erin Walsh"></head>
            <body><main><article><h1>Harbour bridge to close</h1>
            <p>The council will close the old harbour bridge to cars for good next spring, after inspectors found cracks in three of its piers.</p>
            <p>Cyclists and walkers will keep a lane across it while the city decides whether to repair the piers or build a new crossing downstream.</p>
            <p>{bio}</p></article></main></body></html>"#
        )
    };
    expect(
        &page("Erin Walsh is a city reporter covering transport and housing. She previously covered courts for the Evening Post."),
        &["cracks in three of its piers"],
        &["city reporter covering transport"],
    );
    // A closing paragraph that merely mentions the writer stays.
    expect(
        &page("Readers told Erin Walsh that the detour adds twenty minutes to the school run, and the council says it will add a bus."),
        &["cracks in three of its piers", "detour adds twenty minutes"],
        &[],
    );
}

#[test]
fn text_printed_twice_back_to_back_is_kept_once() {
    // A shop prints a price and a section title twice, a screen reader's
    // copy and the visible one, in one element: "EUR 163.12EUR 163.12".
    let page = r#"<html><head><title>Chain kit 520</title></head><body><main>
        <h1>Chain kit 520</h1>
        <p><span>EUR 163.12<span class="clipped">EUR 163.12</span></span></p>
        <p>A gold chain for sport bikes, 104 links with an X-ring seal that keeps the grease in and the grit out for many thousands of kilometres.</p>
        <p>It comes with a rivet link and fits the common 520 sprockets of the middle-weight class; a chain tool is needed to fit it.</p>
        <h2><span>Shipping and returns<span class="clipped">Shipping and returns</span></span></h2>
        <p>Sent within two working days from our warehouse, tracked, and returns are accepted for thirty days when the kit is unused.</p>
        <p>Walla Walla</p>
        </main></body></html>"#;
    let out = text(page);
    assert_eq!(out.matches("EUR 163.12").count(), 1, "{out}");
    assert_eq!(out.matches("Shipping and returns").count(), 1, "{out}");
    // A name that repeats a word, with a space between, is not doubled
    // text.
    expect(page, &["Walla Walla"], &[]);
}

#[test]
fn a_product_pages_purchase_box_and_policy_sections_are_dropped() {
    // Around a product's description a shop prints its own lines about
    // shipping, stock, payment and returns, and sections of policy under
    // headings such as "Delivery & Returns": the same on every product.
    let page = r#"<html><head><title>Arrival T-Shirt</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Arrival T-Shirt","offers":{"@type":"Offer","price":"22","priceCurrency":"USD"}}</script>
        </head><body><main><div class="pdp"><h1>Arrival T-Shirt</h1>
        <p>Low in stock, only 2 left</p>
        <p>or 4 payments of $5.50</p>
        <ul><li>Free Standard Delivery for orders over $75</li><li>Express Delivery (3 Working Days)</li></ul>
        <h2>Description</h2>
        <p>The Arrival T-Shirt is cut slim through the body, in a light polyester that dries fast and keeps its shape wash after wash.</p>
        <ul><li>Slim fit</li><li>Sweat-wicking fabric</li><li>Ships in a recycled paper bag</li></ul>
        <p>Flatlock seams run along the sides and shoulders, so nothing rubs under a backpack strap on a long run.</p>
        <h2>Delivery &amp; Returns</h2>
        <h3>Standard shipping</h3>
        <p>Estimated delivery in four to seven working days once your order has left our warehouse, tracked all the way.</p>
        <h3>Returns</h3>
        <p>Send it back within thirty days, unworn and with its tags, and we refund the full price to your card.</p>
        <h2>Size &amp; fit</h2>
        <p>The model is six foot tall and wears a medium; size up for a looser fit over a base layer.</p>
        </div></main></body></html>"#;
    expect(
        page,
        &[
            "cut slim through the body",
            "Sweat-wicking fabric",
            "Ships in a recycled paper bag",
            "Flatlock seams",
            "Size & fit",
            "wears a medium",
        ],
        &[
            "only 2 left",
            "payments of",
            "Free Standard Delivery",
            "Express Delivery",
            "Delivery & Returns",
            "four to seven working days",
            "refund the full price",
        ],
    );
    // On an article, the same lines are what it is about.
    let article = page
        .replace(r#""@type":"Product""#, r#""@type":"NewsArticle""#)
        .replace(
            r#","offers":{"@type":"Offer","price":"22","priceCurrency":"USD"}"#,
            "",
        );
    expect(
        &article,
        &["Free Standard Delivery", "refund the full price"],
        &[],
    );
}

#[test]
fn a_hidden_tab_pane_named_by_its_class_is_content() {
    // A shop's "Specifications" tab: its pane is hidden by an inline style
    // until the tab is clicked, and names itself only by its class (no
    // `role="tabpanel"`). One click shows it: it is content.
    let page = r#"<html><head><title>Graphics card RTX 4080 Super</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Graphics card RTX 4080 Super"}</script>
        </head><body><main><h1>Graphics card RTX 4080 Super</h1>
        <div class="tabs"><a href="?tab=overview">Overview</a><a href="?tab=specs">Specifications</a></div>
        <div class="tab-content">
        <div class="tab-pane active"><p>A triple-fan card for 4K gaming, with a vapour chamber that keeps it quiet under load and a backplate that stiffens the board.</p>
        <p>The white shroud matches the rest of the range, and a dual BIOS switch trades a little speed for an even quieter fan curve.</p></div>
        <div class="tab-pane" style="display:none"><table><caption>Model</caption>
        <tr><th>Brand</th><td>Acme</td></tr><tr><th>Series</th><td>Strix</td></tr><tr><th>Part Number</th><td>90YV0KB3-M0AA00</td></tr>
        <tr><th>Memory</th><td>16GB GDDR6X on a 256-bit bus</td></tr><tr><th>Recommended PSU</th><td>850W</td></tr></table></div>
        </div></main></body></html>"#;
    expect(
        page,
        &[
            "vapour chamber",
            "dual BIOS switch",
            "90YV0KB3-M0AA00",
            "850W",
        ],
        &[],
    );
    // An element hidden for good (no pane, no accordion) stays hidden.
    let gone = page.replace(r#"class="tab-pane" style"#, r#"class="spec-box" style"#);
    expect(&gone, &["vapour chamber"], &["90YV0KB3-M0AA00"]);
}

#[test]
fn the_folded_rest_of_a_description_behind_read_more_is_content() {
    // A shop folds a long description after its first lines: the rest sits
    // in an "expander" hidden by an inline style until "Read more" is
    // clicked.
    let page = r#"<html><head><title>Atomic Habits (Hardcover)</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Atomic Habits"}</script>
        </head><body><main><h1>Atomic Habits</h1>
        <div class="book-description"><p>No matter your goals, this book offers a proven framework for improving every day, one small habit at a time.</p>
        <div class="a-expander-content a-expander-partial-collapse-content" style="display:none">
        <p>The author reveals practical strategies that will teach you how to form good habits, break bad ones, and master the tiny behaviours that lead to remarkable results.</p>
        <p>Along the way you will read stories of Olympic gold medalists, award-winning artists and business leaders who used the science of small habits.</p></div>
        <a class="a-expander-prompt" href="?more=1">Read more</a></div>
        </main></body></html>"#;
    expect(
        page,
        &[
            "proven framework",
            "break bad ones",
            "Olympic gold medalists",
        ],
        &[],
    );
}

#[test]
fn a_link_drawn_as_a_button_is_a_call_to_action_not_text() {
    // A service page puts a "Book a lesson" button under each section and
    // a shop its "Seller's other items": links styled as buttons, as
    // foreign to the text as a `<button>`. A link inside the prose, and a
    // long teaser that a theme wraps in a "btn" link, stay.
    let page = r#"<html><head><title>Swimming lessons</title></head><body><main>
        <h1>Swimming lessons</h1>
        <h2>Lessons for children</h2>
        <p>Our instructors teach children from four years old in small groups of six, in the warm teaching pool, every weekday after school.</p>
        <p>Ready to start? <a class="btn btn-primary" href="/book">Book a lesson</a> <a class="btn btn-outline" href="/tour">Visit the pool</a></p>
        <h2>Lessons for adults</h2>
        <p>Adults learn at their own pace in private sessions, from the first strokes to a <a href="/crawl">confident front crawl</a> over a full length.</p>
        <div class="actions"><a class="ux-call-to-action fake-btn" href="/other">Seller's other items</a></div>
        <p><a class="btn" href="/pool">Our pool is open from seven in the morning to ten at night, with lanes kept free for lessons on weekday afternoons.</a></p>
        </main></body></html>"#;
    expect(
        page,
        &[
            "small groups of six",
            "confident front crawl",
            "lanes kept free for lessons",
        ],
        &["Book a lesson", "Visit the pool", "Seller's other items"],
    );
    // Asked for recall, the buttons' words are kept, as captions are.
    let recall = Options::default().with_focus(unboil::Focus::Recall);
    let out = extract(page, &recall).expect("extracts").to_text();
    assert!(out.contains("Book a lesson"), "{out}");
}

#[test]
fn an_embedded_review_service_widget_is_not_content() {
    // A shop's page that declares nothing embeds its customer reviews from
    // a review service: long prose, but other people's opinions, named by
    // the service's class prefix.
    let page = r#"<html><head><title>Beard oil</title></head><body><main>
        <h1>Beard oil</h1>
        <p>Our beard oil is a light, non-greasy blend of jojoba, argan and castor oils that softens coarse hair and soothes the skin beneath it.</p>
        <p>Work three drops into the beard after a shower, from the skin outwards, then comb it through to spread the oil evenly to the tips.</p>
        <div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg__reviews">
        <div class="jdgm-rev"><p>I have tried many oils over the years and this one keeps my beard soft all day without leaving my fingers greasy at all.</p></div>
        <div class="jdgm-rev"><p>My wife loves the scent, and the itch I used to get in the first weeks of growing it out has gone completely since I started.</p></div>
        <div class="jdgm-rev"><p>Great texture and a warm scent that lasts through the day; the bottle lasted me almost three months of daily use.</p></div>
        </div></div>
        </main></body></html>"#;
    expect(
        page,
        &["jojoba, argan and castor", "comb it through"],
        &[
            "My wife loves the scent",
            "Great texture",
            "tried many oils",
        ],
    );
}

#[test]
fn a_modal_window_is_not_content() {
    // A shop's "merge your cart?" prompt and a sign-up box, parked in the
    // page as Bootstrap modals (`class="modal"`) until a script opens them;
    // a panel that only reuses the name ("modal-body") is left to the
    // other rules.
    let page = r#"<html><head><title>ThinkPad X1 Carbon</title></head><body><main>
        <h1>ThinkPad X1 Carbon</h1>
        <p>A fourteen-inch business laptop under a kilogram and a quarter, with a carbon-fibre lid, a matte display and a keyboard made for long days.</p>
        <div class="modal fade" tabindex="-1"><div class="modal-body"><p>We noticed that you have entered a different store. Do you want to add these items to your cart in this store?</p></div></div>
        <p>The battery lasts a full working day, and charges to eighty per cent in an hour over either of the two USB-C ports on its left side.</p>
        <div class="dialog"><div class="dialog_content"><p>Join our list and get ten per cent off your first order, plus early access to every sale we hold this year.</p></div></div>
        <div class="modal-body"><p>It ships with Windows 11 Pro and a three-year warranty that covers repairs at home, parts and labour included.</p></div>
        </main></body></html>"#;
    expect(
        page,
        &[
            "carbon-fibre lid",
            "charges to eighty",
            "three-year warranty",
        ],
        &["different store", "ten per cent off"],
    );
}

#[test]
fn the_terms_printed_under_a_sign_up_form_are_not_content() {
    // A deals newsletter's box inside the article body: its form is gone,
    // the consent lines printed under it stay behind as paragraphs.
    let page = r#"<html><head><title>The best laptops this month</title>
        <meta property="og:type" content="article"></head><body><article>
        <h1>The best laptops this month</h1>
        <p>We tested eleven laptops over four weeks of daily work, from word processing and spreadsheets to video calls and light photo editing.</p>
        <p>The winner lasted fourteen hours on a charge and weighs less than a kilogram, yet its keyboard is the best we have typed on this year.</p>
        <div><p>By signing up, you agree to receive recurring automated marketing messages at the number provided. Consent is not a condition of purchase.</p>
        <p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p></div>
        <p>Our runner-up costs half as much and trades a little battery life for a brighter screen and two more ports on its left side.</p>
        </article></body></html>"#;
    expect(
        page,
        &["eleven laptops", "fourteen hours", "two more ports"],
        &["recurring automated", "Sign Me Up"],
    );
}

#[test]
fn a_sentence_printed_twice_on_a_thread_or_a_product_is_kept_once() {
    // A thread engine shows, above a reply, the post it answers: the same
    // sentences again, inside the reply's list item.
    let first = "My tomato seedlings grow tall and thin on the windowsill and fall over before I can plant them out";
    let second = "They get about six hours of light a day and I water them every morning from the bottom tray";
    let thread = format!(
        r#"<html><head><title>Leggy tomato seedlings</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Leggy tomato seedlings"}}</script>
        </head><body><h1>Leggy tomato seedlings</h1><ul class="posts">
        <li><p>{first}.<br>{second}.<br>Is there anything I can change before it is too late for this year?</p></li>
        <li><p>{first}.<br>{second}.</p><p>Six hours is not enough for tomatoes, so they stretch toward the window looking for more light. A cheap LED shop light a few centimetres above them, on for sixteen hours a day, will keep them short and sturdy.</p></li>
        <li><p>Brushing your hand over the tops once a day also helps: the movement makes the stems thicken, much as the wind would outside.</p></li>
        </ul></body></html>"#
    );
    let out = text(&thread);
    assert_eq!(out.matches(first).count(), 1, "{out}");
    assert_eq!(out.matches(second).count(), 1, "{out}");
    expect(
        &thread,
        &["Six hours is not enough", "Brushing your hand"],
        &[],
    );

    // A shop prints its description for two screen sizes, line for line.
    let line = "Hand-thrown stoneware with a speckled oatmeal glaze that is safe in the dishwasher and the microwave";
    let product = format!(
        r#"<html><head><title>Speckled mug</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Product","name":"Speckled mug","offers":{{"@type":"Offer","price":"28.00"}}}}</script>
        </head><body><main><h1>Speckled mug</h1>
        <div class="product-info"><p>{line}.<br>Holds 350 ml, enough for a large coffee with room for milk.</p>
        <p>{line}.<br>Each mug is thrown by hand in our studio, so the shape and the speckles vary a little from one to the next.</p>
        <p>The base is left unglazed to show the clay, and sanded smooth so that it will not scratch a table.</p></div>
        </main></body></html>"#
    );
    let out = text(&product);
    assert_eq!(out.matches(line).count(), 1, "{out}");
    expect(
        &product,
        &["Holds 350 ml", "thrown by hand", "left unglazed"],
        &[],
    );

    // An article's body is left as written: a refrain repeats on purpose.
    let refrain =
        "And still the river runs, and still the river runs, past the mill and down to the sea";
    let article = format!(
        r#"<html><head><title>Songs of the valley</title></head><body><article><h1>Songs of the valley</h1>
        <p>The oldest song in the valley is sung at every wedding, and its chorus is the one line everybody knows.</p>
        <p>{refrain}.<br>The first verse tells of the miller's daughter and the flood that took the bridge.</p>
        <p>{refrain}.<br>The second verse is sung only by the oldest guests, who still remember how the bridge was rebuilt.</p>
        </article></body></html>"#
    );
    assert_eq!(text(&article).matches(refrain).count(), 2);
}

#[test]
fn confidence_estimates_the_result_by_page_type() {
    // Confidence starts from how well extraction does on the page's type
    // (an article's body is found best, a product's boxes and a listing's
    // cards least): at most a fifth under it for a weak result, and at most
    // about a tenth above or a fifth under it for a result of paragraphs
    // or of short lines.
    let read = |name: &str| extract(&fixture_page(name), &Options::default()).expect("extracts");
    let article = read("news-wordpress-seed.html");
    let product = read("product.html");
    let listing = read("chart-listing.html");
    assert_eq!(article.page_type, unboil::PageType::Article);
    assert_eq!(product.page_type, unboil::PageType::Product);
    assert_eq!(listing.page_type, unboil::PageType::Listing);
    for (doc, ceiling) in [(&article, 0.95), (&product, 0.74), (&listing, 0.74)] {
        assert!(
            doc.confidence > 0.8 * 0.8 * ceiling && doc.confidence < 1.11 * ceiling,
            "{:?}: {}",
            doc.page_type,
            doc.confidence
        );
    }
    assert!(article.confidence > product.confidence);
    assert!(article.confidence > listing.confidence);
}

#[test]
fn product_description_only_in_json_ld_is_added() {
    // A shop that renders its description tabs with a script from the
    // JSON-LD: the page shows only the name, price and buttons.
    let ld = |desc: &str| {
        format!(
            r#"<script type="application/ld+json">{{"@type":"Product","name":"Trail Socks","description":"{desc}"}}</script>"#
        )
    };
    let desc = "Knitted from merino wool, these socks stay warm when wet and fresh after a long day on the trail, with a cushioned sole for rocky descents.";
    let bare = format!(
        r#"<html><head>{}</head><body><main><h1>Trail Socks</h1><p>$42.00</p><button>Add to cart</button></main></body></html>"#,
        ld(desc)
    );
    expect(&bare, &["Knitted from merino wool", "$42.00"], &[]);
    // Shown on the page already: not added a second time.
    let shown = format!(
        r#"<html><head>{}</head><body><main><h1>Trail Socks</h1><p>$42.00</p><div class="description"><p>{desc}</p></div></main></body></html>"#,
        ld(desc)
    );
    assert_eq!(text(&shown).matches("Knitted from merino wool").count(), 1);
    // A tagline-length description is not content.
    let tagline = format!(
        r#"<html><head>{}</head><body><main><h1>Trail Socks</h1><p>$42.00</p></main></body></html>"#,
        ld("Warm socks.")
    );
    expect(&tagline, &["$42.00"], &["Warm socks."]);
}

#[test]
fn product_summary_shown_beside_the_media_is_added() {
    // A store whose summary box sits beside the trailer, far from the
    // description column the content comes from; the box prints the
    // page's meta description word for word.
    let page = fixture_page("product-summary-box.html");
    let summary = "Rebuild a drowned harbour town one lantern at a time";
    expect_in_order(
        &text(&page),
        &[summary, "About This Game", "System Requirements"],
    );
    // The box alone is not read as content: without the head's
    // description, the summary is left out.
    let meta = page
        .lines()
        .find(|l| l.starts_with("<meta name=\"description\""))
        .expect("meta description");
    let undescribed = page.replace(meta, "");
    expect(&undescribed, &["About This Game"], &[summary]);
    // Not a product page (no JSON-LD product): the rule does not apply.
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("json-ld");
    let end = page[start..].find("</script>").expect("script end") + start + "</script>".len();
    let undeclared = format!("{}{}", &page[..start], &page[end..]);
    expect(&undeclared, &["About This Game"], &[summary]);
}

#[test]
fn product_name_above_the_pictures_opens_the_content() {
    // The name is the buy box's heading, beside the gallery; the content
    // comes from the description column below. The name is part of what
    // the page says about its product, so the body opens with it, and a
    // writer that prints the title prints it once.
    let page = fixture_page("product-name-in-buy-box.html");
    let name = "Fjellstue Wool Blanket, Heather Grey";
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert!(doc.to_text().starts_with(&format!("{name}\n")));
    let titled = unboil::write::WriteOptions {
        title: true,
        ..Default::default()
    };
    for out in [
        unboil::write::text(&doc, &titled),
        unboil::write::markdown(&doc, &titled),
        unboil::write::html(&doc, &titled),
    ] {
        assert_eq!(out.matches(name).count(), 1, "{out}");
    }
    // On a page that declares no product, the heading is the page's
    // title only, as an article's headline is.
    let start = page.find("<meta property=\"og:type\"").expect("og:type");
    let end = page.find("</script>").expect("script end") + "</script>".len();
    let undeclared = format!("{}{}", &page[..start], &page[end..]);
    let doc = extract(&undeclared, &Options::default()).expect("extracts");
    assert!(!doc.to_text().contains(name), "{}", doc.to_text());
}

#[test]
fn an_indented_faq_question_still_unfolds_its_answer() {
    // A template that indents the toggle icons inside each question's
    // heading: the question is short, its markup's whitespace is not. The
    // hidden answer after it is still one click away, and content.
    let pad = format!("\n{}", " ".repeat(48));
    let question = |q: &str| {
        format!(
            "<h3>{q}{pad}<span class=\"toggler\">{pad}<svg width=\"18\"><path d=\"M1 1\"/></svg>{pad}</span>\
             {pad}<span class=\"less\" style=\"display: none;\">{pad}</span>{pad}<span class=\"bullet\"></span>{pad}</h3>"
        )
    };
    let page = format!(
        "<html><head><title>Flame diffuser</title></head><body><main><h1>Flame diffuser</h1>{}\
         <h2>Questions</h2><div class=\"faq\"><div class=\"item\">{}<div class=\"content\" style=\"display: none;\">\
         <p>Yes: it is rated IP44, so rain on the terrace does it no harm, and its flame is cold water vapour.</p>\
         </div></div></div></main></body></html>",
        paragraphs(
            1..=8,
            "Paragraph {i} of the diffuser's description, long enough to make the page's text a full article."
        ),
        question("Can the diffuser stand outside?")
    );
    expect(
        &page,
        &["Can the diffuser stand outside?", "it is rated IP44"],
        &[],
    );
}

#[test]
fn an_accordion_heading_without_aria_controls_unfolds_its_panel() {
    // The ARIA accordion: a heading holding a button with aria-expanded,
    // over a hidden panel; here no aria-controls names the panel, and the
    // panel is aria-hidden while folded. It is one click away, and content.
    let section = |toggle: &str| {
        format!(
            "<html><head><title>Choosing running shoes</title></head><body><article>\
             <h1>Choosing running shoes</h1>{}<h2>What to consider</h2>\
             <div class=\"accordion\"><h3>{toggle}</h3>\
             <div aria-hidden=\"true\" hidden><p>Weight matters less than fit: a light racing flat \
             suits the track, a heavier trainer with more foam suits the long slow miles.</p></div>\
             </div></article></body></html>",
            paragraphs(
                1..=8,
                "Paragraph {i} of the guide, long enough to make the page's text a full article."
            )
        )
    };
    let accordion =
        section("<button aria-expanded=\"false\"><span>&gt;</span><p>Weight</p></button>");
    expect(&accordion, &["Weight matters less than fit"], &[]);
    // Under a heading that toggles nothing, a hidden block stays hidden.
    let plain = section("Weight");
    expect(&plain, &[], &["Weight matters less than fit"]);
}

#[test]
fn a_product_summary_under_its_name_leads_the_description() {
    // The buy box holds the name and a one-sentence summary; the content
    // the scorer finds is the description tab further down. The summary is
    // the product's own words and comes first; the stock note beside it,
    // a short line, does not.
    let page = fixture_page("product-lead-under-name.html");
    let summary = "Everything you need to mend a broken cup or bowl the Japanese way";
    let doc = extract(&page, &Options::default()).expect("extracts");
    let text = doc.to_text();
    let (at, body) = (
        text.find(summary).expect("summary kept"),
        text.find("What is in the box").expect("description kept"),
    );
    assert!(at < body, "{text}");
    assert!(!text.contains("ships in 2 days"), "{text}");
    // A theme that names the title block a header ("pdp-header") still
    // prints the product's own header, not the site's.
    let headed = page.replace("product-title-block", "pdp-header");
    assert_ne!(headed, page);
    let doc = extract(&headed, &Options::default()).expect("extracts");
    assert!(doc.to_text().contains(summary), "{}", doc.to_text());
    // On a declared article the paragraph under the headline is its
    // standfirst, which is not read as body text.
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("json-ld");
    let end = page[start..].find("</script>").expect("script end") + start + "</script>".len();
    let article = format!(
        "{}<meta property=\"og:type\" content=\"article\">{}",
        &page[..start],
        &page[end..]
    );
    let doc = extract(&article, &Options::default()).expect("extracts");
    assert!(!doc.to_text().contains(summary), "{}", doc.to_text());
}

#[test]
fn a_product_comparison_chart_is_other_products() {
    // A shop's chart that sets the product beside its sibling models: one
    // column per model, most of them other products, under the description.
    let description = paragraphs(
        1..=5,
        "Paragraph {i} of the lamp's description: a brass arm, a linen shade and a dimmer on the cord, made to be read by.",
    );
    let chart = "<div class=\"product-comparison\"><h2>Which lamp is right for you?</h2><table>\
        <tr><th></th><th>Arbor Mini</th><th>Arbor</th><th>Arbor Floor</th></tr>\
        <tr><td>Height</td><td>32 cm</td><td>48 cm</td><td>150 cm</td></tr>\
        <tr><td>Shade</td><td>Paper shade</td><td>Linen shade</td><td>Wide linen shade</td></tr>\
        <tr><td>Price</td><td>$89</td><td>$149</td><td>$289</td></tr></table></div>";
    let page = |ld: &str| {
        format!(
            "<html><head><title>Arbor Desk Lamp</title>{ld}</head><body>\
             <div class=\"product\"><h1>Arbor Desk Lamp</h1><div class=\"description\">{description}</div>{chart}</div>\
             </body></html>"
        )
    };
    let product =
        "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Arbor Desk Lamp\",\
                   \"offers\":{\"@type\":\"Offer\",\"price\":\"149\"}}</script>";
    expect(
        &page(product),
        &["Paragraph 5 of the lamp's description"],
        &["Wide linen shade", "Which lamp is right for you?"],
    );
    // On a page that declares no product, the class says nothing.
    expect(
        &page(""),
        &["Paragraph 5 of the lamp's description", "Wide linen shade"],
        &[],
    );
}
