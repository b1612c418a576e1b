package vn.gov.noivu.bantin.vanban;

import java.util.List;
import vn.gov.noivu.bantin.base.Urls;

/**
 * One list of the registry: every document (newest or oldest first), or those of one type, field or year.
 *
 * @param kind      "all", "oldest", "type", "field" or "year"
 * @param name      what the list shows: "Nghị định", "Cải cách hành chính", "2014" ("" for the whole registry)
 * @param url       site path of its first page, e.g. "van-ban/loai/nghi-dinh/"
 * @param documents its published documents, in the list's order
 */
public record Facet(String kind, String name, String url, List<LegalDocument> documents) {
    /** Pages the list needs at {@link Registry#PAGE_SIZE} documents each (one even when empty). */
    public int pageCount() {
        return Urls.pageCount(documents.size(), Registry.PAGE_SIZE);
    }
}
