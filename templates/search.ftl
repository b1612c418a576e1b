<#-- The search page (articles, documents, pages): the form works with the script js/tim-kiem.js; without JavaScript it says so and points to the archive and the documents' lists. -->
<#import "layout.ftl" as l>
<#-- The index download starts with the page, not after the script. -->
<#assign head><link rel="preload" href="${site.base}search-index.json" as="fetch" crossorigin>
</#assign>
<@l.page title="Tìm kiếm" description="Tìm tin bài, văn bản và trang giới thiệu của " + site.title + " theo tiêu đề, tóm tắt, chủ đề, chuyên mục, số ký hiệu hoặc trích yếu."
  breadcrumbs=[{"name": "Tìm kiếm"}] head_extra=head>
<h1>Tìm kiếm</h1>
<form id="tim-kiem" class="search-form" role="search" aria-label="Tìm tin bài, văn bản" action="${site.base}tim-kiem.html" method="get"
  data-index="${site.base}search-index.json" data-base="${site.base}">
<label for="tu-khoa">Từ khóa hoặc số ký hiệu văn bản (gõ có dấu hoặc không dấu đều được)</label>
<div class="search-row">
<input type="search" id="tu-khoa" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Tìm</button>
</div>
</form>
<noscript><p class="notice">Trình duyệt của bạn đang tắt JavaScript nên trang này không tìm kiếm được. Bạn vẫn tìm được tin bài theo <a href="${site.base}luu-tru/">lưu trữ theo tháng</a>, theo <a href="${site.base}chu-de/">chủ đề</a> hoặc theo chuyên mục ở đầu trang<#if site.hasDocuments>, và văn bản trong <a href="${site.base}van-ban/">danh sách văn bản</a> theo loại, lĩnh vực, năm</#if>.</p></noscript>
<p id="trang-thai-tim-kiem" class="search-status" role="status"></p>
<ol id="ket-qua-tim-kiem" class="search-results"></ol>
<p class="search-help">Không thấy điều cần tìm? Xem <a href="${site.base}luu-tru/">lưu trữ theo tháng</a>, <a href="${site.base}chu-de/">các chủ đề</a><#if site.hasDocuments> hoặc <a href="${site.base}van-ban/">danh sách văn bản</a></#if>.</p>
<script src="${site.base}js/tim-kiem.js" defer></script>
</@l.page>
