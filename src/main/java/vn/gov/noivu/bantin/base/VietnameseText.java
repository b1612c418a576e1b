package vn.gov.noivu.bantin.base;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese text as editors' keyboards produce it, made the one form the site publishes. Unikey's and
 * EVKey's "Unicode tổ hợp" and many macOS tools write decomposed text (a letter, then its marks as
 * separate characters: Unicode NFD); it is composed (NFC) here, before anything else reads it, and the
 * editor is told once per file. Text typed in the old 8-bit encodings TCVN3 (ABC, the {@code .Vn} fonts)
 * or VNI and pasted as Unicode shows their bytes as Latin-1 letters ("Së Néi vô", "Sôû Noäi vuï"); a line
 * whose odd words read as Vietnamese once decoded with one of them gets a warning naming the likely words.
 */
public final class VietnameseText {
    /** An old encoding whose bytes, read as Latin-1, turn Vietnamese into strings such as "Së Néi vô". */
    public enum Legacy {
        TCVN3("TCVN3 (ABC)"), VNI("VNI Windows");

        /** The name Unikey's converter gives it. */
        public final String label;

        Legacy(String label) {
            this.label = label;
        }
    }

    /** A word that reads as Vietnamese once decoded: as written, and as it probably was meant. */
    public record Garbled(Legacy encoding, String written, String meant) {
    }

    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    /** Latin-1 characters the two encodings use that no Vietnamese word contains (° ± ² ³ ´ º ¿ are not theirs). */
    private static final boolean[] MARKER = new boolean[0x100];

    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<String, String> VNI = new HashMap<>();

    static {
        for (char c = 0xA1; c <= 0xFF; c++) {
            MARKER[c] = VIETNAMESE_LATIN1.indexOf(c) < 0 && "°±²³´º¿".indexOf(c) < 0;
        }
        String uni = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
        String tcvn3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦";
        for (int i = 0; i < uni.length(); i++) {
            TCVN3.put(tcvn3.charAt(i), uni.substring(i, i + 1));
        }
        // VNI: a base letter followed by a mark (or one character for ơ, ư, đ and the i's); upper case alike.
        String[][] vni = {
            {"á", "aù"}, {"à", "aø"}, {"ả", "aû"}, {"ã", "aõ"}, {"ạ", "aï"},
            {"ă", "aê"}, {"ắ", "aé"}, {"ằ", "aè"}, {"ẳ", "aú"}, {"ẵ", "aü"}, {"ặ", "aë"},
            {"â", "aâ"}, {"ấ", "aá"}, {"ầ", "aà"}, {"ẩ", "aå"}, {"ẫ", "aã"}, {"ậ", "aä"},
            {"é", "eù"}, {"è", "eø"}, {"ẻ", "eû"}, {"ẽ", "eõ"}, {"ẹ", "eï"},
            {"ê", "eâ"}, {"ế", "eá"}, {"ề", "eà"}, {"ể", "eå"}, {"ễ", "eã"}, {"ệ", "eä"},
            {"í", "í"}, {"ì", "ì"}, {"ỉ", "æ"}, {"ĩ", "ó"}, {"ị", "ò"},
            {"ó", "où"}, {"ò", "oø"}, {"ỏ", "oû"}, {"õ", "oõ"}, {"ọ", "oï"},
            {"ô", "oâ"}, {"ố", "oá"}, {"ồ", "oà"}, {"ổ", "oå"}, {"ỗ", "oã"}, {"ộ", "oä"},
            {"ơ", "ô"}, {"ớ", "ôù"}, {"ờ", "ôø"}, {"ở", "ôû"}, {"ỡ", "ôõ"}, {"ợ", "ôï"},
            {"ú", "uù"}, {"ù", "uø"}, {"ủ", "uû"}, {"ũ", "uõ"}, {"ụ", "uï"},
            {"ư", "ö"}, {"ứ", "öù"}, {"ừ", "öø"}, {"ử", "öû"}, {"ữ", "öõ"}, {"ự", "öï"},
            {"ý", "yù"}, {"ỳ", "yø"}, {"ỷ", "yû"}, {"ỹ", "yõ"}, {"ỵ", "î"}, {"đ", "ñ"},
        };
        for (String[] pair : vni) {
            VNI.put(pair[1], pair[0]);
            VNI.put(pair[1].toUpperCase(Locale.ROOT), pair[0].toUpperCase(Locale.ROOT));
            if (pair[1].length() == 2) { // a capital letter with a small mark: "Vieät" starts a sentence as "Vieät"
                VNI.put(pair[1].substring(0, 1).toUpperCase(Locale.ROOT) + pair[1].substring(1),
                        pair[0].toUpperCase(Locale.ROOT));
            }
        }
    }

