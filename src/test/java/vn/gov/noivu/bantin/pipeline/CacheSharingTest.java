package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * The cache on the repository's own site: what a check learned serves the build, a second copy of the site (another
 * clone) given the first one's cache reads no article again and writes the same bytes, deleting the cache changes
 * nothing but the time, and builds sharing one cache at once leave it sound.
 */
class CacheSharingTest {
    private static final ZonedDateTime NOW = TestSites.NOW;

    @TempDir
    Path tmp;

    private static Report run(Path site, Path out) {
        Report r = Pipeline.run(new Pipeline.Options(site, out, NOW));
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        return r;
    }

    @Test
    void aSecondCopyGivenTheCacheReadsNoArticleAgainAndWritesTheSameBytes() {
        Path a = TestSites.copy("repo", tmp.resolve("a"));
        Report checked = run(a, null);
        int files = checked.counts().articles() + checked.counts().pages();
        assertEquals(files, checked.counts().read(), "the first run reads every article and page");
        Report built = run(a, tmp.resolve("out-a"));
        assertEquals(0, built.counts().read(), "what check read serves the build");

        Path b = TestSites.copy("repo", tmp.resolve("b"));
        TestSites.copyTree(a.resolve(".cache"), b.resolve(".cache"));
        Report second = run(b, tmp.resolve("out-b"));
        assertEquals(0, second.counts().read(), "another folder, other file times, the same contents");
        Map<String, String> written = TestSites.hashes(tmp.resolve("out-a"));
        assertEquals(written, TestSites.hashes(tmp.resolve("out-b")));

        TestSites.deleteTree(b.resolve(".cache"));
        Report cold = run(b, tmp.resolve("out-b2"));
        assertEquals(files, cold.counts().read());
        assertEquals(written, TestSites.hashes(tmp.resolve("out-b2")), "the cache changes the time, never the output");
    }

    @Test
    void buildsAtOnceOnOneCacheLeaveItSound() throws Exception {
        Path cache = tmp.resolve("shared-cache");
        List<Path> sites = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            Path site = TestSites.copy("repo", tmp.resolve(name));
            TestSites.write(site, "jbake.properties", TestSites.read(site.resolve("jbake.properties"))
                    + "\ncache.folder=" + cache.toString().replace('\\', '/') + "\n");
            sites.add(site);
        }
        ExecutorService pool = Executors.newFixedThreadPool(sites.size());
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<Report>> builds = new ArrayList<>();
                for (int i = 0; i < sites.size(); i++) {
                    Path site = sites.get(i);
                    Path out = tmp.resolve("out-" + round + "-" + i);
                    builds.add(pool.submit(() -> run(site, out)));
                }
                for (Future<Report> f : builds) {
                    assertTrue(f.get().ok());
                }
            }
        } finally {
            pool.shutdown();
        }
        Report after = run(sites.get(0), tmp.resolve("out-after"));
        assertEquals(0, after.counts().read(), "every entry written at once is whole");
        Map<String, String> clean = TestSites.hashes(tmp.resolve("out-after"));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < sites.size(); i++) {
                assertEquals(clean, TestSites.hashes(tmp.resolve("out-" + round + "-" + i)), "round " + round + ", site " + i);
            }
        }
    }
}
