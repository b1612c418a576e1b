package vn.gov.noivu.bantin.search;

import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.vanban.LegalDocument;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The search stage: the compact index of every published article, static page and document of the registry
 * ({@code search-index.json}) and the search page's script ({@code js/tim-kiem.js}). The script ships inside
 * the generator, so the index format and the code that reads it always come from the same version.
 *
 * <p>Index format (one item per line; articles and documents newest first, pages by address):
 * <pre>{"version":2,"categories":[name...],"tags":[name...],
 * "items":[[site path, title, lead, "yyyy-MM-dd", category index, [tag index...]], ...],
 * "pages":[[site path, title, lead], ...],
 * "documents":[[site path, số ký hiệu, loại, "yyyy-MM-dd", cơ quan ban hành, trích yếu, lĩnh vực], ...]}</pre>
 * Folding (tones, Đ/đ, case) and the forms a number may be typed in happen in the browser, so the file carries
 * each text once.
 */
public final class SearchIndex {
    static final int VERSION = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private SearchIndex() {
    }

    /** Writes the index and the script under {@code out}; returns their paths in it. */
    public static List<String> write(Site site, Path out) throws IOException {
        Files.writeString(out.resolve(Urls.SEARCH_INDEX), json(site), StandardCharsets.UTF_8);
        Path script = out.resolve(Urls.SEARCH_SCRIPT);
        Files.createDirectories(script.getParent());
        try (InputStream in = SearchIndex.class.getResourceAsStream("tim-kiem.js")) {
            Files.write(script, in.readAllBytes());
        }
        return List.of(Urls.SEARCH_INDEX, Urls.SEARCH_SCRIPT);
    }

    static String json(Site site) {
        StringBuilder sb = new StringBuilder(256 * (site.getArticles().size() + 8));
        sb.append("{\"version\":").append(VERSION).append(",\n\"categories\":[");
        Map<String, Integer> categoryIndex = new HashMap<>();
        for (Site.Listing l : site.getCategories().values()) {
            categoryIndex.put(l.term().getSlug(), categoryIndex.size());
            string(sb, l.term().getName()).append(categoryIndex.size() < site.getCategories().size() ? "," : "");
        }
        sb.append("],\n\"tags\":[");
        Map<String, Integer> tagIndex = new HashMap<>();
        for (Site.Listing l : site.getTags().values()) {
            tagIndex.put(l.term().getSlug(), tagIndex.size());
            string(sb, l.term().getName()).append(tagIndex.size() < site.getTags().size() ? "," : "");
        }
        sb.append("],\n\"items\":[");
        lines(sb, site.getArticles(), (out, a) -> item(out, a, DAY.format(a.getDate().withZoneSameInstant(Dates.ZONE)),
                categoryIndex.get(a.getCategory().getSlug()), a.getTags().stream().map(t -> tagIndex.get(t.getSlug())).toList()));
        sb.append("\n],\n\"pages\":[");
        lines(sb, site.getPages(), (out, p) -> row(out, p.getUrl(), p.getTitle(), p.getSummary()));
        sb.append("\n],\n\"documents\":[");
        lines(sb, site.section(Registry.class).map(Registry::documents).orElse(List.of()),
                (out, d) -> row(out, d.url(), d.number(), d.type(), d.dateIso(), d.issuer(), d.summary(), d.field()));
        return sb.append("\n]}\n").toString();
    }

    /** One line per element, each written by {@code write}, separated by commas. */
    private static <T> void lines(StringBuilder sb, List<T> elements, BiConsumer<StringBuilder, T> write) {
        for (int i = 0; i < elements.size(); i++) {
            write.accept(sb.append(i == 0 ? "\n" : ",\n"), elements.get(i));
        }
    }

    /** A row of texts: ["a","b",...]. */
    private static void row(StringBuilder sb, String... texts) {
        sb.append('[');
        for (int i = 0; i < texts.length; i++) {
            string(sb.append(i == 0 ? "" : ","), texts[i]);
        }
        sb.append(']');
    }

    private static void item(StringBuilder sb, Article a, String day, int category, List<Integer> tags) {
        sb.append('[');
        string(sb, a.getUrl()).append(',');
        string(sb, a.getTitle()).append(',');
        string(sb, a.getSummary()).append(',');
        string(sb, day).append(',').append(category).append(",[");
        for (int i = 0; i < tags.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(tags.get(i));
        }
        sb.append("]]");
    }

    private static StringBuilder string(StringBuilder sb, String s) {
        // jsonStringEnc also escapes "</" and control characters, so the text is safe anywhere.
        return sb.append('"').append(StringUtil.jsonStringEnc(s == null ? "" : s)).append('"');
    }
}