    /**
     * A Vietnamese syllable without its tone: an initial consonant, then a vowel group that ends in a
     * semivowel (and takes no final consonant) or one that may take a final consonant.
     */
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|gh|gi|nh|ch|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
            + "(?:(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)"
            + "|(uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uy|uơ|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)(ch|nh|ng|[cmnpt])?)");
    /** The tones a syllable ending in c, ch, p or t can carry: sắc and nặng. */
    private static final String STOPPED_TONES = "\u0301\u0323";
    /** The five tone marks, decomposed. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseText() {
    }

    /**
     * {@code text} (read from the file {@code path}) composed, as every later stage reads it. Adds to
     * {@code problems} a warning at the first decomposed line, and one at the first line that looks like
     * TCVN3 or VNI pasted as Unicode.
     */
    public static String compose(String path, String text, List<ContentError> problems) {
        if (plain(text)) {
            return text;
        }
        String composed = text;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            composed = Normalizer.normalize(text, Normalizer.Form.NFC);
            int lines = 0;
            int first = 0;
            String[] was = text.split("\n", -1);
            for (int i = 0; i < was.length; i++) {
                if (!Normalizer.isNormalized(was[i], Normalizer.Form.NFC)) {
                    lines++;
                    first = first == 0 ? i + 1 : first;
                }
            }
            problems.add(ContentError.warning(path, first, "", Message.of("text.decomposed", lines), Message.of("hint.text.decomposed")));
        }
        if (hasMarker(composed)) {
            String[] lines = composed.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Optional<Garbled> g = garbled(lines[i]);
                if (g.isPresent()) {
                    problems.add(ContentError.warning(path, i + 1, "", Message.of("text.legacy", g.get().written(),
                            g.get().encoding().label, g.get().meant()), Message.of("hint.text.legacy", g.get().encoding().label)));
                    break;
                }
            }
        }
        return composed;
    }

    /**
     * True when every character of {@code text} is one that is composed whatever surrounds it and is no sign of
     * TCVN3 or VNI: ASCII and Latin letters before the combining marks (U+0300) but the markers, Vietnamese
     * precomposed letters (U+1E00–U+1EFF) and dashes, quotes and the ellipsis (U+2010–U+2027). Such text is
     * NFC (each character has NFC quick check Yes and combining class 0) and needs no other look; one pass
     * over an array, where the two exact checks took a tenth of reading an article.
     */
    private static boolean plain(String text) {
        char[] chars = chars(text);
        for (int i = 0; i < text.length(); i++) {
            if (!plain(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A character that needs neither composing nor a look for TCVN3 or VNI: ASCII, Vietnamese letters already
     * composed, punctuation. A text of such characters is returned by {@link #compose} as it is.
     */
    public static boolean plain(char c) {
        return !(c >= 0xA1 && (c <= 0xFF ? MARKER[c] : c >= 0x300 && (c < 0x1E00 || c > 0x1EFF) && (c < 0x2010 || c > 0x2027)));
    }

    private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[][] {new char[1 << 13]});

    /** The characters of {@code text}, in an array of this thread's that may be longer; valid until the next call. */
    public static char[] chars(String text) {
        char[][] holder = CHARS.get();
        if (holder[0].length < text.length()) {
            holder[0] = new char[Math.max(text.length(), holder[0].length * 2)];
        }
        text.getChars(0, text.length(), holder[0], 0);
        return holder[0];
    }

    private static boolean hasMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA1 && c <= 0xFF && MARKER[c]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of {@code line} that reads as Vietnamese once decoded from TCVN3 or VNI, when such words
     * are at least half of the line's words with a character of those encodings (so a German "Müller" or
     * a French "ça" alone is left alone).
     */
    public static Optional<Garbled> garbled(String line) {
        List<String> candidates = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            boolean inWord = Character.isLetter(c) || (c >= 0xA1 && c <= 0xFF && MARKER[c]);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = line.substring(start, i);
                if (isCandidate(word)) {
                    candidates.add(word);
                }
                start = -1;
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (Legacy encoding : Legacy.values()) {
            List<Garbled> found = new ArrayList<>();
            for (String word : candidates) {
                String meant = encoding == Legacy.TCVN3 ? tcvn3(word) : vni(word);
                if (meant != null && isVietnamese(meant)) {
                    found.add(new Garbled(encoding, word, meant));
                }
            }
            if (!found.isEmpty() && found.size() * 2 >= candidates.size()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** A word of Latin-1 letters, at least one of them a plain letter, with a character of the old encodings in it. */
    private static boolean isCandidate(String word) {
        boolean marker = false;
        boolean ascii = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 0xFF) {
                return false; // a letter only Unicode has: typed in Unicode
            }
            marker |= c >= 0xA1 && MARKER[c];
            ascii |= c < 0x80;
        }
        return marker && ascii; // a "©" or "«" alone is a sign, not a word
    }

    private static String tcvn3(String word) {
        return decode(word, Legacy.TCVN3, true);
    }

    private static String vni(String word) {
        return decode(word, Legacy.VNI, true);
    }

    /**
     * {@code text}, characters of {@code encoding}'s codes (its bytes read as Latin-1), in Unicode: each code, or
     * pair of codes in VNI (a letter, then its mark), replaced by its letter. A character beyond ASCII that is no
     * code of the encoding is kept, or gives null when {@code strict}.
     */
    static String decode(String text, Legacy encoding, boolean strict) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String two = encoding == Legacy.VNI && i + 1 < text.length() ? VNI.get(text.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two);
                i++;
                continue;
            }
            char c = text.charAt(i);
            String one = encoding == Legacy.TCVN3 ? TCVN3.get(c) : VNI.get(String.valueOf(c));
            if (one == null && c > 0x7F && strict) {
                return null;
            }
            out.append(one == null ? String.valueOf(c) : one);
        }
        return out.toString();
    }

    /** True for one Vietnamese syllable with at most one tone mark, and at least one mark of any kind. */
    static boolean isVietnamese(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(d.length());
        int tones = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                base.append(c);
            }
        }
        String bare = Normalizer.normalize(base, Normalizer.Form.NFC);
        boolean marked = tones > 0 || !bare.chars().allMatch(c -> c < 0x80);
        java.util.regex.Matcher m = SYLLABLE.matcher(bare);
        if (tones > 1 || !marked || !m.matches()) {
            return false;
        }
        String end = m.group(4);
        boolean stopped = end != null && (end.equals("c") || end.equals("ch") || end.equals("p") || end.equals("t"));
        return !stopped || tones == 0 || d.chars().anyMatch(c -> STOPPED_TONES.indexOf(c) >= 0);
    }
}
