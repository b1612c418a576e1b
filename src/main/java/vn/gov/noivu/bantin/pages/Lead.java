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
        if (!startsWith(words(first), words(summary))) {
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
     * does not have are passed over ("ban hành kế hoạch (15/KH-UBND)" starts with "ban hành kế hoạch").
     */
    private static boolean startsWith(List<Word> paragraph, List<Word> summary) {
        int i = 0;
        for (Word w : paragraph) {
            if (i == summary.size()) {
                return true;
            }
            if (w.text().equals(summary.get(i).text())) {
                i++;
            } else if (!w.linked()) {
                return false;
            }
        }
        return i == summary.size();
    }

    /** The words (letters and digits, lower case, NFC) of an HTML fragment, entities read; a tag ends a word. */
    private static List<Word> words(String html) {
        List<Word> out = new ArrayList<>();
        int links = 0;
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int stop = tag < 0 ? html.length() : tag;
            split(Parser.unescapeEntities(html.substring(i, stop), false), links > 0, out);
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            String name = html.substring(tag, close < 0 ? html.length() : close + 1).toLowerCase(Locale.ROOT);
            if (name.startsWith("<a ") || name.equals("<a>")) {
                links++;
            } else if (name.equals("</a>") && links > 0) {
                links--;
            }
            i = close < 0 ? html.length() : close + 1;
        }
        return out;
    }

    private static void split(String text, boolean linked, List<Word> out) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int k = 0; k <= t.length(); k++) {
            char c = k < t.length() ? t.charAt(k) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(new Word(word.toString(), linked));
                word.setLength(0);
            }
        }
    }
}
