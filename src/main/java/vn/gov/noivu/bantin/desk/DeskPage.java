package vn.gov.noivu.bantin.desk;

import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;

/**
 * The desk's own page, {@code quan-tri/index.html}: Vietnamese, kept out of search engines, with its
 * Content-Security-Policy, a message while Decap CMS starts (and for a browser without JavaScript), then the desk's
 * script and Decap's, deferred in that order (the first asks Decap to wait until it has registered the site's parts).
 */
final class DeskPage {
    private DeskPage() {
    }

    static String html(SiteConfig config, Cms cms, String policy) {
        Language vi = Language.VI;
        String title = Message.of("desk.page.title", config.title()).in(vi);
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(policy) + "\">\n"
                + "<meta name=\"generator\" content=\"" + escape("Decap CMS " + cms.version + " (" + cms.license + ")") + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<script src=\"ban-tin.js\" defer></script>\n"
                + "<script src=\"" + Cms.SCRIPT + "\" defer></script>\n"
                + "</head>\n<body>\n<main id=\"ban-tin-desk\">\n<h1>" + escape(title) + "</h1>\n"
                + "<p>" + escape(Message.of("desk.page.loading").in(vi)) + "</p>\n"
                + "<noscript><p>" + escape(Message.of("desk.page.noScript").in(vi)) + "</p></noscript>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
