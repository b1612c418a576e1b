package vn.gov.noivu.bantin.base;

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

    /** The language of every article and of a page without {@code lang:}. */
    public static final String VIETNAMESE = "vi";

    public static String page(String slug) {
        return slug + ".html";
    }

    /** A static page: "gioi-thieu.html", or under the language's folder for a translation ("en/introduction.html"). */
    public static String page(String slug, String lang) {
        return lang.equals(VIETNAMESE) ? page(slug) : lang + "/" + page(slug);
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

    /** The documents registry (văn bản): the list, newest first, and one page per document. */
    public static final String DOCUMENTS = "van-ban/";
    /** The registry oldest first. */
    public static final String DOCUMENTS_OLDEST_FIRST = "van-ban/cu-nhat-truoc/";
    /** The feed of new documents, "Văn bản mới". */
    public static final String DOCUMENTS_FEED = "van-ban/feed.xml";

    public static String document(String slug) {
        return DOCUMENTS + slug + ".html";
    }

    /** Documents of one type (loại văn bản), e.g. "van-ban/loai/nghi-dinh/". */
    public static String documentType(String slug) {
        return DOCUMENTS + "loai/" + slug + "/";
    }

    /** Documents of one field (lĩnh vực), e.g. "van-ban/linh-vuc/cai-cach-hanh-chinh/". */
    public static String documentField(String slug) {
        return DOCUMENTS + "linh-vuc/" + slug + "/";
    }

    /** Documents issued in one year, e.g. "van-ban/nam/2014/". */
    public static String documentYear(int year) {
        return DOCUMENTS + "nam/" + year + "/";
    }

    /** The work schedule (lịch công tác): always the current week. */
    public static final String SCHEDULE = "lich-cong-tac/";

    /** One week of the schedule, e.g. "lich-cong-tac/2026-w48.html" for ISO week 2026-W48. */
    public static String scheduleWeek(int year, int week) {
        return SCHEDULE + String.format(java.util.Locale.ROOT, "%d-w%02d.html", year, week);
    }

    /** The archive: every month that has articles, by year; then one page per year and per month. */
    public static final String ARCHIVE = "luu-tru/";
    /** The search page; its script and index are written beside it by the search stage. */
    public static final String SEARCH = "tim-kiem.html";
    public static final String SEARCH_INDEX = "search-index.json";
    public static final String SEARCH_SCRIPT = "js/tim-kiem.js";
    /** The editors' desk (Decap CMS): its page, configuration and scripts, when the site has one (desk.backend). */
    public static final String DESK = "quan-tri/";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** A part of a sitemap split in parts: "sitemap-2.xml" (sitemap.xml is then their index). */
    private static final java.util.regex.Pattern SITEMAP_PART = java.util.regex.Pattern.compile("sitemap-[0-9]+\\.xml");

    /** Part {@code k} (from 1) of a sitemap split in parts. */
    public static String sitemapPart(int k) {
        return "sitemap-" + k + ".xml";
    }

    /** Whether {@code sitePath} is the address of a part of a sitemap split in parts. */
    public static boolean isSitemapPart(String sitePath) {
        return sitePath.startsWith("sitemap-") && SITEMAP_PART.matcher(sitePath).matches();
    }

    public static String archiveYear(int year) {
        return ARCHIVE + year + "/";
    }

    /** "luu-tru/2014/01/": the month always has two digits. */
    public static String archiveMonth(int year, int month) {
        return archiveYear(year) + (month < 10 ? "0" : "") + month + "/";
    }

    /** The pages a listing of {@code items} takes at {@code perPage} a page: at least one, an empty listing still has its first page. */
    public static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
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
