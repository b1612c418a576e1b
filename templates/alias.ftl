<#-- An old address of a moved article: a redirect page that also works without JavaScript. -->
<#import "layout.ftl" as l>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${article.title} – ${site.title}</title>
<link rel="canonical" href="${site.url}${article.url}">
<@l.icons/>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${site.base}${article.url}">
</head>
<body>
<p>Bài viết đã chuyển đến <a href="${site.base}${article.url}">${article.title}</a>.</p>
</body>
</html>
