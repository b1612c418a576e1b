package vn.gov.noivu.bantin.serve;

import java.util.List;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;

/**
 * What the preview adds to an HTML page as it is served, right after {@code <body>}: the reload script
 * carrying the build number the page belongs to, and only when there is something to show, the error
 * overlay while the last run failed or the banner of a page readers cannot see yet, with their
 * stylesheet. A page without either is the published page plus the script.
 */
final class Inject {
    /** The page served while there is no site to show yet: the first build is running, or it failed (the snapshot's errors). */
    static String emptyPage(Snapshot s) {
        Language language = s.language();
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(Message.of("preview.title").in(language)) + "</title>\n</head>\n<body>\n<p>"
                + escape(Message.of(s.errors().isEmpty() ? "preview.building" : "preview.nothingYet").in(language))
                + "</p>\n</body>\n</html>\n";
    }

    private Inject() {
    }

    static String page(String html, Snapshot s, String sitePath) {
        StringBuilder add = new StringBuilder(256).append('\n');
        String banner = s.banners().get(sitePath);
        if (!s.errors().isEmpty() || banner != null) {
            add.append("<link rel=\"stylesheet\" href=\"").append(PreviewServer.PREFIX).append("preview.css\">\n");
        }
        if (!s.errors().isEmpty()) {
            overlay(add, s.errors(), s.configError(), s.language());
        }
        if (banner != null) {
            add.append("<p class=\"bantin-preview-banner\" role=\"status\">").append(escape(banner)).append("</p>\n");
        }
        add.append("<script src=\"").append(PreviewServer.PREFIX).append("reload.js\" data-build=\"")
                .append(s.generation()).append("\"></script>\n");
        int body = html.indexOf("<body");
        int at = body < 0 ? -1 : html.indexOf('>', body);
        return at < 0 ? add + html : html.substring(0, at + 1) + add + html.substring(at + 1);
    }

    private static void overlay(StringBuilder add, List<ContentError> errors, boolean settings, Language language) {
        add.append("<section class=\"bantin-preview-errors\" role=\"alert\" aria-labelledby=\"bantin-preview-errors\">\n")
                .append("<h2 id=\"bantin-preview-errors\">")
                .append(escape(Message.of(settings ? "preview.settingsErrors" : "preview.errors", errors.size()).in(language)))
                .append("</h2>\n<p>").append(escape(Message.of("preview.howToFix").in(language))).append("</p>\n<ol>\n");
        for (ContentError e : errors) {
            add.append("<li><code>").append(escape(e.in(language))).append("</code></li>\n");
        }
        add.append("</ol>\n</section>\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
