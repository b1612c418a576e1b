package vn.gov.noivu.bantin.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The bytes of an editor's file, which must be UTF-8. When they are not, the error names the line and column
 * of the first byte that is not, shows the text around it, and says how to save the file as UTF-8; a file
 * saved in one of the 8-bit encodings of Vietnamese (Windows-1258, the "ANSI" of Notepad on a Vietnamese
 * Windows; TCVN3 (ABC); VNI Windows) is named as such when its words read as Vietnamese in it, and the text
 * is shown read that way. Every reader of source text (articles, documents, the schedule, the settings) goes
 * through {@link #notUtf8}, so they all say the same.
 */
public final class Encoding {
    /** An 8-bit encoding a Vietnamese text may be saved in, and the name editors' menus give it. */
    enum Saved {
        WINDOWS_1258("Windows-1258"), TCVN3(VietnameseText.Legacy.TCVN3.label), VNI(VietnameseText.Legacy.VNI.label);

        final String label;

        Saved(String label) {
            this.label = label;
        }

        /** {@code bytes} read in this encoding, composed (NFC); null if this JVM cannot read it. */
        String read(byte[] bytes, int from, int to) {
            String text;
            if (this == WINDOWS_1258) {
                if (!Charset.isSupported("windows-1258")) {
                    return null;
                }
                text = new String(bytes, from, to - from, Charset.forName("windows-1258"));
            } else {
                text = VietnameseText.decode(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1),
                        this == TCVN3 ? VietnameseText.Legacy.TCVN3 : VietnameseText.Legacy.VNI, false);
            }
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }

    /** The most characters of a line an error shows around the column. */
    static final int CONTEXT = 80;

    private Encoding() {
    }

    /** The error for {@code bytes}, read from {@code path}, when they are not UTF-8; empty when they are. */
    public static Optional<ContentError> notUtf8(String path, byte[] bytes) {
        int bad = firstBadByte(bytes);
        if (bad < 0) {
            return Optional.empty();
        }
        int lineStart = bad;
        int line = 1;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        for (int i = 0; i < lineStart; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        int lineEnd = bad;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        Optional<Saved> saved = savedIn(bytes);
        if (saved.isPresent()) {
            Saved s = saved.get();
            // The column of the letter the bad byte is part of: in Windows-1258 a tone mark is a code of its own, after its letter.
            String upTo = s.read(bytes, lineStart, bad + 1);
            String text = s.read(bytes, lineStart, lineEnd);
            int column = upTo.codePointCount(0, upTo.length());
            Message hint = s == Saved.WINDOWS_1258 ? Message.of("hint.file.notUtf8.windows1258")
                    : Message.of("hint.file.notUtf8.legacy", s.label);
            return Optional.of(ContentError.of(path, line, "", Message.of("file.savedAs", s.label, column, around(text, upTo.length())),
                    hint));
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return Optional.of(ContentError.of(path, line, "", Message.of("file.notUtf8",
                String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF), column, around(text, before.length())),
                Message.of("hint.file.notUtf8")));
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
    static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }

    /**
     * {@code line} stripped, or the words of it within {@value #CONTEXT} characters around {@code at}, with "…" where
     * it is cut.
     */
    static String around(String line, int at) {
        String stripped = line.strip();
        if (stripped.length() <= CONTEXT) {
            return stripped;
        }
        int lead = line.length() - line.stripLeading().length();
        int centre = Math.max(0, at - lead);
        int from = Math.max(0, Math.min(centre - CONTEXT / 2, stripped.length() - CONTEXT));
        int to = Math.min(stripped.length(), from + CONTEXT);
        // Cut between words: from the first space after the start, to the last before the end.
        int space = stripped.indexOf(' ', from);
        from = from > 0 && space >= 0 && space < centre ? space + 1 : from;
        space = stripped.lastIndexOf(' ', to);
        to = to < stripped.length() && space > centre ? space : to;
        return (from > 0 ? "…" : "") + stripped.substring(from, to).strip() + (to < stripped.length() ? "…" : "");
    }

    /**
     * The 8-bit encoding the whole of {@code bytes} reads as Vietnamese in: of the words with a letter beyond ASCII,
     * at least four in five are Vietnamese syllables; the one with the most such words. None when the letters
     * beyond ASCII are more UTF-8 than not.
     */
    static Optional<Saved> savedIn(byte[] bytes) {
        // A file of UTF-8 with a stray byte is no 8-bit file: its letters beyond ASCII are UTF-8, and their bytes read
        // one by one give fragments ("Sá»") that may pass for Vietnamese syllables.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            valid += c > 0x7F && c != '\uFFFD' ? 1 : 0;
            invalid += c == '\uFFFD' ? 1 : 0;
        }
        if (valid * 4 > invalid) {
            return Optional.empty();
        }
        Saved best = null;
        int bestWords = 0;
        for (Saved s : Saved.values()) {
            String text = s.read(bytes, 0, bytes.length);
            if (text == null) {
                continue;
            }
            int words = 0;
            int vietnamese = 0;
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    String word = text.substring(start, i);
                    if (!word.chars().allMatch(c -> c < 0x80)) {
                        words++;
                        vietnamese += VietnameseText.isVietnamese(word) ? 1 : 0;
                    }
                    start = -1;
                }
            }
            if (vietnamese > bestWords && vietnamese * 5 >= words * 4) {
                best = s;
                bestWords = vietnamese;
            }
        }
        return Optional.ofNullable(best);
    }
}
