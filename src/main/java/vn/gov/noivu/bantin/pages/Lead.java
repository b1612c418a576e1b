package vn.gov.noivu.bantin.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * The lead (sa-pô) of an article or page, shown once. Editors usually take the summary from the text's first
 * paragraph: when that paragraph starts with the summary's words, it is the lead, shown in bold under the title
 * with its own links, and the text goes on from the next paragraph. Otherwise the summary is the lead and the
 * text is shown whole.
 *
 * @param paragraph the inner HTML of the text's first paragraph when it is the lead, else null
 * @param body      the text to show below the lead
 */
public record Lead(String paragraph, String body) {
    private static final String OPEN = "<p>";
    private static final String CLOSE = "</p>";

    /** The lead of a page whose summary is {@code summary} and whose text is the sanitized {@code bodyHtml}. */
    public static Lead of(String summary, String bodyHtml) {
        if (summary.isBlank() || !bodyHtml.startsWith(OPEN)) {
            return new Lead(null, bodyHtml);
        }
        int end = bodyHtml.indexOf(CLOSE); // a paragraph holds no paragraph: the first </p> closes it
        if (end < 0) {
            return new Lead(null, bodyHtml);
        }
        String first = bodyHtml.substring(OPEN.length(), end);
        if (!startsWith(new Words(first), new Words(summary))) {
            return new Lead(null, bodyHtml);
        }
        int rest = end + CLOSE.length();
        if (rest < bodyHtml.length() && bodyHtml.charAt(rest) == '\n') {
            rest++;
        }
        return new Lead(first, bodyHtml.substring(rest));
    }

    /** A word of the text, and whether it is the text of a link (a cited document's number, which a summary leaves out). */
    private record Word(String text, boolean linked) {
    }

    /**
     * True when {@code paragraph} starts with every word of {@code summary}, in order; words of links the summary
     * does not have are passed over ("ban hành kế hoạch (15/KH-UBND)" starts with "ban hành kế hoạch"). Words are
     * read as they are compared: most first paragraphs differ from the summary in their first words.
     */
    private static boolean startsWith(Words paragraph, Words summary) {
        Word s = summary.next();
        for (Word w = paragraph.next(); w != null; w = paragraph.next()) {
            if (s == null) {
                return true;
            }
            if (w.text().equals(s.text())) {
                s = summary.next();
            } else if (!w.linked()) {
                return false;
            }
        }
        return s == null;
    }

    /**
     * The words (letters and digits, lower case, NFC) of an HTML fragment, entities read, one at a time; a tag
     * ends a word.
     */
    private static final class Words {
        private final String html;
        /** Where the next run of text (up to a tag) starts in {@code html}. */
        private int at;
        private int links;
        /** The current run, composed and in lower case, and where its next word is looked for. */
        private String run = "";
        private int k;
        private boolean linked;

        Words(String html) {
            this.html = html;
        }

        /** The next word, or null after the last. */
        Word next() {
            while (true) {
                while (k < run.length() && !Character.isLetterOrDigit(run.charAt(k))) {
                    k++;
                }
                if (k < run.length()) {
                    int start = k;
                    while (k < run.length() && Character.isLetterOrDigit(run.charAt(k))) {
                        k++;
                    }
                    return new Word(run.substring(start, k), linked);
                }
                if (at >= html.length()) {
                    return null;
                }
                readRun();
            }
        }

        /** Takes the text up to the next tag as the current run, and steps over that tag. */
        private void readRun() {
            int tag = html.indexOf('<', at);
            int stop = tag < 0 ? html.length() : tag;
            run = Normalizer.normalize(Parser.unescapeEntities(html.substring(at, stop), false), Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            k = 0;
            linked = links > 0;
            if (tag < 0) {
                at = html.length();
                return;
            }
            int close = html.indexOf('>', tag);
            String name = html.substring(tag, close < 0 ? html.length() : close + 1).toLowerCase(Locale.ROOT);
            if (name.startsWith("<a ") || name.equals("<a>")) {
                links++;
            } else if (name.equals("</a>") && links > 0) {
                links--;
            }
            at = close < 0 ? html.length() : close + 1;
        }
    }
}
