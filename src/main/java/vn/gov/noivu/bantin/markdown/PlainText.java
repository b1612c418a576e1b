package vn.gov.noivu.bantin.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML of the text most news articles are: paragraphs of plain sentences (one perhaps opening with a bold
 * lead-in, "**Ban Tôn giáo** – …"), headings, short lists ("- …", "1. …") and links written
 * "[words](/address/ or https://…)" and tables of words. Such a text needs no Markdown tree, and writing it straight saves
 * Flexmark's parser most of an article's rendering. Anything else — a picture, quote, code, a
 * citation, emphasis inside a sentence, an escape, entity or indent, a space at a line's end, a list that a
 * blank line or a sentence would make loose or lazy, a link of another kind — returns null and goes to
 * Flexmark. The output and the links found are what {@link Markdown}'s reading of Flexmark's tree makes,
 * byte for byte (PlainTextTest compares the two on the site, the fixtures, a generated corpus and random
 * texts).
 */
final class PlainText {
    /** A link as written, and the line of the text it is on (from 0). */
    record Link(String href, int line) {
    }

    /** The HTML and the links to check of a plain text. */
    record Plain(String html, List<Link> links) {
    }

    /** What the last line opened and left open. */
    private static final int NOTHING = 0;
    private static final int PARAGRAPH = 1;
    private static final int BULLETS = 2;
    private static final int NUMBERS = 3;

    private final char[] s;
    private final StringBuilder out;
    /** The site's path prefix, put in front of a link that starts with '/'. */
    private final String basePath;
    private final List<Link> links = new ArrayList<>();
    /** The line being written, from 0. */
    private int line;

    private PlainText(String body, String basePath) {
        this.s = body.toCharArray();
        this.out = new StringBuilder(s.length + s.length / 8);
        this.basePath = basePath;
    }

    /**
     * The HTML of {@code body} and its links, or null when it holds more than plain paragraphs, headings, lists
     * and links; {@code basePath} is the site's path prefix ("/" or "/noivu/").
     */
    static Plain read(String body, String basePath) {
        PlainText t = new PlainText(body, basePath);
        return t.write() ? new Plain(t.out.toString(), List.copyOf(t.links)) : null;
    }

    private boolean write() {
        int open = NOTHING;
        boolean listBefore = false; // a list ended by a blank line: another item would join it, loose
        int start = 0;
        while (start < s.length) {
            int end = lineEnd(start);
            if (end == start) {
                listBefore |= open == BULLETS || open == NUMBERS;
                open = close(open);
            } else if (s[start] == ' ' || s[end - 1] == ' ') {
                return false; // an indent; a hard line break
            } else if (s[start] == '|') {
                if (open != NOTHING) {
                    return false; // a table under a sentence or a list item
                }
                end = table(start);
                if (end < 0) {
                    return false;
                }
                listBefore = false;
            } else if (s[start] == '#') {
                int level = 0;
                while (start + level < end && s[start + level] == '#') {
                    level++;
                }
                if (level > 6 || start + level + 1 >= end || s[start + level] != ' ' || s[start + level + 1] == ' '
                        || open == BULLETS || open == NUMBERS) {
                    return false;
                }
                open = close(open);
                listBefore = false;
                String tag = "h" + Math.max(2, level); // the page's only h1 is its title (as Markdown.read does)
                out.append('<').append(tag).append('>');
                if (!text(start + level + 1, end, true)) {
                    return false;
                }
                out.append("</").append(tag).append(">\n");
            } else {
                int item = item(start, end);
                if (item < 0) {
                    return false;
                }
                if (item > 0) {
                    int kind = s[start] == '-' ? BULLETS : NUMBERS;
                    if (open != kind) {
                        if (open != NOTHING || listBefore || kind == NUMBERS && !(item == start + 3 && s[start] == '1')) {
                            return false; // under a sentence or another kind of list; a numbered list not from 1
                        }
                        out.append(kind == BULLETS ? "<ul>\n" : "<ol>\n");
                        open = kind;
                    }
                    out.append("<li>");
                    if (startsBlock(item, end) || !text(item, end, false)) {
                        return false;
                    }
                    out.append("</li>\n");
                } else {
                    if (open == BULLETS || open == NUMBERS) {
                        return false; // a sentence right under a list item continues it
                    }
                    if (!paragraphLine(start, end, open == PARAGRAPH)) {
                        return false;
                    }
                    open = PARAGRAPH;
                    listBefore = false;
                }
            }
            start = end + 1;
            line++;
        }
        close(open);
        return true;
    }

