package vn.gov.noivu.bantin.pages;

import java.util.ArrayList;
import java.util.List;
import vn.gov.noivu.bantin.base.Urls;

/**
 * The numbered links under one page of a paginated listing: the first and last pages, the three pages
 * on each side of the current one (the third shown as a gap "…"), and the previous and next pages.
 * Built from the page numbers it shows, so a listing of N pages costs O(N) to write, not O(N²).
 *
 * @param previous site path of the page before, or null on the first page
 * @param next     site path of the page after, or null on the last page
 */
public record Pager(int pageNo, int pageCount, String previous, String next, List<Link> links) {
    /** One entry: a page number with its site path, or a gap. */
    public record Link(int number, String url, boolean current, boolean gap) {
    }

    /** Page {@code pageNo} (from 1) of {@code pageCount}, the first of which is at site path {@code first}. */
    public static Pager of(String first, int pageNo, int pageCount) {
        java.util.SortedSet<Integer> shown = new java.util.TreeSet<>(List.of(1, pageCount));
        for (int n = Math.max(1, pageNo - 3); n <= Math.min(pageCount, pageNo + 3); n++) {
            shown.add(n);
        }
        List<Link> links = new ArrayList<>();
        for (int n : shown) {
            boolean gap = Math.abs(n - pageNo) == 3 && n != 1 && n != pageCount;
            links.add(gap ? new Link(n, null, false, true) : new Link(n, Urls.listingPage(first, n), n == pageNo, false));
        }
        return new Pager(pageNo, pageCount, pageNo > 1 ? Urls.listingPage(first, pageNo - 1) : null,
                pageNo < pageCount ? Urls.listingPage(first, pageNo + 1) : null, List.copyOf(links));
    }
}
