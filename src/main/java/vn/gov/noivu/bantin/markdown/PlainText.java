package vn.gov.noivu.bantin.markdown;

/**
 * The HTML of the text most news articles are: paragraphs of plain sentences (one perhaps opening with a bold
 * lead-in, "**Ban Tôn giáo** – …"), headings, and short lists ("- …", "1. …"). Such a text needs no Markdown
 * tree, and writing it straight saves Flexmark's parser most of an article's rendering. Anything else — a
 * link, picture, table, quote, code, emphasis inside a sentence, an escape, entity or indent, a space at a
 * line's end, a list that a blank line or a sentence would make loose or lazy — returns null and goes to
 * Flexmark. The output is byte for byte what Flexmark's tree and {@link HtmlWriter} make (PlainTextTest
 * compares the two on the site, the fixtures, a generated corpus and random texts).
 */
final class PlainText {
    /** What the last line opened and left open. */
    private static final int NOTHING = 0;
    private static final int PARAGRAPH = 1;
    private static final int BULLETS = 2;
    private static final int NUMBERS = 3;

    private PlainText() {
    }

    /** The HTML of {@code body}, or null when it holds more than plain paragraphs, headings and lists. */
    static String html(String body) {
        char[] s = body.toCharArray();
        StringBuilder out = new StringBuilder(s.length + s.length / 8);
        int open = NOTHING;
        boolean listBefore = false; // a list ended by a blank line: another item would join it, loose
        int start = 0;
        while (start < s.length) {
            int end = start;
            while (end < s.length && s[end] != '\n') {
                end++;
            }
            if (end == start) {
                listBefore |= open == BULLETS || open == NUMBERS;
                open = close(open, out);
            } else if (s[start] == ' ' || s[end - 1] == ' ') {
                return null; // an indent; a hard line break
            } else if (s[start] == '#') {
                int level = 0;
                while (start + level < end && s[start + level] == '#') {
                    level++;
                }
                if (level > 6 || start + level + 1 >= end || s[start + level] != ' ' || s[start + level + 1] == ' '
                        || open == BULLETS || open == NUMBERS) {
                    return null;
                }
                open = close(open, out);
                listBefore = false;
                String tag = "h" + Math.max(2, level); // the page's only h1 is its title (as Markdown.read does)
                out.append('<').append(tag).append('>');
                if (!text(s, start + level + 1, end, out, true)) {
                    return null;
                }
                out.append("</").append(tag).append(">\n");
            } else {
                int item = item(s, start, end);
                if (item < 0) {
                    return null;
                }
                if (item > 0) {
                    int kind = s[start] == '-' ? BULLETS : NUMBERS;
                    if (open != kind) {
                        if (open != NOTHING || listBefore || kind == NUMBERS && !(item == start + 3 && s[start] == '1')) {
                            return null; // under a sentence or another kind of list; a numbered list not from 1
                        }
                        out.append(kind == BULLETS ? "<ul>\n" : "<ol>\n");
                        open = kind;
                    }
                    out.append("<li>");
                    if (startsBlock(s, item, end) || !text(s, item, end, out, false)) {
                        return null;
                    }
                    out.append("</li>\n");
                } else {
                    if (open == BULLETS || open == NUMBERS) {
                        return null; // a sentence right under a list item continues it
                    }
                    if (!paragraphLine(s, start, end, open == PARAGRAPH, out)) {
                        return null;
                    }
                    open = PARAGRAPH;
                    listBefore = false;
                }
            }
            start = end + 1;
        }
        close(open, out);
        return out.toString();
    }

    private static int close(int open, StringBuilder out) {
        switch (open) {
            case PARAGRAPH -> out.append("</p>\n");
            case BULLETS -> out.append("</ul>\n");
            case NUMBERS -> out.append("</ol>\n");
            default -> {
            }
        }
        return NOTHING;
    }

    /**
     * Where the text of a list item on s[start, end) starts ("- " or digits and ". "), 0 for a line that is
     * not one, -1 for a line that starts another kind of block or list (or is an item without text).
     */
    private static int item(char[] s, int start, int end) {
        char c = s[start];
        if (c == '-') {
            return end - start > 2 && s[start + 1] == ' ' ? start + 2 : -1;
        }
        if (c >= '0' && c <= '9') {
            int d = start;
            while (d < end && s[d] >= '0' && s[d] <= '9') {
                d++;
            }
            if (d < end && (s[d] == '.' || s[d] == ')')) {
                return s[d] == '.' && d - start <= 9 && d + 2 < end && s[d + 1] == ' ' ? d + 2 : -1;
            }
            return 0;
        }
        return c == '+' || c == '=' || c == '*' && (end - start < 2 || s[start + 1] != '*') ? -1 : 0;
    }

    /** Whether text starting at s[from] would open a block of its own inside a list item. */
    private static boolean startsBlock(char[] s, int from, int end) {
        char c = s[from];
        return c == ' ' || c == '#' || c == '-' || c == '+' || c == '=' || c == '*' || item(s, from, end) != 0;
    }

    /** Writes a line of a paragraph (continuing one when {@code more}); false if it is more than plain text. */
    private static boolean paragraphLine(char[] s, int start, int end, boolean more, StringBuilder out) {
        out.append(more ? "\n" : "<p>");
        int i = start;
        if (s[start] == '*') { // "**Lead-in** text": strong from the line's start to "**" and a space or the end
            int close = start + 2;
            while (close + 1 < end && !(s[close] == '*' && s[close + 1] == '*')) {
                close++;
            }
            if (close + 1 >= end || close == start + 2 || space(s[start + 2]) || space(s[close - 1])
                    || close + 2 < end && s[close + 2] != ' ') {
                return false;
            }
            out.append("<strong>");
            if (!text(s, start + 2, close, out, false)) {
                return false;
            }
            out.append("</strong>");
            i = close + 2;
        }
        return text(s, i, end, out, false);
    }

    /** Whitespace as emphasis sees it: Unicode's (a no-break space too), on either side of "**". */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Writes s[from, to) escaped as {@link HtmlWriter} does; false at any character Markdown gives a meaning
     * (and at '#' in a heading, which may close it).
     */
    private static boolean text(char[] s, int from, int to, StringBuilder out, boolean heading) {
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '"') {
                out.append(s, copied, i - copied).append("&quot;");
                copied = i + 1;
            } else if (c < ' ' || c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>'
                    || c == '&' || c == '|' || c == '~' || heading && c == '#') {
                return false;
            }
        }
        out.append(s, copied, to - copied);
        return true;
    }
}
