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

    /** The archive: every month that has articles, by year; then one page per year and per month. */
    public static final String ARCHIVE = "luu-tru/";
    /** The search page; its script and index are written beside it by the search stage. */
    public static final String SEARCH = "tim-kiem.html";
    public static final String SEARCH_INDEX = "search-index.json";
    public static final String SEARCH_SCRIPT = "js/tim-kiem.js";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    public static String archiveYear(int year) {
        return ARCHIVE + year + "/";
    }

    /** "luu-tru/2014/01/": the month always has two digits. */
    public static String archiveMonth(int year, int month) {
        return archiveYear(year) + (month < 10 ? "0" : "") + month + "/";
    }

    /** Page n (from 1) of a listing that starts at {@code first} ("" for home, "chuyen-muc/x/"). */
    public static String listingPage(String first, int n) {
        return n <= 1 ? first : first + "trang-" + n + ".html";
    }

    /** The file a site path is written to: a path ending in '/' gets index.html. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
