<#import "layout-en.ftl" as l>
<#assign a = article>
<@l.page title=a.title description=a.summary alternates=alternates>
<article class="article">
<h1>${a.title}</h1>
<#list alternates?filter(v -> v.lang == "vi") as v><p class="lang-switch"><a href="${site.base}${v.url}" hreflang="vi" lang="vi">Tiếng Việt</a></p>
</#list>
<#if a.summary?has_content><p class="lead">${a.summary}</p></#if>
<div class="body">
${a.bodyHtml?no_esc}
</div>
</article>
</@l.page>
