<#import "layout-en.ftl" as l>
<#import "layout.ftl" as v>
<#assign a = article>
<@l.page title=a.title description=a.summary alternates=alternates>
<article class="article">
<h1>${a.title}</h1>
<#list alternates?filter(v -> v.lang == "vi") as v><p class="lang-switch"><a href="${site.base}${v.url}" hreflang="vi" lang="vi">Tiếng Việt</a></p>
</#list>
<@v.lead lead=lead summary=a.summary/>
<div class="body">
${lead.body?no_esc}
</div>
</article>
</@l.page>
