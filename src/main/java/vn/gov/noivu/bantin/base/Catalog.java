package vn.gov.noivu.bantin.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message catalog: {@code messages_vi.properties} and {@code messages_en.properties} beside this
 * class (UTF-8), one sentence per key, the same keys in both. A sentence names its values {0}, {1}, …;
 * nothing else in it is special (an apostrophe is an apostrophe).
 */
public final class Catalog {
    private static final Map<Language, Properties> TEXTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            TEXTS.put(language, load(language));
        }
    }

    private Catalog() {
    }

    private static Properties load(Language language) {
        String name = "messages_" + language.code() + ".properties";
        try (InputStream in = Catalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message catalog " + name + " is missing from the jar");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of {@code language}'s file. */
    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(TEXTS.get(language).stringPropertyNames()));
    }

    /** The sentence of {@code key} as written in the catalog, its values not filled in. */
    public static String pattern(Language language, String key) {
        String pattern = TEXTS.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("the message catalog (" + language.code() + ") has no key " + key);
        }
        return pattern;
    }

    static String format(Language language, Message m) {
        String pattern = pattern(language, m.key());
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                Object v = n < m.args().size() ? m.args().get(n) : "{" + n + "}";
                out.append(v instanceof Message inner ? inner.in(language) : String.valueOf(v));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
