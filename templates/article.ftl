<#import "layout.ftl" as l>
<#assign a = article>
<#assign head>
<meta property="article:published_time" content="${a.dateIso}">
<#if a.updated??><meta property="article:modified_time" content="${a.updatedIso}">
</#if><meta property="article:section" content="${a.category.name}">
<#list a.tags as t><meta property="article:tag" content="${t.name}">
</#list><script type="application/ld+json">${jsonLd?no_esc}</script>
</#assign>
<@l.page title=a.title description=a.summary og_type="article" image=(photo??)?then(photo.share, "") feeds=feeds
  image_alt=(a.image??)?then(a.image.alt, "") head_extra=head
  breadcrumbs=[{"name": a.category.name, "url": a.category.url}, {"name": a.title}]>
<div class="layout">
<article class="article">
<h1>${a.title}</h1>
<p class="meta"><time datetime="${a.dateIso}">${a.dateText}</time><#if a.updated??> · Cập nhật: <time datetime="${a.updatedIso}">${a.updatedText}</time></#if> · <a href="${site.base}${a.category.url}">${a.category.name}</a></p>
<@l.lead lead=lead summary=a.summary/>
<#if photo??>
<figure class="lead-image">
<@l.picture p=photo alt=a.image.alt sizes=site.sizes.column first=true/>
<#if a.image.caption?has_content><figcaption>${a.image.caption}</figcaption></#if>
</figure>
</#if>
<div class="body">
${lead.body?no_esc}
</div>
<#if a.author?has_content><p class="byline"><#if a.credit?has_content>${a.credit}: </#if>${a.author}</p></#if>
<#if a.source?has_content><p class="source">(Nguồn: ${a.source})</p></#if>
<#if a.tags?has_content>
<p class="tags">Chủ đề: <#list a.tags as t><a href="${site.base}${t.url}" rel="tag">${t.name}</a><#sep>, </#list></p>
</#if>
<#if previous?? || next??>
<nav class="prev-next" aria-label="Bài trước và bài sau trong chuyên mục">
<ul>
<#if next??><li>Bài mới hơn: <a href="${site.base}${next.url}" rel="next">${next.title}</a></li></#if>
<#if previous??><li>Bài cũ hơn: <a href="${site.base}${previous.url}" rel="prev">${previous.title}</a></li></#if>
</ul>
</nav>
</#if>
</article>
<aside class="sidebar" aria-label="Tin liên quan">
<@l.links id="tin-cung-chuyen-muc" title="Tin cùng chuyên mục" articles=sameCategory/>
<@l.links id="cac-tin-khac" title="Các tin khác" articles=others/>
</aside>
</div>
</@l.page>
