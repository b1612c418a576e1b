package vn.gov.noivu.bantin.content;

/**
 * Where every generated file lives, as site paths (relative to the site root, no leading '/').
 * One place, so links, files, feeds and checks can never disagree.
 */
public final class Urls {
    private Urls() {
    }

    public static String article(String slug) {
        return "tin-tuc/" + slug + ".html";
    }

    public static String page(String slug) {
        return slug + ".html";
    }

    public static String category(String slug) {
        return "chuyen-muc/" + slug + "/";
    }

    public static String tag(String slug) {
        return "chu-de/" + slug + "/";
    }

    public static final String TAGS_INDEX = "chu-de/";
    public static final String HOME = "";
    public static final String NOT_FOUND = "404.html";
    /** The feed directory, "Đăng ký nhận tin RSS". */
    public static final String FEEDS = "dang-ky-nhan-tin.html";

    /** Page n (from 1) of a listing that starts at {@code first} ("" for home, "chuyen-muc/x/"). */
    public static String listingPage(String first, int n) {
        return n <= 1 ? first : first + "trang-" + n + ".html";
    }

    /** The file a site path is written to: a path ending in '/' gets index.html. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
