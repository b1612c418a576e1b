<#import "layout.ftl" as l>
<@l.page title="Không tìm thấy trang" description="Trang bạn tìm không có trên " + site.title>
<h1>Không tìm thấy trang</h1>
<p>Địa chỉ bạn mở không có trên trang này, hoặc bài viết đã được gỡ xuống.</p>
<p><a href="${site.base}">Về trang chủ</a> hoặc xem <a href="${site.base}chu-de/">các chủ đề</a>.</p>
</@l.page>
