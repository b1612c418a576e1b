package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.pipeline.Pipeline;

/** The JSON-LD NewsArticle and the article's Open Graph tags, read back from built pages. */
class JsonLdTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.repo().resolve("templates"), site.resolve("templates"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Sở Nội vụ\nsite.url=https://sonoivu.example.gov.vn/\n"
                + "site.categories=Tin hoạt động, Thông báo\n");
        Files.createDirectories(site.resolve("content/tin-tuc"));
        Files.createDirectories(site.resolve("assets/images"));
        Files.copy(TestSites.repo().resolve("src/test/resources/sites/basic/assets/images/2024/01/hoi-nghi.jpg"),
                site.resolve("assets/images/a.jpg"));
        Files.writeString(site.resolve("content/tin-tuc/day-du.md"), "---\ntitle: \"Hội nghị \\\"lớn\\\" </script>\"\n"
                + "date: 2024-01-15T08:30\nupdated: 2024-01-20T10:00\ncategory: \"Tin hoạt động\"\ntags: [\"công chức\", \"Sở Nội vụ\"]\n"
                + "summary: \"Tóm tắt.\"\nauthor: \"Trịnh Phương\"\nimage: images/a.jpg\nimage_alt: \"Toàn cảnh\"\n---\n\nNội dung.\n");
        Files.writeString(site.resolve("content/tin-tuc/toi-gian.md"), "---\ntitle: \"Thông báo\"\ndate: 2024-01-16\n"
                + "category: \"Thông báo\"\n---\n\nNội dung.\n");
        out = tmp.resolve("out");
        assertEquals(List.of(), Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW)).errors());
    }

    /** The lead photo's shared JPEG: the 800-pixel photo at its own width (narrower than 1,200), named with its fingerprint. */
    static String shared() {
        return TestSites.files(out).stream().filter(f -> f.matches("anh/images/a-800\\.[0-9a-f]{10}\\.jpg")).findFirst().orElseThrow();
    }

    static String jsonLd(String page) {
        String html = TestSites.read(out.resolve(page));
        int start = html.indexOf("<script type=\"application/ld+json\">") + "<script type=\"application/ld+json\">".length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    @Test
    void fullArticleHasHeadlineDatesWithOffsetAuthorPublisherImageSectionAndKeywords() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"mainEntityOfPage\":\"https://sonoivu.example.gov.vn/tin-tuc/day-du.html\","
                + "\"headline\":\"Hội nghị \\\"lớn\\\" \\u003C\\/script\\u003E\",\"description\":\"Tóm tắt.\","
                + "\"datePublished\":\"2024-01-15T08:30:00+07:00\",\"dateModified\":\"2024-01-20T10:00:00+07:00\","
                + "\"image\":[\"https://sonoivu.example.gov.vn/" + shared() + "\"],"
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Trịnh Phương\"},"
                + "\"publisher\":{\"@type\":\"GovernmentOrganization\",\"name\":\"Sở Nội vụ\",\"url\":\"https://sonoivu.example.gov.vn/\"},"
                + "\"articleSection\":\"Tin hoạt động\",\"keywords\":\"công chức, Sở Nội vụ\",\"inLanguage\":\"vi\"}",
                jsonLd("tin-tuc/day-du.html"));
        Map<String, Object> parsed = new Json().toType(jsonLd("tin-tuc/day-du.html"), Json.MAP_TYPE);
        assertEquals("Hội nghị \"lớn\" </script>", parsed.get("headline"));
    }

    @Test
    void articleWithoutAuthorIsByThePublisherAndWithoutImageHasNone() {
        String ld = jsonLd("tin-tuc/toi-gian.html");
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"mainEntityOfPage\":\"https://sonoivu.example.gov.vn/tin-tuc/toi-gian.html\",\"headline\":\"Thông báo\","
                + "\"datePublished\":\"2024-01-16T00:00:00+07:00\",\"dateModified\":\"2024-01-16T00:00:00+07:00\","
                + "\"author\":{\"@type\":\"GovernmentOrganization\",\"name\":\"Sở Nội vụ\",\"url\":\"https://sonoivu.example.gov.vn/\"},"
                + "\"publisher\":{\"@type\":\"GovernmentOrganization\",\"name\":\"Sở Nội vụ\",\"url\":\"https://sonoivu.example.gov.vn/\"},"
                + "\"articleSection\":\"Thông báo\",\"inLanguage\":\"vi\"}", ld);
    }

    @Test
    void openGraphCarriesTheLeadImageItsTextAndTheDates() {
        String html = TestSites.read(out.resolve("tin-tuc/day-du.html"));
        for (String tag : List.of(
                "<title>Hội nghị &quot;lớn&quot; &lt;/script&gt; – Sở Nội vụ</title>",
                "<meta name=\"description\" content=\"Tóm tắt.\">",
                "<link rel=\"canonical\" href=\"https://sonoivu.example.gov.vn/tin-tuc/day-du.html\">",
                "<meta property=\"og:image\" content=\"https://sonoivu.example.gov.vn/" + shared() + "\">",
                "<meta property=\"og:image:type\" content=\"image/jpeg\">",
                "<meta property=\"og:image:width\" content=\"800\">",
                "<meta property=\"og:image:height\" content=\"533\">",
                "<meta property=\"og:image:alt\" content=\"Toàn cảnh\">",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                "<meta property=\"article:published_time\" content=\"2024-01-15T08:30:00+07:00\">",
                "<meta property=\"article:modified_time\" content=\"2024-01-20T10:00:00+07:00\">",
                "<meta property=\"article:tag\" content=\"công chức\">")) {
            assertEquals(1, html.split(java.util.regex.Pattern.quote(tag), -1).length - 1, tag);
        }
        assertFalse(TestSites.read(out.resolve("tin-tuc/toi-gian.html")).contains("og:image"));
    }
}
