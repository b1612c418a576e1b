package vn.gov.noivu.bantin.base;

import java.util.Collection;
import java.util.Optional;

/** "did you mean …?" for misspelled field names, config keys and categories. */
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
        int[] before = new int[b.length() + 1]; // row i - 2, for a swap
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
