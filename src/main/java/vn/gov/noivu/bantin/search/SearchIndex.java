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
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.site.Site;

/**
 * The search stage: the compact index of every published article and page ({@code search-index.json})
 * and the search page's script ({@code js/tim-kiem.js}). The script ships inside the generator, so the
 * index format and the code that reads it always come from the same version.
 *
 * <p>Index format (one item per line, articles newest first, then pages):
 * <pre>{"version":1,"categories":[name...],"tags":[name...],"items":[
 * [site path, title, lead, "yyyy-MM-dd" or "", category index or -1, [tag index...]],
 * ...]}</pre>
 * Folding (tones, Đ/đ, case) happens in the browser, so the file carries each text once.
 */
public final class SearchIndex {
    static final int VERSION = 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private SearchIndex() {
    }

    /** Writes the index and the script under {@code out}; returns the number of files (2). */
    public static int write(Site site, Path out) throws IOException {
        Files.writeString(out.resolve(Urls.SEARCH_INDEX), json(site), StandardCharsets.UTF_8);
        Path script = out.resolve(Urls.SEARCH_SCRIPT);
        Files.createDirectories(script.getParent());
        try (InputStream in = SearchIndex.class.getResourceAsStream("tim-kiem.js")) {
            Files.write(script, in.readAllBytes());
        }
        return 2;
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
        String separator = "\n";
        for (Article a : site.getArticles()) {
            sb.append(separator);
            item(sb, a, DAY.format(a.getDate().withZoneSameInstant(Dates.ZONE)), categoryIndex.get(a.getCategory().getSlug()),
                    a.getTags().stream().map(t -> tagIndex.get(t.getSlug())).toList());
            separator = ",\n";
        }
        for (Article p : site.getPages()) {
            sb.append(separator);
            item(sb, p, "", -1, List.of());
            separator = ",\n";
        }
        return sb.append("\n]}\n").toString();
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
