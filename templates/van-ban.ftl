<#import "layout.ftl" as l>
<#-- One document of the registry: its particulars, its text, its file, and the articles that cite it. -->
<#assign d = doc>
<@l.page title=d.title description=d.summary feeds=feeds
  breadcrumbs=[{"name": "Văn bản", "url": "van-ban/"}, {"name": d.type, "url": d.typeUrl}, {"name": d.number}]>
<div class="layout">
<article class="article document">
<h1>${d.title}</h1>
<p class="lead">${d.summary}</p>
<dl class="doc-meta">
<dt>Số ký hiệu</dt><dd>${d.number}</dd>
<dt>Loại văn bản</dt><dd><a href="${site.base}${d.typeUrl}">${d.type}</a></dd>
<dt>Ngày ban hành</dt><dd><time datetime="${d.dateIso}">${d.dateText}</time> (<a href="${site.base}${d.yearUrl}">văn bản năm ${d.year?c}</a>)</dd>
<dt>Cơ quan ban hành</dt><dd>${d.issuer}</dd>
<dt>Người ký</dt><dd>${d.signer}</dd>
<dt>Lĩnh vực</dt><dd><a href="${site.base}${d.fieldUrl}">${d.field}</a></dd>
<#if d.inForceFromText?has_content><dt>Hiệu lực</dt><dd>Từ ngày <time datetime="${d.inForceFromIso}">${d.inForceFromText}</time><#if d.inForceUntilText?has_content> đến hết ngày <time datetime="${d.inForceUntilIso}">${d.inForceUntilText}</time></#if></dd>
</#if><#if d.attachment??><dt>Tệp đính kèm</dt><dd><a href="${site.base}${d.attachment.path}" download>${d.attachment.name}</a> (${d.attachment.format}, ${d.attachment.sizeText})</dd>
</#if></dl>
<#if body?has_content>
<div class="body">
${body?no_esc}
</div>
</#if>
<#if citedBy?has_content>
<section aria-labelledby="tin-bai-lien-quan">
<h2 id="tin-bai-lien-quan">Bài viết nhắc đến văn bản này</h2>
<ul>
<#list citedBy as a><li><a href="${site.base}${a.url}">${a.title}</a><#if a.dateText?has_content> <time datetime="${a.dateIso}">(${a.dayText})</time></#if></li>
</#list></ul>
</section>
</#if>
</article>
<aside class="sidebar" aria-label="Văn bản liên quan">
<#if sameField?has_content>
<section class="box" aria-labelledby="cung-linh-vuc">
<h2 id="cung-linh-vuc">Văn bản cùng lĩnh vực</h2>
<ul>
<#list sameField as o><li><a href="${site.base}${o.url}">${o.title}</a> <time datetime="${o.dateIso}">(${o.dateText})</time></li>
</#list></ul>
</section>
</#if>
<p class="more"><a href="${site.base}van-ban/">Tất cả văn bản</a></p>
</aside>
</div>
</@l.page>
