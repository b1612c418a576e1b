package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void theClosestCandidateIsFoundWithoutDiacriticsOrCaseWithinAFewEdits() {
        assertEquals(Optional.of("Thông báo"), Suggest.closest("thong bao", List.of("Tin hoạt động", "Thông báo")));
        assertEquals(Optional.of("category"), Suggest.closest("catgeory", List.of("title", "category", "tags")));
        assertEquals(Optional.empty(), Suggest.closest("xyz", List.of("title", "category", "tags")));
    }
}
