package vn.gov.noivu.bantin.base;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence of the message catalog: its key and the values it names. It is written out in a
 * language only when it is shown, so the same error prints in Vietnamese for an editor and in English
 * for a maintainer. A value may itself be a message ("expected a list, got {0}" with "a group of fields").
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The sentence in {@code language}. */
    public String in(Language language) {
        return Catalog.format(language, this);
    }

    /** The sentence in Vietnamese, the language of the site and its editors. */
    @Override
    public String toString() {
        return in(Language.VI);
    }
}
