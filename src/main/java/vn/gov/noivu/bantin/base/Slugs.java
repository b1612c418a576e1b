package vn.gov.noivu.bantin.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The one slug function of the site: articles, pages, categories and tags all go through it. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** A slug: lower-case ASCII words of letters and digits joined by single dashes. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Long titles make long URLs; cut at a word boundary past this length. */
    static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    /** "Sở Nội vụ" → "so-noi-vu", "Đảng ủy" → "dang-uy"; returns "" when nothing ASCII is left. */
    public static String slugify(String text) {
        // Most file names are slugs already (a slug's words joined by single dashes): nothing to fold or replace.
        String slug = isSlugLike(text) ? text : NOT_ALNUM.matcher(fold(text)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return trimDashes(slug);
    }

    /** Lower case, Vietnamese tone and vowel marks dropped, Đ/đ → d: the form search and slugs compare on. */
    public static String fold(String text) {
        String s = text.replace('Đ', 'd').replace('đ', 'd');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a slug this function could have produced (used to check a `slug:` override). */
    public static boolean isValid(String slug) {
        return !slug.isEmpty() && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    /** True when {@code s} holds only a-z, 0-9 and dashes that do not follow one another. */
    private static boolean isSlugLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && (i == 0 || s.charAt(i - 1) != '-'))) {
                return false;
            }
        }
        return true;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
