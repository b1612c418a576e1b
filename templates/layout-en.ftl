<#-- The English pages' layout: the site's frame (layout.ftl) in English (lang="en", English labels), with
     hreflang links to their Vietnamese pages. Every ${...} is HTML-escaped. -->
<#import "layout.ftl" as vi>
<#macro page title description="" alternates=[]>
<#local links><#list alternates as v><link rel="alternate" hreflang="${v.lang}" href="${site.url}${v.url}">
</#list></#local>
<@vi.frame lang="en" title=title + " – " + site.titleEn description=(description?has_content)?then(description, site.titleEn)
    links=links site_name=site.titleEn og_type="website" og_title=title og_locale="en_US" og_description=description
    skip="Skip to main content" content="content">
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
</@vi.frame>
</#macro>
