package vn.gov.noivu.bantin.base;

import java.util.Collection;

/**
 * A mistake in the site's sources, with its address: {@code path:line: field: message (hint)}.
 * Paths are relative to the site root and use '/', so messages read the same on every machine. A
 * warning is collected with the errors, at the same address, but stops nothing: the site is built, and
 * the editor is told.
 */
public record ContentError(String path, int line, String field, String message, String hint, boolean warning)
        implements Comparable<ContentError> {

    public static ContentError of(String path, int line, String field, String message, String hint) {
        return new ContentError(path, line, field, message, hint, false);
    }

    /** Something the editor should fix that does not stop the build. */
    public static ContentError warning(String path, int line, String field, String message, String hint) {
        return new ContentError(path, line, field, message, hint, true);
    }

    /** True when {@code problems} hold an error, not only warnings. */
    public static boolean anyError(Collection<ContentError> problems) {
        for (ContentError p : problems) {
            if (!p.warning) {
                return true;
            }
        }
        return false;
    }

    /** How many of {@code problems} are errors. */
    public static int errors(Collection<ContentError> problems) {
        int n = 0;
        for (ContentError p : problems) {
            n += p.warning ? 0 : 1;
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(message);
        if (hint != null && !hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }

    @Override
    public int compareTo(ContentError o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : toString().compareTo(o.toString());
    }
}
