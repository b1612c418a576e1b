<#-- Shared layout macros. Every ${...} is HTML-escaped (output format HTML); only sanitized body HTML uses ?no_esc.
     <@cached key=...> renders its body once per build for each key (pages/Cached.java): the key names all
     that the body shows besides the site's settings. -->
<#macro page title description="" breadcrumbs=[] feeds=[] lang="vi" og_type="website" image="" head_extra="" image_alt="">
<#local links><link rel="alternate" type="application/rss+xml" title="${site.title}" href="${site.base}feed.xml">
<#list feeds as f><link rel="alternate" type="application/rss+xml" title="${f.title}" href="${site.base}${f.path}">
</#list></#local>
<@frame lang=lang title=(title != site.title)?then(title + " – " + site.title, title)
    description=(description?has_content)?then(description, site.description) links=links site_name=site.title
    og_type=og_type og_title=title og_locale="vi_VN" og_description=description image=image image_alt=image_alt
    head_extra=head_extra skip="Bỏ qua, đến nội dung chính" content="noi-dung">
<#-- The menu item this page belongs to (a category, Văn bản, Lịch công tác, a top page) and whether it is that item's own page. -->
<#assign here = "-">
<#if menuCurrent?has_content><#assign here = menuCurrent>
<#elseif article?? && article.category??><#assign here = article.category.url>
<#elseif path?starts_with("van-ban/")><#assign here = "van-ban/">
<#elseif path?starts_with("lich-cong-tac/")><#assign here = "lich-cong-tac/">
<#elseif parent?? && parent.url??><#assign here = parent.url>
<#elseif path == "" || site.pages?filter(p -> p.url == path)?has_content><#assign here = path>
</#if>
<#assign exact = here == path>
<@cached key="header " + here + " " + exact?c + " " + (path != "tim-kiem.html")?c>
<header class="site-header">
<div class="wrap header-bar">
<p class="site-name"><a href="${site.base}"><@emblem/><span>${site.title}</span></a></p>
<#-- On a phone the search and the menu open under this button, without JavaScript (site.css: .menu-toggle). -->
<details class="menu-toggle"><summary>Danh mục</summary></details>
<#if path != "tim-kiem.html">
<form class="site-search" role="search" aria-label="Tìm kiếm" action="${site.base}tim-kiem.html" method="get">
<label class="visually-hidden" for="tu-khoa-dau-trang">Từ khóa tìm kiếm</label>
<input type="search" id="tu-khoa-dau-trang" name="q" placeholder="Tìm tin bài, văn bản">
<button type="submit">Tìm</button>
</form>
</#if>
</div>
<nav class="main-nav" aria-label="Danh mục chính">
<div class="wrap">
<ul class="menu">
<li><a href="${site.base}"<@current ""/>>Trang chủ</a></li>
<li class="has-submenu"><details><summary<#if site.categories?filter(c -> c.url == here)?has_content> class="current"</#if>>Tin tức</summary>
<ul class="submenu">
<#list site.categories as c><li><a href="${site.base}${c.url}"<@current c.url/>>${c.name}</a></li>
</#list></ul>
</details></li>
<#if site.hasDocuments><li><a href="${site.base}van-ban/"<@current "van-ban/"/>>Văn bản</a></li>
</#if><#if site.hasSchedule><li><a href="${site.base}lich-cong-tac/"<@current "lich-cong-tac/"/>>Lịch công tác</a></li>
</#if><#list site.pages?filter(p -> p.lang == "vi") as p><li><a href="${site.base}${p.url}"<@current p.url/>>${p.title}</a></li>
</#list><#list site.pages?filter(p -> p.lang == "en") as p><#if p?is_first><li><a href="${site.base}${p.url}" hreflang="en" lang="en">English</a></li>
</#if></#list></ul>
</div>
</nav>
</header>
</@cached>
<#if breadcrumbs?has_content>
<nav class="breadcrumbs wrap" aria-label="Đường dẫn">
<ol>
<li><a href="${site.base}">Trang chủ</a></li>
<#list breadcrumbs as b><#if b.url??><li><a href="${site.base}${b.url}">${b.name}</a></li><#else><li aria-current="page">${b.name}</li></#if>
</#list></ol>
</nav>
</#if>
<main id="noi-dung" class="wrap">
<#nested>
<p class="print-only">Địa chỉ trang: ${canonical}</p>
</main>
<@cached key="footer">
<footer class="site-footer">
<div class="wrap">
<p class="footer-name">${site.title}</p>
<#if site.address?has_content><p>Địa chỉ: ${site.address}</p></#if>
<#if site.phone?has_content><p>Điện thoại: ${site.phone}</p></#if>
<#if site.email?has_content><p>Thư điện tử: <a href="mailto:${site.email}">${site.email}</a></p></#if>
<ul class="footer-links">
<#list site.pages as p><li><a href="${site.base}${p.url}"<#if p.lang != "vi"> hreflang="${p.lang}" lang="${p.lang}"</#if>>${p.title}</a></li>
</#list><#if site.hasDocuments><li><a href="${site.base}van-ban/">Văn bản</a></li>
</#if><#if site.hasSchedule><li><a href="${site.base}lich-cong-tac/">Lịch công tác</a></li>
</#if><li><a href="${site.base}chu-de/">Chủ đề</a></li>
<li><a href="${site.base}luu-tru/">Lưu trữ</a></li>
<li><a href="${site.base}tim-kiem.html">Tìm kiếm</a></li>
<li><a href="${site.base}dang-ky-nhan-tin.html">Đăng ký nhận tin RSS</a></li>
</ul>
</div>
</footer>
</@cached>
</@frame>
</#macro>

