package vn.gov.noivu.bantin.pages;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;

/**
 * The site's template files, read composed (NFC) like every other source: a template saved decomposed
 * by an editor on macOS still writes composed pages.
 */
final class ComposedTemplates implements TemplateLoader {
    private final FileTemplateLoader files;

    ComposedTemplates(File folder) throws IOException {
        this.files = new FileTemplateLoader(folder);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = files.getReader(source, encoding)) {
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        }
        return new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
