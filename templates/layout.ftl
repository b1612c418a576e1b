<#-- Shared layout macros. Every ${...} is HTML-escaped (output format HTML); only sanitized body HTML uses ?no_esc.
     <@cached key=...> renders its body once per build for each key (pages/Cached.java): the key names all
     that the body shows besides the site's settings. -->
<#macro page title description="" breadcrumbs=[] feeds=[] lang="vi" og_type="website" image="" head_extra="" image_alt="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}<#if title != site.title> – ${site.title}</#if></title>
<meta name="description" content="${(description?has_content)?then(description, site.description)}">
<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${site.base}css/site.css">
<link rel="alternate" type="application/rss+xml" title="${site.title}" href="${site.base}feed.xml">
<#list feeds as f><link rel="alternate" type="application/rss+xml" title="${f.title}" href="${site.base}${f.path}">
</#list>
<meta property="og:site_name" content="${site.title}">
<meta property="og:type" content="${og_type}">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="vi_VN">
<#if description?has_content><meta property="og:description" content="${description}">
</#if><#if image?has_content><meta property="og:image" content="${site.url}${image}">
<#if image_alt?has_content><meta property="og:image:alt" content="${image_alt}">
</#if><meta name="twitter:card" content="summary_large_image">
<#else><meta name="twitter:card" content="summary">
</#if>${head_extra?no_esc}</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<@cached key="header " + menuCurrent + " " + (path != "tim-kiem.html")?c>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${site.base}">${site.title}</a></p>
<nav aria-label="Chuyên mục">
<ul class="menu">
<#list site.categories as c><li><a href="${site.base}${c.url}"<#if c.url == menuCurrent> aria-current="page"</#if>>${c.name}</a></li>
</#list></ul>
</nav>
<#if path != "tim-kiem.html">
<form class="site-search" role="search" aria-label="Tìm kiếm" action="${site.base}tim-kiem.html" method="get">
<label class="visually-hidden" for="tu-khoa-dau-trang">Từ khóa tìm kiếm</label>
<input type="search" id="tu-khoa-dau-trang" name="q" placeholder="Tìm kiếm tin bài">
<button type="submit">Tìm</button>
</form>
</#if>
</div>
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
</body>
</html>
</#macro>

<#-- The lead (pages/Lead): the text's first paragraph when it starts with the summary, else the summary. -->
<#macro lead lead summary>
<#if lead.paragraph??><p class="lead">${lead.paragraph?no_esc}</p>
<#elseif summary?has_content><p class="lead">${summary}</p>
</#if>
</#macro>

<#-- One article in a listing. -->
<#macro card a heading="h2">
<@cached key="card " + heading + " " + a.url>
<article class="card">
<${heading} class="card-title"><a href="${site.base}${a.url}">${a.title}</a></${heading}>
<p class="meta"><time datetime="${a.dateIso}">${a.dateText}</time> · <a href="${site.base}${a.category.url}">${a.category.name}</a></p>
<#if a.summary?has_content><p class="summary">${a.summary}</p></#if>
</article>
</@cached>
</#macro>

<#-- A short list of links to articles (sidebars). -->
<#macro links id title articles>
<@cached key="links " + id + " " + title + " " + articles?map(x -> x.url)?join(" ")>
<#if articles?has_content>
<section class="box" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
<ul>
<#list articles as a><li><a href="${site.base}${a.url}">${a.title}</a> <time datetime="${a.dateIso}">(${a.dateText})</time></li>
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
