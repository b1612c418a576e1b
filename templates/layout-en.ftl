<#-- The English pages' layout: the site's stylesheet with an English frame (lang="en", English labels) and
     hreflang links to their Vietnamese pages. Every ${...} is HTML-escaped. -->
<#import "layout.ftl" as vi>
<#macro page title description="" alternates=[]>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${site.titleEn}</title>
<meta name="description" content="${(description?has_content)?then(description, site.titleEn)}">
<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${site.base}css/site.css">
<@vi.icons/>
<#list alternates as v><link rel="alternate" hreflang="${v.lang}" href="${site.url}${v.url}">
</#list><meta property="og:site_name" content="${site.titleEn}">
<meta property="og:type" content="website">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="en_US">
<#if description?has_content><meta property="og:description" content="${description}">
</#if><meta name="twitter:card" content="summary">
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header class="site-header">
<div class="wrap header-bar">
<p class="site-name"><a href="${site.base}" hreflang="vi"><@vi.emblem/><span>${site.titleEn}</span></a></p>
</div>
<nav class="main-nav" aria-label="Pages in English">
<div class="wrap">
<ul class="menu">
<#list site.pages?filter(p -> p.lang == "en") as p><li><a href="${site.base}${p.url}"<#if path == p.url> aria-current="page"</#if>>${p.title}</a></li>
</#list><li><a href="${site.base}" hreflang="vi" lang="vi">Tiếng Việt</a></li>
</ul>
</div>
</nav>
</header>
<main id="content" class="wrap">
<#nested>
</main>
<footer class="site-footer">
<div class="wrap">
<p class="footer-name">${site.titleEn}</p>
<#if site.address?has_content><p>Address: <span lang="vi">${site.address}</span></p></#if>
<#if site.phone?has_content><p>Phone: ${site.phone}</p></#if>
<#if site.email?has_content><p>E-mail: <a href="mailto:${site.email}">${site.email}</a></p></#if>
</div>
</footer>
</body>
</html>
</#macro>