<#-- The frame of every page, Vietnamese or English: the head (title, description, canonical address,
     stylesheet, icons, the page's own links, Open Graph and Twitter tags) and the skip link; the page's
     header, content and footer are its nested content. -->
<#macro frame lang title description links site_name og_type og_title og_locale og_description skip content image=""
        image_alt="" head_extra="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${site.base}css/site.css">
<@icons/>
${links}<meta property="og:site_name" content="${site_name}">
<meta property="og:type" content="${og_type}">
<meta property="og:title" content="${og_title}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${og_locale}">
<#if og_description?has_content><meta property="og:description" content="${og_description}">
</#if><#if image?has_content><meta property="og:image" content="${site.url}${image.path}">
<meta property="og:image:type" content="${image.type}">
<#if image.width gt 0><meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
</#if><#if image_alt?has_content><meta property="og:image:alt" content="${image_alt}">
</#if><meta name="twitter:card" content="summary_large_image">
<#else><meta name="twitter:card" content="summary">
</#if>${head_extra?no_esc}</head>
<body>
<a class="skip" href="#${content}">${skip}</a>
<#nested>
</body>
</html>
</#macro>

<#-- aria-current on the menu's link to {@code url}: "page" on that very page, "true" on a page inside its section. -->
<#macro current url><#if url == here> aria-current="${exact?then("page", "true")}"</#if></#macro>

<#-- The site's icons that it has (scripts/icons.py writes them into assets/; pages/PageWriter lists them). -->
<#macro icons>
<#if site.icons?seq_contains("favicon.ico")><link rel="icon" href="${site.base}favicon.ico" sizes="32x32">
</#if><#if site.icons?seq_contains("favicon.svg")><link rel="icon" href="${site.base}favicon.svg" type="image/svg+xml">
</#if><#if site.icons?seq_contains("icon-192.png")><link rel="icon" href="${site.base}icon-192.png" type="image/png" sizes="192x192">
</#if><#if site.icons?seq_contains("apple-touch-icon.png")><link rel="apple-touch-icon" href="${site.base}apple-touch-icon.png">
</#if></#macro>

<#-- The emblem beside the site's name, when the site has one; the name says it all, so it has no text. -->
<#macro emblem><#if site.icons?seq_contains("favicon.svg")><img class="emblem" src="${site.base}favicon.svg" alt="" width="40" height="40"></#if></#macro>

