package vn.gov.noivu.bantin.feed;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Verifier;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/** Writing JDOM documents the same way every time: UTF-8 without BOM, '\n' line ends, text untouched. */
final class Xml {
    private Xml() {
    }

    static byte[] bytes(Document doc) throws IOException {
        // TRIM_FULL_WHITE indents but keeps every non-blank text exactly as written (rule 15).
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.UNIX)
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        // Into a String, encoded once: the same bytes as output(doc, stream), whose stream writer
        // encodes each small write on its slow path (a third of writing a feed).
        StringBuilderWriter out = new StringBuilderWriter();
        new XMLOutputter(format).output(doc, out);
        return out.text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Writer into a StringBuilder: {@link java.io.StringWriter} takes a lock for each of thousands of writes. */
    private static final class StringBuilderWriter extends Writer {
        final StringBuilder text = new StringBuilder(1 << 16);

        @Override
        public void write(char[] buf, int off, int len) {
            text.append(buf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Declares every prefix in use once, on the root, in prefix order (never on a child element). */
    static void declareNamespacesOnRoot(Element root) {
        Map<String, Namespace> used = new TreeMap<>();
        for (Element e : root.getDescendants(Filters.element())) {
            if (!e.getNamespacePrefix().isEmpty()) {
                used.put(e.getNamespacePrefix(), e.getNamespace());
            }
        }
        for (Namespace ns : List.copyOf(root.getAdditionalNamespaces())) {
            root.removeNamespaceDeclaration(ns);
        }
        used.values().forEach(root::addNamespaceDeclaration);
    }

    /** Drops characters XML 1.0 cannot carry (e.g. the vertical tab Word pastes), which would break the feed. */
    static String text(String s) {
        if (allXml(s)) {
            return s; // the usual case, checked without copying
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Verifier::isXMLCharacter).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether every character of {@code s} is one XML 1.0 allows (surrogate pairs checked as code points). */
    private static boolean allXml(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800 && !Verifier.isXMLCharacter(s.codePointAt(i))) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }
}
