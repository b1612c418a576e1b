package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edit distance behind every "did you mean …?", and the closest candidate it picks. */
class SuggestTest {
    @Test
    void distanceCountsInsertionsDeletionsChangesAndSwaps() {
        assertEquals(0, Suggest.distance("build", "build"));
        assertEquals(1, Suggest.distance("buidl", "build"));
        assertEquals(1, Suggest.distance("chek", "check"));
        assertEquals(1, Suggest.distance("ab", "ba"));
        assertEquals(3, Suggest.distance("serv", "server2"));
        assertEquals(5, Suggest.distance("", "check"));
    }

    /** A swapped pair counts once, but a letter already moved is not changed again for free: "aba" is two edits from "bab". */
    @Test
    void aSwapIsOneEditOfTwoLettersNotAFreeChangeOfTheirNeighbours() {
        assertEquals(2, Suggest.distance("aba", "bab"));
        assertEquals(2, Suggest.distance("abab", "baba"));
        assertEquals(2, Suggest.distance("abcd", "badc"));
        assertEquals(2, Suggest.distance("caba", "cbab"));
    }

    /** The bounded distance is the distance when within the bound, and one more than the bound otherwise. */
    @Test
    void theBoundedDistanceIsTheDistanceUpToItsBound() {
        java.util.Random random = new java.util.Random(29);
        for (int n = 0; n < 200_000; n++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? word(random) : edit(a, random);
            int d = Suggest.distance(a, b);
            for (int limit = 0; limit <= 4; limit++) {
                assertEquals(Math.min(d, limit + 1), Suggest.distance(a, b, limit), a + " / " + b + " within " + limit);
            }
        }
        assertEquals(2, Suggest.distance("so-noi-vu-nam-2014", "so-noi-vu-nam-2015-2016", 1));
    }

    private static String word(java.util.Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            sb.append((char) ('a' + random.nextInt(3)));
        }
        return sb.toString();
    }

    /** {@code a} with up to three random insertions, deletions, changes or swaps. */
    private static String edit(String a, java.util.Random random) {
        StringBuilder sb = new StringBuilder(a);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (sb.length() == 0 ? 0 : random.nextInt(4)) {
                case 0 -> sb.insert(at, (char) ('a' + random.nextInt(3)));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, (char) ('a' + random.nextInt(3)));
                default -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void aBrokenAddressIsTakenForTheNearestOfItsFolder() {
        Suggest.Addresses site = new Suggest.Addresses(List.of("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html",
                "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2016.html", "tin-tuc/hoi-nghi.html", "images/2014/01/hoi-nghi.jpg",
                "images/2014/01/Toan-Canh.JPG", "van-ban/nd-108-2014.html", "van-ban/index.html", "chuyen-muc/tin-hoat-dong/index.html",
                "files/van-ban/2014/nd-108-2014.pdf"));
        // Of two as near, the first in sorted order.
        assertEquals(Optional.of("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html"),
                site.closest("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html"));
        assertEquals(Optional.of("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2016.html"),
                site.closest("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2106.html"));
        assertEquals(Optional.of("images/2014/01/Toan-Canh.JPG"), site.closest("images/2014/01/toan-canh.jpg"));
        assertEquals(Optional.of("van-ban/nd-108-2014.html"), site.closest("van-ban/nd-108-2104.html"));
        assertEquals(Optional.of("files/van-ban/2014/nd-108-2014.pdf"), site.closest("files/van-ban/2104/nd-108-2014.pdf"));
        assertEquals(Optional.of("chuyen-muc/tin-hoat-dong/index.html"), site.closest("chuyen-muc/tin-hoat-dng/index.html"));
        // Too far for a name of its length, or another name in another folder: no guess.
        assertEquals(Optional.empty(), site.closest("tin-tuc/so-noi-vu-so-ket-6-thang.html"));
        assertEquals(Optional.empty(), site.closest("tin-tuc/hoi-ngh-x.html"));
        assertEquals(Optional.empty(), site.closest("anh/hoi-nghi.png"));
    }

    /** 100,000 articles in one folder and 300 broken links to near misses: each is found, in a few milliseconds each. */
    @Test
    void aBigSiteIsSearchedWithinBounds() {
        List<String> paths = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        String[] words = {"so", "noi", "vu", "trien", "khai", "cong", "tac", "nam", "hoi", "nghi", "tong", "ket", "cai", "cach"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder slug = new StringBuilder();
            for (int w = 4 + random.nextInt(8); w > 0; w--) {
                slug.append(words[random.nextInt(words.length)]).append('-');
            }
            paths.add("tin-tuc/" + slug + i + ".html");
        }
        Suggest.Addresses site = new Suggest.Addresses(paths);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 300; i++) {
            String path = paths.get(i * 333);
            String broken = path.replace(".html", "x.html");
            assertEquals(Optional.of(path), site.closest(broken), broken);
        }
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        // Each compared in full with every address of the folder would take about half a second.
        assertTrue(millis < 5_000, "300 look-ups among 100,000 took " + millis + " ms of CPU");
    }

    @Test
    void theClosestCandidateIsFoundWithoutDiacriticsOrCaseWithinAFewEdits() {
        assertEquals(Optional.of("Thông báo"), Suggest.closest("thong bao", List.of("Tin hoạt động", "Thông báo")));
        assertEquals(Optional.of("category"), Suggest.closest("catgeory", List.of("title", "category", "tags")));
        assertEquals(Optional.empty(), Suggest.closest("xyz", List.of("title", "category", "tags")));
    }
}
