<#import "layout.ftl" as l>
<#if kind == "home">
<#assign heading = "Tin mới nhất">
<#assign pageTitle = (pageNo gt 1)?then("Tin mới nhất – trang " + pageNo, site.title)>
<#assign crumbs = (pageNo gt 1)?then([{"name": "Trang " + pageNo}], [])>
<#else>
<#assign label = (kind == "category")?then("Chuyên mục", "Chủ đề")>
<#assign heading = label + ": " + term.name>
<#assign pageTitle = heading + (pageNo gt 1)?then(" – trang " + pageNo, "")>
<#assign crumbs = (kind == "category")?then([{"name": term.name}], [{"name": "Chủ đề", "url": "chu-de/"}, {"name": term.name}])>
</#if>
<@l.page title=pageTitle description=(kind == "home")?then(site.description, heading) breadcrumbs=crumbs feeds=feeds>
<h1>${heading}<#if pageNo gt 1> <span class="page-no">(trang ${pageNo}/${pageCount})</span></#if></h1>
<#if articles?has_content>
<#list articles as a><@l.card a=a eager=(a?index lt 3)/></#list>
<#else>
<p>Chưa có bài viết nào.</p>
</#if>
<@l.pager p=pager/>
<#if kind == "home" && pageNo == 1><#include "home-boxes.ftl"></#if>
<p class="feed-link"><a href="${site.base}${feed.path}">Theo dõi qua RSS</a> · <a href="${site.base}dang-ky-nhan-tin.html">Tất cả kênh RSS</a></p>
</@l.page>
