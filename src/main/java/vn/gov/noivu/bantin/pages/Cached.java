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
    private final Map<String, String> outputs = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key) || body == null) {
            throw new TemplateModelException("write <@cached key=\"...\">…</@cached>: one parameter, key, a string, and a body");
        }
        String k = key.getAsString();
        String text = outputs.get(k);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            outputs.putIfAbsent(k, text);
        }
        env.getOut().write(text);
    }
}
