package vn.gov.noivu.bantin.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** Adding an article rewrites only the feeds it belongs to; every other feed keeps its bytes. */
class FeedStabilityTest {
    @TempDir
    Path tmp;

    @Test
    void addingAnArticleChangesOnlyItsFeeds() throws IOException {
        Path root = FeedFixture.copy(tmp.resolve("site"));
        Path before = tmp.resolve("before");
        FeedFixture.write(root, before);
        Files.writeString(root.resolve("content/tin-tuc/2024/tin-moi-ve-ton-giao.md"), """
                ---
                title: "Tin mới về tôn giáo"
                date: 2024-05-30T10:00+07:00
                category: "Tôn giáo"
                tags: ["tín ngưỡng"]
                slug: tin-moi-ve-ton-giao
                ---

                Nội dung.
                """);
        Path after = tmp.resolve("after");
        FeedFixture.write(root, after);
        Map<String, String> a = TestSites.hashes(before);
        Map<String, String> b = TestSites.hashes(after);
        Set<String> changed = new TreeSet<>();
        for (String path : new TreeSet<>(b.keySet())) {
            if (!b.get(path).equals(a.get(path))) {
                changed.add(path);
            }
        }
        assertEquals(Set.of("feed.xml", "chuyen-muc/ton-giao/feed.xml", "chu-de/tin-nguong/feed.xml"), changed);
        assertTrue(a.keySet().containsAll(Set.of("feed.xml", "chuyen-muc/ton-giao/feed.xml")));
    }
}
