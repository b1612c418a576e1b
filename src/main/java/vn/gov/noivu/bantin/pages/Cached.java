package vn.gov.noivu.bantin.pages;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@cached key="...">…</@cached>}: the body is rendered the first time a key is
 * seen in a build and its output reused for every later page with that key (Hugo's partialCached). The
 * key must name everything the body shows besides the site's settings: the menu's current category, an
 * article's address. Parts shared by thousands of pages (header, footer, an article's card in every
 * listing) were a third of the time spent in templates. One cache per {@link PageWriter}, that is per
 * build: a preview's rebuild starts empty.
 */
final class Cached implements TemplateDirectiveModel {
    /**
     * Each key's output, as UTF-8 when it holds no surrogate (a page is written as UTF-8 anyway, and Vietnamese text
     * takes two bytes a character as a String: 100,000 articles' cards held 0.2 GiB), else as the String.
     */
    private final Map<String, Object> outputs = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key) || body == null) {
            throw new TemplateModelException("write <@cached key=\"...\">…</@cached>: one parameter, key, a string, and a body");
        }
        String k = key.getAsString();
        Object output = outputs.get(k);
        if (output == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            String text = out.toString();
            output = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? text : text.getBytes(StandardCharsets.UTF_8);
            outputs.putIfAbsent(k, output);
        }
        if (output instanceof String text) {
            env.getOut().write(text);
        } else if (env.getOut() instanceof Utf8Page page) {
            page.writeUtf8((byte[]) output);
        } else {
            env.getOut().write(new String((byte[]) output, StandardCharsets.UTF_8));
        }
    }
}
