package vn.gov.noivu.bantin.base;

/**
 * A mistake in the site's sources, with its address: {@code path:line: field: message (hint)}.
 * Paths are relative to the site root and use '/', so messages read the same on every machine.
 */
public record ContentError(String path, int line, String field, String message, String hint)
        implements Comparable<ContentError> {

    public static ContentError of(String path, int line, String field, String message, String hint) {
        return new ContentError(path, line, field, message, hint);
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
