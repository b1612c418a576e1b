package vn.gov.noivu.bantin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the validator behind validator.w3.org/nu), run in-process on files: its errors
 * as {@code line:column: message}; warnings and info messages are not errors and are not returned.
 * Not thread-safe: one instance per thread.
 */
public final class HtmlChecker {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    public HtmlChecker() {
        // The checker configures its own logging; no URL logging; no language detection (it only ever warns).
        validator = new SimpleDocumentValidator(true, false, false);
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator.setUpMainSchema(HTML_SCHEMA, handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker did not start: " + e, e);
        }
    }

    /** The checker's errors for one UTF-8 HTML file; empty when it is valid. */
    public List<String> check(Path file) {
        errors.clear();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXException e) {
            errors.add("0:0: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(errors);
    }

    /** Every error of every {@code .html} file under {@code dir} accepted by {@code which}, as {@code path:line:column: message}. */
    public static List<String> checkAll(Path dir, Predicate<String> which) {
        ThreadLocal<HtmlChecker> checkers = ThreadLocal.withInitial(HtmlChecker::new);
        return TestSites.files(dir).parallelStream()
                .filter(f -> f.endsWith(".html") && which.test(f))
                .flatMap(f -> checkers.get().check(dir.resolve(f)).stream().map(e -> f + ":" + e))
                .sorted().toList();
    }
}