<#-- The lead (pages/Lead): the text's first paragraph when it starts with the summary, else the summary. -->
<#macro lead lead summary>
<#if lead.paragraph??><p class="lead">${lead.paragraph?no_esc}</p>
<#elseif summary?has_content><p class="lead">${summary}</p>
</#if>
</#macro>

<#-- A picture made for the screen (photos/Photo): WebP, else JPEG, in the size its slot ({@code sizes}) needs, with
     its width and height so that nothing moves while it loads. The lead photo is fetched first; the others load
     as they are scrolled near. An SVG is shown as it is. -->
<#macro picture p alt sizes first=false>
<#local loading><#if first> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if></#local>
<#if p.raster><picture><source type="image/webp" srcset="${p.webpSrcset}" sizes="${sizes}"><img src="${p.src}" srcset="${p.srcset}" sizes="${sizes}" width="${p.width}" height="${p.height}" alt="${alt}"${loading?no_esc}></picture><#else><img src="${p.src}" alt="${alt}"${loading?no_esc}></#if>
</#macro>

<#-- An article's thumbnail in a list, when it has a photo: a link to it, as the title beside it is, but hidden from
     screen readers and the keyboard, which the title serves. {@code eager}: in the list's first screen. -->
<#macro thumb a sizes class="thumb" eager=false>
<#local p = photos.lead(a)!>
<#if p?has_content && p.thumbnail><a class="${class}" href="${site.base}${a.url}" tabindex="-1" aria-hidden="true"><picture><source type="image/webp" srcset="${p.thumbWebpSrcset}" sizes="${sizes}"><img src="${p.thumbSrc}" srcset="${p.thumbSrcset}" sizes="${sizes}" width="${p.thumbWidth}" height="${p.thumbHeight}" alt=""<#if !eager> loading="lazy" decoding="async"</#if>></picture></a></#if><#t>
</#macro>

<#-- One article in a listing: its thumbnail (if it has a photo), title, date, chuyên mục and summary. -->
<#macro card a heading="h2" eager=false>
<@cached key="card " + heading + " " + a.url + " " + eager?c>
<article class="card">
<@thumb a=a sizes=site.sizes.card eager=eager/>
<${heading} class="card-title"><a href="${site.base}${a.url}">${a.title}</a></${heading}>
<p class="meta"><time datetime="${a.dateIso}">${a.dateText}</time> · <a href="${site.base}${a.category.url}">${a.category.name}</a></p>
<#if a.summary?has_content><p class="summary">${a.summary}</p></#if>
</article>
</@cached>
</#macro>

<#-- A short list of links to articles (sidebars), each with its small thumbnail when it has a photo. -->
<#macro links id title articles>
<@cached key="links " + id + " " + title + " " + articles?map(x -> x.url)?join(" ")>
<#if articles?has_content>
<section class="box" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
<ul class="related">
<#list articles as a><li><@thumb a=a sizes=site.sizes.small class="thumb-small"/><a href="${site.base}${a.url}">${a.title}</a> <time datetime="${a.dateIso}">(${a.dayText})</time></li>
</#list></ul>
</section>
</#if>
</@cached>
</#macro>

<#-- Numbered pages of a listing (pages/Pager): the current page carries aria-current. -->
<#macro pager p>
<#if p.pageCount gt 1>
<nav class="pager" aria-label="Phân trang">
<ul>
<#if p.previous??><li><a href="${site.base}${p.previous}" rel="prev">‹ Trang trước</a></li></#if>
<#list p.links as k>
<#if k.gap><li class="gap" aria-hidden="true">…</li><#elseif k.current><li><a href="${site.base}${k.url}" aria-current="page">${k.number}</a></li><#else><li><a href="${site.base}${k.url}">${k.number}</a></li></#if>
</#list>
<#if p.next??><li><a href="${site.base}${p.next}" rel="next">Trang sau ›</a></li></#if>
</ul>
</nav>
</#if>
</#macro>
