<#import "layout.ftl" as l>
<#assign a = article>
<#assign crumbs = (parent??)?then([{"name": parent.title, "url": parent.url}, {"name": a.title}], [{"name": a.title}])>
<#-- The page's language versions, both ways (hreflang), when it has a translation. -->
<#assign versions><#list alternates as v><link rel="alternate" hreflang="${v.lang}" href="${site.url}${v.url}">
</#list></#assign>
<@l.page title=a.title description=a.summary breadcrumbs=crumbs head_extra=versions>
<article class="article">
<h1>${a.title}</h1>
<#list alternates?filter(v -> v.lang == "en") as v><p class="lang-switch"><a href="${site.base}${v.url}" hreflang="en" lang="en">English</a></p>
</#list>
<@l.lead lead=lead summary=a.summary/>
<div class="body">
${lead.body?no_esc}
</div>
</article>
</@l.page>
