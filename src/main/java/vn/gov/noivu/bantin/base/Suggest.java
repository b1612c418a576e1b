package vn.gov.noivu.bantin.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "did you mean …?" for misspelled field names, config keys, categories and the addresses of links and pictures. */
public final class Suggest {
    private Suggest() {
    }

    /** The candidate closest to {@code word} (compared without diacritics or case) if at most a few edits away. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = Slugs.fold(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, Slugs.fold(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, w.length() / 4);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The least number of letters to insert, delete, change or swap with the next one to turn {@code a} into
     * {@code b} (a swapped pair counts once; a letter is edited once at most).
     */
    public static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * {@link #distance(String, String)} when it is at most {@code limit}, else {@code limit + 1}: only the cells
     * within {@code limit} of the diagonal are computed, and it stops at two rows beyond the limit, so that comparing
     * an address with thousands of others costs a few times its length each.
     */
    public static int distance(String a, String b, int limit) {
        return Math.abs(a.length() - b.length()) > limit ? limit + 1 : distance(a, b, limit, new int[3][b.length() + 2]);
    }

    /** As {@link #distance(String, String, int)}, in {@code rows}: three rows of at least {@code b.length() + 2} cells. */
    private static int distance(String a, String b, int limit, int[][] rows) {
        int n = a.length();
        int m = b.length();
        int over = limit + 1;
        if (Math.abs(n - m) > limit) {
            return over;
        }
        int[] before = rows[0]; // row i - 2, for a swap
        int[] prev = rows[1];
        int[] cur = rows[2];
        // Only the cells within the band are read, each after it is written: row 0 up to the limit, then each row's.
        int first = Math.min(m, limit);
        for (int j = 0; j <= first; j++) {
            prev[j] = j;
        }
        prev[first + 1] = over;
        boolean prevOver = false;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - limit);
            int hi = Math.min(m, i + limit);
            cur[lo - 1] = lo == 1 && i <= limit ? i : over;
            int least = cur[lo - 1];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = Math.min(d, over);
                least = Math.min(least, cur[j]);
            }
            cur[hi + 1] = over;
            if (least >= over && prevOver) { // two rows past the limit: no later row comes back under it
                return over;
            }
            prevOver = least >= over;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }

    /**
     * The addresses of a site, for "did you mean …?" on a broken link or picture. A near miss differs in its file
     * name, seldom in its folder: an address is compared with those of its folder whose names are about as long
     * (within the edits a name of that length may have: one for each ten letters, from one to six, and within the
     * edits of the nearest found so far), and, if none is near enough, with the addresses that have its very name
     * in another folder. A site of 100,000 articles in one folder compares a broken link with the few thousand of a
     * similar length, each a few cells of the edit distance's table; each address is looked up once.
     */
    public static final class Addresses {
        /** An address, and its folder and name as compared: without diacritics, in lower case. */
        private record Entry(String path, String folder, String name) {
        }

        private final Map<String, Map<Integer, List<Entry>>> byFolder = new HashMap<>();
        private final Map<String, List<Entry>> byName = new HashMap<>();
        private final Map<String, Optional<String>> found = new java.util.concurrent.ConcurrentHashMap<>();

        /** The addresses {@code paths} ("tin-tuc/bai.html", "images/2024/anh.jpg"). */
        public Addresses(Collection<String> paths) {
            for (String path : new java.util.TreeSet<>(paths)) {
                Entry e = entry(path);
                byFolder.computeIfAbsent(e.folder, f -> new HashMap<>()).computeIfAbsent(e.name.length(), l -> new ArrayList<>()).add(e);
                byName.computeIfAbsent(e.name, k -> new ArrayList<>()).add(e);
            }
        }

        private static Entry entry(String path) {
            int slash = path.lastIndexOf('/') + 1;
            return new Entry(path, Slugs.fold(path.substring(0, slash)), Slugs.fold(path.substring(slash)));
        }

        /** The edits a name of {@code length} letters may have and still be taken for another: one per ten, one to six. */
        static int allowed(int length) {
            return Math.max(1, Math.min(6, length / 10));
        }

        /** The address {@code path} most probably meant, if one is near enough; of equally near ones the first in sorted order. */
        public Optional<String> closest(String path) {
            return found.computeIfAbsent(path, this::search);
        }

        private Optional<String> search(String path) {
            Entry wanted = entry(path);
            String name = wanted.name;
            int limit = allowed(name.contains(".") ? name.lastIndexOf('.') : name.length());
            Entry best = null;
            int bestDistance = limit + 1;
            Map<Integer, List<Entry>> lengths = byFolder.getOrDefault(wanted.folder, Map.of());
            int[][] rows = new int[3][name.length() + limit + 2];
            // Names of the same length first, then one longer and shorter, and so on: once one is d edits away, no
            // name longer or shorter by more than d can be nearer, so the search narrows as it finds.
            for (int off = 0; off <= Math.min(limit, bestDistance); off++) {
                for (int length : off == 0 ? List.of(name.length()) : List.of(name.length() - off, name.length() + off)) {
                    for (Entry candidate : lengths.getOrDefault(length, List.of())) {
                        int d = distance(name, candidate.name, Math.min(limit, bestDistance), rows);
                        if (d < bestDistance || d == bestDistance && d <= limit && candidate.path.compareTo(best.path) < 0) {
                            best = candidate;
                            bestDistance = d;
                        }
                    }
                }
            }
            if (best == null) { // the right name in another folder, the nearest
                int folderLimit = allowed(wanted.folder.length());
                bestDistance = folderLimit + 1;
                for (Entry candidate : byName.getOrDefault(name, List.of())) {
                    int d = distance(wanted.folder, candidate.folder, Math.min(folderLimit, bestDistance));
                    if (d < bestDistance) {
                        best = candidate;
                        bestDistance = d;
                    }
                }
            }
            return Optional.ofNullable(best).map(Entry::path).filter(b -> !b.equals(path));
        }
    }
}
