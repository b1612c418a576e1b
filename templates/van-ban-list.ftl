<#import "layout.ftl" as l>
<#-- One list of the documents registry: the whole registry (newest or oldest first), or one type, field or year. -->
<#assign f = facet>
<#assign headings = {"all": "Văn bản", "oldest": "Văn bản", "type": f.name, "field": "Văn bản lĩnh vực " + f.name,
  "year": "Văn bản ban hành năm " + f.name}>
<#assign heading = headings[f.kind]>
<#assign crumbs = (f.kind == "all")?then([{"name": "Văn bản"}],
  [{"name": "Văn bản", "url": "van-ban/"}, {"name": (f.kind == "oldest")?then("Cũ nhất trước", f.name)}])>
<@l.page title=heading + (pageNo gt 1)?then(" – trang " + pageNo, "") description="Văn bản đăng trên trang " + site.title + ": " + heading
  breadcrumbs=crumbs feeds=feeds>
<h1>${heading}<#if pageNo gt 1> <span class="page-no">(trang ${pageNo}/${pageCount})</span></#if></h1>
<#-- The filters open above the list, without JavaScript, so the table has the width of the page. -->
<nav class="doc-filters" aria-label="Lọc văn bản">
<#macro filter title facets>
<#if facets?has_content>
<#assign chosen = facets?filter(x -> x.url == f.url)>
<details class="filter">
<summary>${title}<#if chosen?has_content>: <strong>${chosen[0].name}</strong></#if></summary>
<ul>
<#list facets as x><li><a href="${site.base}${x.url}"<#if x.url == f.url> aria-current="page"</#if>>${x.name}</a> <span class="count">(${x.documents?size})</span></li>
</#list></ul>
</details>
</#if>
</#macro>
<@filter title="Loại văn bản" facets=types/>
<@filter title="Lĩnh vực" facets=fields/>
<@filter title="Năm ban hành" facets=years/>
</nav>
<#if f.kind == "all" || f.kind == "oldest">
<p class="sort">Sắp xếp theo ngày ban hành:
<#if f.kind == "all"><a href="${site.base}van-ban/" aria-current="page">mới nhất trước</a> · <a href="${site.base}van-ban/cu-nhat-truoc/">cũ nhất trước</a>
<#else><a href="${site.base}van-ban/">mới nhất trước</a> · <a href="${site.base}van-ban/cu-nhat-truoc/" aria-current="page">cũ nhất trước</a></#if></p>
</#if>
<#if documents?has_content>
<div class="table-scroll">
<table class="doc-table stack">
<caption>${heading}: ${f.documents?size} văn bản, <#if f.kind == "oldest">cũ nhất trước<#else>mới nhất trước</#if></caption>
<colgroup><col class="col-number"><col class="col-date"><col class="col-type"><col><col class="col-file"></colgroup>
<thead>
<tr><th scope="col">Số ký hiệu</th><th scope="col" aria-sort="${(f.kind == "oldest")?then("ascending", "descending")}">Ngày ban hành</th><th scope="col">Loại</th><th scope="col">Trích yếu</th><th scope="col">Tệp</th></tr>
</thead>
<tbody>
<#list documents as d>
<tr><td><a href="${site.base}${d.url}">${d.number}</a></td><td><span class="cell-label">Ban hành: </span><time datetime="${d.dateIso}">${d.dateText}</time></td><td>${d.type}</td><td>${d.summary}</td><td><#if d.attachment??><a href="${site.base}${d.attachment.path}" download>Tải về<span class="visually-hidden"> ${d.number}</span></a> <span class="size">(${d.attachment.format}, ${d.attachment.sizeText})</span></#if></td></tr>
</#list>
</tbody>
</table>
</div>
<#else>
<p>Chưa có văn bản nào.</p>
</#if>
<@l.pager p=pager/>
<p class="feed-link"><a href="${site.base}${feed.path}">Theo dõi văn bản mới qua RSS</a></p>
</@l.page>
