<#-- The work schedule's sentences for what it lacks: the same words on the home page and on lich-cong-tac/. -->
<#-- No week file at all. -->
<#macro none>Chưa có lịch công tác nào.</#macro>
<#-- No file for the week of the build's day; thisWeek is its dates, "07/12/2026 – 13/12/2026". -->
<#macro notThisWeek thisWeek>Chưa có lịch công tác của tuần này (${thisWeek}).</#macro>
<#-- A day of a published week without entries. -->
<#macro noEntries>Không có lịch công tác.</#macro>
