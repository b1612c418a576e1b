package vn.gov.noivu.bantin.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.Corpus;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Slugs;

/**
 * A new article's file is named by Decap CMS, from its title, in the browser (on GitLab as on serve); its address is
 * the file name by the site's slug rule (base/Slugs). The two agree: on every title of the repository's site, on the
 * 1,000 titles of the generated benchmark site and on every Vietnamese letter, Decap's name for the file, made by its
 * own code as desk/node_modules has it, gives the address the site's rule gives the title. Where they differ is said
 * here, exactly.
 */
class DeskSlugTest {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"(.*)\"$");

    @TempDir
    Path tmp;

    /** Decap's file name for each title, by running its code in Node.js (which .ci/run installs). */
    private static List<String> decap(List<String> titles) throws Exception {
        Path desk = TestSites.repo().resolve("desk");
        Path script = Path.of(DeskSlugTest.class.getResource("decap-slug.mjs").toURI());
        if (!Files.isDirectory(desk.resolve("node_modules/decap-cms-core"))) {
            throw new IllegalStateException("Decap CMS is not installed in desk/node_modules: run .ci/run (it runs npm ci there)");
        }
        Process p;
        try {
            p = new ProcessBuilder("node", "--experimental-detect-module", script.toString()).directory(desk.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("Node.js is not installed (node): run .ci/run, which installs it", e);
        }
        try (var in = p.getOutputStream()) {
            in.write((String.join("\n", titles) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> names = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        assertEquals(titles.size(), names.size());
        return names;
    }

    private static void titlesOf(Path folder, Set<String> into) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = TITLE.matcher(Files.readString(p));
                if (m.find()) {
                    into.add(m.group(1).replace("\\\"", "\""));
                }
            }
        }
    }

    @Test
    void decapNamesANewArticlesFileSoThatItsAddressIsTheOneTheSitesRuleGivesItsTitle() throws Exception {
        Set<String> titles = new LinkedHashSet<>();
        titlesOf(TestSites.repo().resolve("content"), titles);
        Path generated = tmp.resolve("generated");
        Corpus.write(generated, 1000, 1);
        titlesOf(generated.resolve("content"), titles);
        String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        for (String l : letters.split("")) {
            titles.add("Chữ " + l + " và " + l.toUpperCase(java.util.Locale.ROOT) + " trong tiêu đề");
        }
        titles.addAll(List.of("Sở Nội vụ: Triển khai công tác năm 2014", "Đảng ủy khối cơ quan – “Học tập và làm theo”!",
                "Nghị định 108/2014/NĐ-CP về tinh giản biên chế", "Hội nghị … tổng kết? (lần 2); ngày 15.1.2024",
                "Thông báo tuyển dụng # đợt 2 & 3", "Xuân'24: gặp mặt đầu năm", "Mã_số và ký~hiệu",
                "Một tiêu đề rất dài về công tác cải cách hành chính, tinh giản biên chế, sắp xếp tổ chức bộ máy của hệ thống chính trị "
                        + "tinh gọn, hoạt động hiệu lực, hiệu quả"));
        assertTrue(titles.size() > 1000, titles.size() + " titles");
        List<String> all = new ArrayList<>(titles);
        List<String> names = decap(all);
        Map<String, String> differ = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!Slugs.slugify(names.get(i)).equals(Slugs.slugify(all.get(i)))) {
                differ.put(all.get(i), names.get(i) + " ≠ " + Slugs.slugify(all.get(i)));
            }
        }
        // Decap keeps _ and ~ in a file name, which the site's rule then makes dashes: the same address. It drops a straight
        // apostrophe where the site's rule puts a dash: a valid address, written differently (docs/desk.md).
        assertEquals(Map.of("Xuân'24: gặp mặt đầu năm", "xuan24-gap-mat-dau-nam ≠ xuan-24-gap-mat-dau-nam"), differ);
    }

    @Test
    void theCopyOfDecapsFirstStepIsTheInstalledOne() throws IOException {
        String installed = Files.readString(TestSites.repo().resolve("desk/node_modules/decap-cms-core/dist/esm/lib/formatters.js"));
        assertTrue(installed.contains("export function prepareSlug(slug) {\n  return slug.trim()\n  // Convert slug to lower-case\n"
                + "  .toLocaleLowerCase()\n\n  // Remove single quotes.\n  .replace(/[']/g, '')\n\n  // Replace periods with dashes.\n"
                + "  .replace(/[.]/g, '-');\n}"), "decap-slug.mjs copies prepareSlug: update the copy to the installed Decap CMS");
    }
}
