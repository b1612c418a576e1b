<#-- The archive: the index of every year and month (no year or month given), one year, or one month. -->
<#import "layout.ftl" as l>
<#if month??>
<#assign name = "tháng " + month.month + "/" + month.year>
<@l.page title="Lưu trữ " + name description="Các bài viết đăng trong " + name + " trên " + site.title
  breadcrumbs=[{"name": "Lưu trữ", "url": "luu-tru/"}, {"name": "Năm " + year.year, "url": year.url}, {"name": "Tháng " + month.month}]>
<h1>Lưu trữ ${name}</h1>
<p class="count">${month.articles?size} bài, mới nhất trước.</p>
<ul class="archive-list related">
<#list month.articles as a><li><@l.thumb a=a sizes=site.sizes.small class="thumb-small"/><a href="${site.base}${a.url}">${a.title}</a> <time datetime="${a.dateIso}">(${a.dayText})</time></li>
</#list></ul>
<#if newer?? || older??>
<nav class="prev-next" aria-label="Tháng trước và tháng sau">
<ul>
<#if newer??><li>Tháng sau: <a href="${site.base}${newer.url}">tháng ${newer.month}/${newer.year}</a></li></#if>
<#if older??><li>Tháng trước: <a href="${site.base}${older.url}">tháng ${older.month}/${older.year}</a></li></#if>
</ul>
</nav>
</#if>
</@l.page>
<#elseif year??>
<@l.page title="Lưu trữ năm " + year.year description="Các bài viết đăng trong năm " + year.year + " trên " + site.title
  breadcrumbs=[{"name": "Lưu trữ", "url": "luu-tru/"}, {"name": "Năm " + year.year}]>
<h1>Lưu trữ năm ${year.year}</h1>
<p class="count">${year.count} bài.</p>
<@months year/>
</@l.page>
<#else>
<@l.page title="Lưu trữ" description="Tất cả bài viết của " + site.title + " theo năm và tháng" breadcrumbs=[{"name": "Lưu trữ"}]>
<h1>Lưu trữ</h1>
<#list archive as y>
<section aria-labelledby="nam-${y.year}">
<h2 id="nam-${y.year}"><a href="${site.base}${y.url}">Năm ${y.year}</a> <span class="count">(${y.count} bài)</span></h2>
<@months y/>
</section>
<#else>
<p>Chưa có bài viết nào.</p>
</#list>
</@l.page>
</#if>

<#macro months y>
<ul class="archive-months">
<#list y.months as m><li><a href="${site.base}${m.url}">Tháng ${m.month}/${m.year}</a> <span class="count">(${m.articles?size} bài)</span></li>
</#list></ul>
</#macro>
