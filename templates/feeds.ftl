<#import "layout.ftl" as l>
<@l.page title="Đăng ký nhận tin RSS" description="Các kênh RSS của " + site.title + ": toàn trang, từng chuyên mục và từng chủ đề." breadcrumbs=[{"name": "Đăng ký nhận tin RSS"}]>
<h1>Đăng ký nhận tin RSS</h1>
<p>Sao chép địa chỉ của kênh vào phần mềm đọc tin (RSS reader) để nhận tin mới ngay khi được đăng. Danh sách đầy đủ cũng có ở dạng <a href="${site.base}feeds.opml">OPML</a> để nhập một lần vào phần mềm đọc tin.</p>
<#macro group title kind>
<h2>${title}</h2>
<ul class="feed-list">
<#list feeds?filter(f -> f.kind == kind) as f><li><a href="${site.base}${f.path}">${f.name}</a> <code>${site.url}${f.path}</code></li>
</#list></ul>
</#macro>
<@group title="Toàn trang" kind="SITE"/>
<#if feeds?filter(f -> f.kind == "DOCUMENTS")?has_content><@group title="Văn bản" kind="DOCUMENTS"/></#if>
<@group title="Theo chuyên mục" kind="CATEGORY"/>
<@group title="Theo chủ đề" kind="TAG"/>
</@l.page>
