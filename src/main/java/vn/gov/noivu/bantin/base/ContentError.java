package vn.gov.noivu.bantin.base;

import java.util.Collection;

/**
 * A mistake in the site's sources, with its address: {@code path:line: field: message (hint)}, the
 * message and the hint taken from the {@link Catalog}, so it reads in Vietnamese for an editor and in
 * English for a maintainer. Paths are relative to the site root and use '/', so messages read the same
 * on every machine; a field is named as written in the front matter. A warning is collected with the
 * errors, at the same address, but stops nothing: the site is built, and the editor is told.
 */
public record ContentError(String path, int line, String field, Message message, Message hint, boolean warning)
        implements Comparable<ContentError> {

    /** An error; {@code hint} (how to fix it) may be null. */
    public static ContentError of(String path, int line, String field, Message message, Message hint) {
        return new ContentError(path, line, field, message, hint, false);
    }

    /** Something the editor should fix that does not stop the build. */
    public static ContentError warning(String path, int line, String field, Message message, Message hint) {
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

    /** {@code path:line: field: message (hint)} in {@code language}. */
    public String in(Language language) {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(message.in(language));
        String h = hint == null ? "" : hint.in(language);
        if (!h.isEmpty()) {
            sb.append(" (").append(h).append(')');
        }
        return sb.toString();
    }

    /** In Vietnamese, as editors read it. */
    @Override
    public String toString() {
        return in(Language.VI);
    }

    /** By file, line, field and message key, then text: the same order whatever the language they are shown in. */
    @Override
    public int compareTo(ContentError o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = String.valueOf(field).compareTo(String.valueOf(o.field));
        }
        if (c == 0) {
            c = message.key().compareTo(o.message.key());
        }
        return c != 0 ? c : toString().compareTo(o.toString());
    }
}
