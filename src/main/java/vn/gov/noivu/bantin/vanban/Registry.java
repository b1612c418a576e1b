package vn.gov.noivu.bantin.vanban;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.markdown.InternalLink;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.source.Source;

/**
 * The documents registry (văn bản): one Markdown file per document under {@code content/van-ban/}, checked
 * as strictly as an article, then listed newest first and oldest first, by type, by field and by year.
 * A document dated after the build's {@code now} is not published yet. Articles cite a document by its
 * number, {@code [[108/2014/NĐ-CP]]}, through {@link #citations()}.
 */
public final class Registry implements Section {
    /** The types of document (loại văn bản) a document may have. */
    public static final List<String> TYPES = List.of("Luật", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị",
            "Thông tư", "Kế hoạch", "Hướng dẫn", "Thông báo", "Công văn", "Báo cáo");
    /** A số ký hiệu as the registry takes it: any text but brackets, which cite a number in an article ([[108/2014/NĐ-CP]]). */
    public static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[^\\[\\]]+");

    /** The kinds of file a document may attach (tep), as their extensions: each is checked by its first bytes. */
    public static java.util.Set<String> attachmentTypes() {
        return new java.util.TreeSet<>(DocumentReader.SIGNATURES.keySet());
    }

    /** Documents per page of a list. */
    public static final int PAGE_SIZE = 20;
    /** Newest first; ties broken by slug so order never depends on the file system. */
    static final Comparator<LegalDocument> NEWEST_FIRST = Comparator.comparing(LegalDocument::date).reversed()
            .thenComparing(LegalDocument::slug);

    private final List<LegalDocument> documents;
    /** Documents dated after the build's clock: they appear on their day. */
    private final List<LegalDocument> waiting;
    private final List<Facet> facets;
    private final Map<String, String> citations;
    private final Set<String> failedUrls;
    private final Set<String> sources;
    private final Map<String, List<InternalLink>> links = new TreeMap<>();

    private Registry(List<LegalDocument> documents, List<LegalDocument> waiting, List<Facet> facets, Map<String, String> citations,
                     Set<String> failedUrls, Set<String> sources) {
        this.documents = documents;
        this.waiting = waiting;
        this.facets = facets;
        this.citations = citations;
        this.failedUrls = failedUrls;
        this.sources = sources;
        for (LegalDocument d : documents) {
            links.put(d.sourcePath(), d.links());
        }
    }

