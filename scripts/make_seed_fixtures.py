#!/usr/bin/env python3
"""Builds the two seed news fixtures around ../shared/seeds/000_3f0c181de509a6cc.txt.

Run from the repository root: python3 scripts/make_seed_fixtures.py
The seed is what a naive scraper kept of a WordPress news page; these fixtures
wrap its text in realistic theme markup, in two theme variants:
  news-wordpress-seed.html         chrome around the article container
  news-chrome-inside-content.html  chrome inside the content container, the
                                   disclaimer as a plain <p>, an "Also read" line
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared/seeds/000_3f0c181de509a6cc.txt"
parts = SEED.read_text().split("\n\n")
title, body, blurb, disclaimer = parts[2], parts[6:16], parts[16].strip(), parts[18].strip()
assert body[0].startswith("Negotiators") and body[-1].startswith("As negotiations")
E = lambda s: html.escape(s, quote=False)
ps = "\n".join(f"<p>{E(p)}</p>" for p in body)

page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - The Daily Dispatch</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Daily Dispatch">
<meta property="og:url" content="https://dailydispatch.example/world/ukraine-us-negotiators-florida/">
<meta property="og:image" content="https://dailydispatch.example/wp-content/uploads/2024/03/miami-talks.jpg">
<meta name="description" content="Ukrainian and US negotiators meet in Miami after a five-hour session between Steve Witkoff and Vladimir Putin.">
<meta property="article:published_time" content="2024-03-14T09:12:00+00:00">
<meta name="author" content="Editorial">
<link rel="canonical" href="https://dailydispatch.example/world/ukraine-us-negotiators-florida/">
<link rel="stylesheet" href="/wp-content/themes/newsmag/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.td-header-wrap {{ background: #111; }}</style>
</head>
<body class="post-template-default single single-post postid-48211 single-format-standard td-standard-pack">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
  <div class="td-header-wrap td-header-style-1">
    <div class="td-header-top-menu-full">
      <div class="td-header-row td-header-top-menu">
        <div class="td-top-bar-container"><div class="td-header-sp-top-menu">
          <div class="td_data_time">Thursday, March 14, 2024</div>
          <ul class="top-header-menu"><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li></ul>
        </div></div>
        <div class="td-header-sp-top-widget">
          <div class="td-social-connect">
            <h4 class="block-title"><span>Connect with us</span></h4>
            <span class="td-social-icon-wrap"><a href="https://facebook.com/dailydispatch" title="Facebook">Facebook</a></span>
            <span class="td-social-icon-wrap"><a href="https://x.com/dailydispatch" title="X">X</a></span>
            <span class="td-social-icon-wrap"><a href="https://instagram.com/dailydispatch" title="Instagram">Instagram</a></span>
          </div>
        </div>
      </div>
    </div>
    <div class="td-banner-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/logo.png" alt="The Daily Dispatch"></a></div></div>
    <div class="td-header-menu-wrap-full">
      <nav id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu">
        <li><a href="/">Home</a></li><li><a href="/world/">World</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/tech/">Tech</a></li><li><a href="/sports/">Sports</a></li>
      </ul></nav>
    </div>
  </div>
  <div class="td-main-content-wrap td-container-wrap">
    <div class="td-container td-post-template-default">
      <div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Home</a></span> <i class="td-bread-sep"></i> <span><a href="/world/">World</a></span></div></div>
      <div class="td-pb-row">
        <div class="td-pb-span8 td-main-content" role="main">
          <div class="td-ss-main-content">
            <article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-world">
              <div class="td-post-header">
                <ul class="td-category"><li class="entry-category"><a href="/world/">World</a></li></ul>
                <header class="td-post-title">
                  <h1 class="entry-title">{title}</h1>
                  <div class="td-module-meta-info">
                    <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/editorial/">Editorial</a></div>
                    <span class="td-post-date"><span class="posted-on">Published</span> <span class="on">on</span> <time class="entry-date updated td-module-date" datetime="2024-03-14T09:12:00+00:00">March 14, 2024</time></span>
                  </div>
                </header>
              </div>
              <div class="td-post-sharing-top">
                <div class="td-default-sharing"><a class="td-social-sharing-button" href="https://www.facebook.com/sharer.php?u=x">Share</a> <a class="td-social-sharing-button" href="https://twitter.com/intent/tweet?text=x">Tweet</a></div>
              </div>
              <div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2024/03/miami-talks.jpg" alt="Delegations at the table in Miami"></figure></div>
              <div class="td-post-content tagdiv-type">
{ps}
              </div>
              <footer>
                <div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>TAGS</span></li><li><a href="/tag/ukraine/">Ukraine</a></li><li><a href="/tag/russia/">Russia</a></li></ul></div>
                <div class="author-box-wrap">
                  <a href="/author/editorial/"><img src="/avatar.png" alt="Editorial" class="avatar"></a>
                  <div class="desc">
                    <div class="td-author-name vcard author"><span class="fn"><a href="/author/editorial/">Editorial</a></span></div>
                    <div class="td-author-description">{E(blurb)}</div>
                  </div>
                </div>
              </footer>
            </article>
            <div class="td_block_wrap td_block_related_posts">
              <h4 class="td-related-title"><a href="#" class="td-related-left">Related Articles</a></h4>
              <div class="td_module_related_posts"><h3 class="entry-title"><a href="/world/eu-gas-phase-out/">EU agrees to phase out Russian gas by 2027</a></h3></div>
              <div class="td_module_related_posts"><h3 class="entry-title"><a href="/world/nato-brussels/">NATO ministers meet in Brussels</a></h3></div>
            </div>
          </div>
        </div>
        <div class="td-pb-span4 td-main-sidebar" role="complementary">
          <div class="td-ss-main-sidebar">
            <aside class="widget widget_trending">
              <div class="block-title"><span>Trending</span></div>
              <ul>
                <li><a href="/world/children-return-un/">UN members demand return of Ukrainian children</a></li>
                <li><a href="/business/frozen-assets/">Belgium wary of using frozen Russian assets</a></li>
                <li><a href="/politics/pokrovsk/">Fighting continues around Pokrovsk</a></li>
              </ul>
            </aside>
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="td-footer-wrapper td-container-wrap">
    <div class="td-footer-bottom-full"><div class="td-container">
      <p class="td-pulldown-size">{E(disclaimer)}</p>
    </div></div>
  </div>
</div>
<script src="/wp-content/themes/newsmag/js/tagdiv_theme.min.js"></script>
<script>jQuery(window).on('load', function() {{ tdAjaxCount.tdGetViewsCountsAjax("post", "[48211]"); }});</script>
</body>
</html>
'''
(ROOT / "fixtures/news-wordpress-seed.html").write_text(page)

ps2 = []
for i, p in enumerate(body):
    ps2.append(f"  <p>{E(p)}</p>")
    if i == 3:
        ps2.append('  <p><strong>Also read:</strong> <a href="/world/eu-gas-phase-out/">EU agrees to phase out all long-term Russian gas imports by 2027</a></p>')
ps2 = "\n".join(ps2)
page2 = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | World News Today</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="World News Today">
<meta property="article:published_time" content="2024-03-14T09:12:00Z">
<link rel="canonical" href="/world/ukraine-us-negotiators-meet-florida">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body class="single">
<div id="page" class="site">
<div class="top-bar"><a href="/">World News Today</a> <a href="/subscribe">Subscribe</a></div>
<div id="content" class="site-content">
<div class="entry-content">
  <div class="social-widget"><h3>Connect with us</h3><a href="https://facebook.com/wnt">Facebook</a> <a href="https://x.com/wnt">X</a> <a href="https://youtube.com/wnt">YouTube</a></div>
  <div class="cat-links"><a href="/category/world/" rel="category tag">World</a></div>
  <h1>{title}</h1>
  <div class="post-author-meta"><a href="/author/editorial/">Editorial</a></div>
  <div class="entry-meta"><span>Published</span> <span>on</span> <span class="date">March 14, 2024</span></div>
{ps2}
  <div class="author-box"><div class="author-avatar"><img src="/editorial.png" alt=""></div><div class="author-bio"><h4>Editorial</h4><p>{E(blurb)}</p></div></div>
  <div class="trending-posts"><h3>Trending</h3>
    <ul><li><a href="/a">Markets rally as oil prices slide</a></li><li><a href="/b">Storm warnings issued along the coast</a></li><li><a href="/c">Parliament passes budget after late session</a></li></ul>
  </div>
  <p>{E(disclaimer)}</p>
</div>
</div>
</div>
</body>
</html>
'''
(ROOT / "fixtures/news-chrome-inside-content.html").write_text(page2)
