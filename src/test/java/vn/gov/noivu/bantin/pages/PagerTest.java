package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagerTest {
    /** The links as text: numbers, [current], … for a gap. */
    private static String shown(Pager p) {
        return p.links().stream().map(k -> k.gap() ? "…" : k.current() ? "[" + k.number() + "]" : String.valueOf(k.number()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void showsFirstLastAndTwoEitherSideWithGapsAtThree() {
        assertEquals("1 … 8 9 [10] 11 12 … 20", shown(Pager.of("chu-de/x/", 10, 20)));
        assertEquals("[1] 2 3 … 20", shown(Pager.of("chu-de/x/", 1, 20)));
        assertEquals("1 … 18 19 [20]", shown(Pager.of("chu-de/x/", 20, 20)));
        assertEquals("1 2 3 [4] 5 6 … 20", shown(Pager.of("chu-de/x/", 4, 20)));
        assertEquals("1 … 3 4 [5] 6 7 … 20", shown(Pager.of("chu-de/x/", 5, 20)));
        assertEquals("1 2 [3] 4 5", shown(Pager.of("chu-de/x/", 3, 5)));
        assertEquals("[1]", shown(Pager.of("chu-de/x/", 1, 1)));
    }

    @Test
    void linksPreviousAndNextPages() {
        Pager p = Pager.of("chu-de/x/", 2, 3);
        assertEquals("chu-de/x/", p.previous());
        assertEquals("chu-de/x/trang-3.html", p.next());
        assertEquals(List.of("chu-de/x/", "chu-de/x/trang-2.html", "chu-de/x/trang-3.html"),
                p.links().stream().map(Pager.Link::url).toList());
        assertNull(Pager.of("index.html", 1, 3).previous());
        assertNull(Pager.of("index.html", 3, 3).next());
    }

    @Test
    void aListingOfThousandsOfPagesHasAShortPager() {
        assertEquals(9, Pager.of("index.html", 500, 1000).links().size());
    }
}
