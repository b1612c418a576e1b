<#import "layout.ftl" as l>
<#assign a = article>
<@l.page title=a.title description=a.summary breadcrumbs=[{"name": a.title}]>
<article class="article">
<h1>${a.title}</h1>
<#if a.summary?has_content><p class="lead">${a.summary}</p></#if>
<div class="body">
${a.bodyHtml?no_esc}
</div>
</article>
</@l.page>
