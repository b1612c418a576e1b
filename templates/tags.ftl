<#import "layout.ftl" as l>
<@l.page title="Chủ đề" description="Tất cả chủ đề của " + site.title breadcrumbs=[{"name": "Chủ đề"}]>
<h1>Chủ đề</h1>
<#if tags?has_content>
<ul class="tag-index">
<#list tags as t><li><a href="${site.base}${t.term.url}">${t.term.name}</a> <span class="count">(${t.articles?size} bài)</span></li>
</#list></ul>
<#else>
<p>Chưa có chủ đề nào.</p>
</#if>
</@l.page>