    /**
     * Reads and checks every file of {@code content/van-ban/}; empty when the folder does not exist. Errors go
     * to {@code errors}; documents with errors are left out (the build stops anyway).
     */
    public static Optional<Registry> load(Path root, SiteConfig config, Markdown markdown, ZonedDateTime now,
                                          List<ContentError> errors) {
        Path folder = root.resolve("content").resolve(ContentLoader.DOCUMENTS_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<String> fields = config.documentFields();
        List<DocumentReader> readers = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        Set<String> failed = new HashSet<>();
        Source.AssetNames assets = new Source.AssetNames(root);
        record Read(Path file, Optional<Source.Page> page, List<ContentError> errors, DocumentReader reader) {
        }
        // Each file's front matter on all cores; the numbers are then gathered in file order.
        List<Read> read = Source.list(root, folder, errors).parallelStream().map(file -> {
            List<ContentError> fileErrors = new ArrayList<>();
            Optional<Source.Page> page = Source.page(root, file, fileErrors);
            return new Read(file, page, fileErrors, page.map(p -> new DocumentReader(root, assets, fields, p, fileErrors)).orElse(null));
        }).toList();
        for (Read r : read) {
            if (r.reader() != null) {
                readers.add(r.reader());
            } else {
                errors.addAll(r.errors());
                failed.add(Urls.document(Slugs.slugify(r.file().getFileName().toString().replaceFirst("(?i)\\.md$", ""))));
            }
            sources.add(Source.relative(root, r.file()));
        }
        // Every number first: a document's text, like an article's, may cite another one.
        Map<String, String> citations = new TreeMap<>();
        Map<String, DocumentReader> byNumber = new HashMap<>();
        Map<String, DocumentReader> bySlug = new HashMap<>();
        for (DocumentReader r : readers) {
            if (r.number != null) {
                DocumentReader other = byNumber.putIfAbsent(Slugs.fold(r.number), r);
                if (other == null) {
                    citations.put(r.number, Urls.document(r.slug));
                } else {
                    r.page.fields().error("so_ky_hieu", Message.of("document.numberTaken", r.number, other.page.path()),
                            Message.of("hint.document.numberTaken"));
                }
            }
            DocumentReader other = r.slug.isEmpty() ? null : bySlug.putIfAbsent(r.slug, r);
            if (other != null) {
                r.page.fields().error("", Message.of("address.taken", Urls.document(r.slug), other.page.path()),
                        Message.of("hint.document.renameOne"));
            }
        }
        Markdown citing = markdown.withDocuments(citations);
        List<LegalDocument> published = new ArrayList<>();
        List<LegalDocument> waiting = new ArrayList<>();
        List<LegalDocument> finished = readers.parallelStream().map(r -> r.finish(citing)).toList(); // texts on all cores
        for (int i = 0; i < readers.size(); i++) {
            DocumentReader r = readers.get(i);
            LegalDocument d = finished.get(i);
            errors.addAll(r.errors);
            if (d == null) {
                failed.add(Urls.document(r.slug));
            } else if (!d.date().atStartOfDay(Dates.ZONE).isAfter(now)) {
                published.add(d);
            } else {
                waiting.add(d);
            }
        }
        published.sort(NEWEST_FIRST);
        return Optional.of(new Registry(List.copyOf(published), List.copyOf(waiting), facets(published, fields), citations,
                Set.copyOf(failed), Set.copyOf(sources)));
    }

    private static List<Facet> facets(List<LegalDocument> newestFirst, List<String> fields) {
        List<Facet> out = new ArrayList<>();
        out.add(new Facet("all", "", Urls.DOCUMENTS, newestFirst));
        List<LegalDocument> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        out.add(new Facet("oldest", "", Urls.DOCUMENTS_OLDEST_FIRST, List.copyOf(oldestFirst)));
        Map<String, List<LegalDocument>> byType = group(newestFirst, TYPES, LegalDocument::type);
        byType.forEach((type, docs) -> out.add(new Facet("type", type, Urls.documentType(Slugs.slugify(type)), docs)));
        Map<String, List<LegalDocument>> byField = group(newestFirst, fields, LegalDocument::field);
        byField.forEach((field, docs) -> out.add(new Facet("field", field, Urls.documentField(Slugs.slugify(field)), docs)));
        Map<Integer, List<LegalDocument>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (LegalDocument d : newestFirst) {
            byYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d);
        }
        byYear.forEach((year, docs) -> out.add(new Facet("year", String.valueOf(year), Urls.documentYear(year), List.copyOf(docs))));
        return List.copyOf(out);
    }

    /** Documents by {@code key}, in the order of {@code names}; names no document has are left out. */
    private static Map<String, List<LegalDocument>> group(List<LegalDocument> docs, List<String> names,
                                                          Function<LegalDocument, String> key) {
        Map<String, List<LegalDocument>> out = new LinkedHashMap<>();
        for (String name : names) {
            List<LegalDocument> list = docs.stream().filter(d -> key.apply(d).equals(name)).toList();
            if (!list.isEmpty()) {
                out.put(name, list);
            }
        }
        return out;
    }

    /** Published documents, newest first. */
    public List<LegalDocument> documents() {
        return documents;
    }

    /** Documents dated after the build's clock, in file order: they appear on their day. */
    public List<LegalDocument> waiting() {
        return waiting;
    }

    /** The {@code n} newest documents: the home page's "Văn bản mới" and the feed. */
    public List<LegalDocument> latest(int n) {
        return documents.subList(0, Math.min(n, documents.size()));
    }

    /** Every list: the whole registry (newest first, then oldest first), then by type, by field and by year. */
    public List<Facet> facets() {
        return facets;
    }

    /** The lists of one kind ("type", "field" or "year"), for the filters of every list page. */
    public List<Facet> facets(String kind) {
        return facets.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** Số ký hiệu → site path of every document that was read, for [[number]] citations in articles. */
    public Map<String, String> citations() {
        return citations;
    }

    /** Addresses of documents that did not load (already reported), so links to them are not reported again. */
    public Set<String> failedUrls() {
        return failedUrls;
    }

    @Override
    public List<Section.Page> pages() {
        List<Section.Page> pages = new ArrayList<>();
        for (Facet f : facets) {
            String title = f.name().isEmpty() ? "Văn bản" : "Văn bản – " + f.name();
            for (int n = 1; n <= f.pageCount(); n++) {
                pages.add(new Section.Page(Urls.listingPage(f.url(), n), title, "", n > 1));
            }
        }
        for (LegalDocument d : documents) {
            pages.add(new Section.Page(d.url(), d.title(), d.summary()));
        }
        return pages;
    }

    @Override
    public Set<String> files() {
        return Set.of(Urls.DOCUMENTS_FEED);
    }

    @Override
    public Set<String> sources() {
        return sources;
    }

    @Override
    public Map<String, List<InternalLink>> links() {
        return links;
    }
}
