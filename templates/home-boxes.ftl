<#-- The home page's boxes beside the news: the newest documents, and the work schedule of the build's day. -->
<#import "lich.ftl" as lich>
<#macro entries items withDay>
<ul>
<#list items as e><li><#if withDay>${e.dayLabel}, </#if><time datetime="${e.timeIso}">${e.timeText}</time>: ${e.content} (${e.leader}; ${e.place})</li>
</#list></ul>
</#macro>
<#if latestDocuments?? || schedule??>
<div class="home-boxes">
<#if latestDocuments??>
<section class="box" aria-labelledby="van-ban-moi">
<h2 id="van-ban-moi">Văn bản mới</h2>
<#if latestDocuments?has_content>
<ul>
<#list latestDocuments as d><li><a href="${site.base}${d.url}">${d.title}</a>: ${d.summary} <time datetime="${d.dateIso}">(${d.dateText})</time></li>
</#list></ul>
<#else>
<p>Chưa có văn bản nào.</p>
</#if>
<p class="more"><a href="${site.base}van-ban/">Tất cả văn bản</a></p>
</section>
</#if>
<#if schedule??>
<section class="box" aria-labelledby="lich-cong-tac">
<h2 id="lich-cong-tac">Lịch công tác</h2>
<h3>Hôm nay, ${schedule.todayLabel()}</h3>
<#if !schedule.weeks()?has_content>
<p><@lich.none/></p>
<#elseif !schedule.hasThisWeek()>
<p><@lich.notThisWeek schedule.thisWeek()/></p>
<#elseif schedule.todayEntries()?has_content>
<@entries items=schedule.todayEntries() withDay=false/><#t>
<#else>
<p><@lich.noEntries/></p>
</#if>
<#if schedule.upcoming(3)?has_content>
<h3>Sắp tới</h3>
<@entries items=schedule.upcoming(3) withDay=true/><#t>
</#if>
<p class="more"><a href="${site.base}lich-cong-tac/">Lịch công tác cả tuần</a></p>
</section>
</#if>
</div>
</#if>