    /**
     * Writes the table whose first line starts at {@code start}: a header row, a separator row of "---"
     * (":---", "---:", ":---:" for alignment) and body rows, each "| cell | cell |" with as many cells of
     * words, and a blank line or the end after it. Returns where its last line ends, or -1 for any other
     * table (a cell empty or spanning, rows of other lengths, a caption, a link or mark in a cell).
     */
    private int table(int start) {
        List<int[]> rows = new ArrayList<>(); // [start, end) of each line
        int at = start;
        while (at < s.length && s[at] == '|') {
            int end = lineEnd(at);
            rows.add(new int[] {at, end});
            at = end + 1;
        }
        if (rows.size() < 3 || at < s.length && s[at] != '\n') {
            return -1;
        }
        List<int[]> header = cells(rows.get(0));
        List<int[]> separator = cells(rows.get(1));
        if (header == null || separator == null || separator.size() != header.size()) {
            return -1;
        }
        String[] align = new String[header.size()];
        for (int c = 0; c < align.length; c++) {
            int[] cell = separator.get(c);
            boolean left = s[cell[0]] == ':';
            boolean right = s[cell[1] - 1] == ':';
            int dashes = cell[1] - cell[0] - (left ? 1 : 0) - (right ? 1 : 0);
            for (int i = cell[0] + (left ? 1 : 0); i < cell[1] - (right ? 1 : 0); i++) {
                if (s[i] != '-') {
                    return -1;
                }
            }
            if (dashes < 3) {
                return -1;
            }
            align[c] = left && right ? " class=\"text-center\"" : left ? " class=\"text-left\"" : right ? " class=\"text-right\"" : "";
        }
        out.append("<table>\n<thead>\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1) {
                out.append("</thead>\n<tbody>\n");
                continue;
            }
            List<int[]> cells = r == 0 ? header : cells(rows.get(r));
            if (cells == null || cells.size() != align.length) {
                return -1;
            }
            for (int[] cell : cells) {
                if (dashes(cell)) {
                    return -1; // a row that may read as the separator
                }
            }
            String tag = r == 0 ? "th" : "td";
            out.append("<tr>");
            for (int c = 0; c < align.length; c++) {
                out.append('<').append(tag).append(align[c]).append('>');
                if (!words(cells.get(c)[0], cells.get(c)[1], false)) {
                    return -1;
                }
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        line += rows.size() - 1;
        return rows.get(rows.size() - 1)[1];
    }

    /** Whether a cell holds only '-' and ':'. */
    private boolean dashes(int[] cell) {
        for (int i = cell[0]; i < cell[1]; i++) {
            if (s[i] != '-' && s[i] != ':') {
                return false;
            }
        }
        return true;
    }

    /** The cells of a row "| a | b |", each [start, end) without its spaces; null if the row is not of that form or a cell is empty. */
    private List<int[]> cells(int[] row) {
        int from = row[0];
        int to = row[1];
        if (to - from < 3 || s[from] != '|' || s[to - 1] != '|') {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        int i = from + 1;
        while (i < to) {
            int bar = i;
            while (s[bar] != '|') {
                bar++;
            }
            int a = i;
            int b = bar;
            while (a < b && s[a] == ' ') {
                a++;
            }
            while (b > a && s[b - 1] == ' ') {
                b--;
            }
            if (a == b) {
                return null;
            }
            cells.add(new int[] {a, b});
            i = bar + 1;
        }
        return cells;
    }

    /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
    private int lineEnd(int start) {
        int end = start;
        while (end < s.length && s[end] != '\n') {
            end++;
        }
        return end;
    }

    private int close(int open) {
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
    private int item(int start, int end) {
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
    private boolean startsBlock(int from, int end) {
        char c = s[from];
        return c == ' ' || c == '#' || c == '-' || c == '+' || c == '=' || c == '*' || item(from, end) != 0;
    }

    /** Writes a line of a paragraph (continuing one when {@code more}); false if it is more than plain text. */
    private boolean paragraphLine(int start, int end, boolean more) {
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
            if (!words(start + 2, close, false)) {
                return false;
            }
            out.append("</strong>");
            i = close + 2;
        }
        return text(i, end, false);
    }

    /** Whitespace as emphasis sees it: Unicode's (a no-break space too), on either side of "**". */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Writes s[from, to), words and links "[words](address)", as {@link HtmlWriter} does; false at any
     * other character Markdown gives a meaning (and at '#' in a heading, which may close it).
     */
    private boolean text(int from, int to, boolean heading) {
        int i = from;
        while (i < to) {
            int open = i;
            while (open < to && s[open] != '[') {
                open++;
            }
            if (!words(i, open, heading)) {
                return false;
            }
            if (open == to) {
                return true;
            }
            if (open > i && s[open - 1] == '!') {
                return false; // a picture
            }
            int close = open + 1;
            while (close < to && s[close] != ']' && s[close] != '[') {
                close++;
            }
            if (close >= to || s[close] != ']' || close == open + 1 || close + 1 >= to || s[close + 1] != '(') {
                return false; // a reference, citation or bracket: Flexmark's
            }
            int end = close + 2;
            while (end < to && s[end] != ')') {
                char c = s[end];
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:/?#@!$+,;=%".indexOf(c) >= 0)) {
                    return false; // a space, title, parenthesis, quote, entity or escape, a letter not ASCII
                }
                end++;
            }
            if (end >= to || end == close + 2) {
                return false;
            }
            String href = new String(s, close + 2, end - close - 2);
            String lower = href.toLowerCase(java.util.Locale.ROOT);
            boolean web = lower.startsWith("http:") || lower.startsWith("https:");
            if (!web && (href.startsWith("#") || href.startsWith("//") || Markdown.hasScheme(href))) {
                return false; // a fragment, another host without a scheme, mailto:, tel:, or an error
            }
            out.append("<a href=\"").append(href.startsWith("/") ? basePath + href.substring(1) : href).append("\">");
            if (!words(open + 1, close, heading)) {
                return false;
            }
            out.append("</a>");
            if (!web) {
                links.add(new Link(href, line));
            }
            i = end + 1;
        }
        return true;
    }

    /**
     * Writes s[from, to) escaped as {@link HtmlWriter} does; false at any character Markdown gives a meaning
     * (and at '#' in a heading, which may close it).
     */
    private boolean words(int from, int to, boolean heading) {
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
