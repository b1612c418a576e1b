package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;

/**
 * The pages stage after an edit of content/: in the folder that holds the pages of {@code before}, writes
 * again what {@link Changes} says the edit touched (articles, listing pages), the extras (tags index,
 * archive, aliases, ...), the sections' pages (a document lists the articles that cite it), and deletes
 * the pages that went away. The result is what a whole build of {@code after} writes.
 */
final class Edit {
    private Edit() {
    }

    /**
     * The files an edit wrote: articles and pages, listing pages, and the rest (extras, sections' pages); and
     * every file it wrote or deleted, by its path in the output folder.
     */
    record Written(int documents, int listings, int others, Set<String> paths) {
        int files() {
            return documents + listings + others;
        }
    }

    static Written write(Site before, Site after, PageWriter.Templates templates, Photos photos, Path out) throws IOException {
        Changes.Plan plan = Changes.between(before, after);
        PageWriter pages = new PageWriter(templates, after, photos, out);
        int documents;
        int listings;
        if (plan.everything()) {
            List<Article> all = new ArrayList<>(after.getArticles());
            all.addAll(after.getPages());
            all.parallelStream().forEach(pages::document);
            documents = all.size();
            listings = pages.listings();
        } else {
            plan.documents().parallelStream().forEach(pages::document);
            plan.listings().parallelStream().forEach(l -> pages.listingPage(l.term(), l.articles(), l.page()));
            documents = plan.documents().size();
            listings = plan.listings().size();
        }
        java.util.function.Predicate<Site.ArchiveMonth> months = m -> plan.everything() || plan.months().contains(m.getUrl());
        // The tags index, 404, feeds and search pages, archive index and years and aliases show front matter only.
        boolean sameFrontMatter = !plan.everything() && Changes.sameFrontMatter(before, after);
        int others = (sameFrontMatter ? pages.archiveMonths(months) : pages.extras(months)) + pages.documents() + pages.schedule();
        Set<String> paths = new HashSet<>(pages.written());
        paths.addAll(plan.removed());
        for (String gone : plan.removed()) {
            Path file = out.resolve(gone);
            Files.deleteIfExists(file);
            // A folder left empty (the last article of a tag went) is not in a whole build either.
            for (Path folder = file.getParent(); !folder.equals(out) && isEmpty(folder); folder = folder.getParent()) {
                Files.delete(folder);
            }
        }
        return new Written(documents, listings, others, paths);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
