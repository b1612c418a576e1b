<#import "layout.ftl" as l>
<#import "lich.ftl" as lich>
<#-- One week of the leaders' work schedule; at lich-cong-tac/ the week of the build's day (or the nearest, said so). -->
<#if week??>
<#assign heading = week.title>
<#assign crumbs = (current??)?then([{"name": "Lịch công tác"}], [{"name": "Lịch công tác", "url": "lich-cong-tac/"}, {"name": "Tuần " + week.week + "/" + week.year?c}])>
<#else>
<#assign heading = "Lịch công tác">
<#assign crumbs = [{"name": "Lịch công tác"}]>
</#if>
<@l.page title=heading description="Lịch công tác của lãnh đạo " + site.title + (week??)?then(", tuần " + week.rangeText, "") breadcrumbs=crumbs>
<h1>${heading}</h1>
<#if week??>
<p class="meta">Từ <time datetime="${week.mondayIso}">${week.mondayText}</time> đến <time datetime="${week.sundayIso}">${week.sundayText}</time></p>
<#if current?? && !current.exact><p class="note"><@lich.notThisWeek current.thisWeek/> Dưới đây là lịch của tuần gần nhất đã đăng.</p></#if>
<#if week.note?has_content><p class="note">${week.note}</p></#if>
<#list week.days as day>
<section class="schedule-day" aria-labelledby="ngay-${day.dateIso}">
<h2 id="ngay-${day.dateIso}">${day.label}</h2>
<#if day.entries?has_content>
<div class="table-scroll">
<table class="schedule stack" aria-labelledby="ngay-${day.dateIso}">
<colgroup><col class="col-time"><col class="col-content"><col class="col-leader"><col class="col-participants"><col class="col-place"></colgroup>
<thead>
<tr><th scope="col">Giờ</th><th scope="col">Nội dung</th><th scope="col">Lãnh đạo</th><th scope="col">Thành phần</th><th scope="col">Địa điểm</th></tr>
</thead>
<tbody>
<#list day.entries as e>
<tr><td><time datetime="${e.timeIso}">${e.timeText}</time></td><td>${e.content}</td><td><span class="cell-label">Lãnh đạo: </span>${e.leader}</td><td><#if e.participants?has_content><span class="cell-label">Thành phần: </span>${e.participants}</#if></td><td><span class="cell-label">Địa điểm: </span>${e.place}</td></tr>
</#list>
</tbody>
</table>
</div>
<#else>
<p><@lich.noEntries/></p>
</#if>
</section>
</#list>
<#if previous?? || next??>
<nav class="prev-next" aria-label="Tuần trước và tuần sau">
<ul>
<#if previous??><li>Tuần trước: <a href="${site.base}${previous.url}" rel="prev">tuần ${previous.week}/${previous.year?c} (${previous.rangeText})</a></li></#if>
<#if next??><li>Tuần sau: <a href="${site.base}${next.url}" rel="next">tuần ${next.week}/${next.year?c} (${next.rangeText})</a></li></#if>
</ul>
</nav>
</#if>
<#if current??><p class="more">Trang riêng của tuần: <a href="${site.base}${week.url}">${week.title}</a></p>
<#else><p class="more"><a href="${site.base}lich-cong-tac/">Lịch công tác tuần này</a></p></#if>
<#else>
<p><@lich.none/></p>
</#if>
</@l.page>
