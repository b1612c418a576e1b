package vn.gov.noivu.bantin.base;

import java.util.Locale;
import java.util.Optional;

/** The languages the tool speaks: Vietnamese for editors, by default, and English for maintainers. */
public enum Language {
    VI, EN;

    /** The variable that chooses English for every command and the pre-commit hook: {@code BANTIN_LANG=en}. */
    public static final String VARIABLE = "BANTIN_LANG";

    /** "vi" or "en" (any case); empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> Optional.of(VI);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The language a command speaks when no option says: {@value #VARIABLE} if it names one, else Vietnamese. */
    public static Language fromEnvironment(String value) {
        return of(value).orElse(VI);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
