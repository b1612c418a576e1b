package vn.gov.noivu.bantin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.cache.Hashes;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.source.Source;

/**
 * What the content stage remembers: an unchanged file gives the same article object in one process and is not
 * read again from the cache in another; a file whose content changed is read again, whatever its time says.
 */
class ContentLoaderCacheTest {
    @TempDir
    Path tmp;

    /** The files of content/ as the pipeline lists them: with their content hashes, settled. */
    static List<Source.Found> listed(Path root) {
        List<ContentError> errors = new ArrayList<>();
        return Source.files(root, root.resolve("content"), errors).stream().map(f -> {
            try {
                return f.hashed(Hashes.digest(Files.readAllBytes(f.path())), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void onlyFilesWhoseContentChangedAreReadAgain() throws Exception {
        TempSite site = new TempSite(tmp.resolve("site"))
                .write("content/tin-tuc/a.md", TempSite.article("Bài A"))
                .write("content/tin-tuc/b.md", TempSite.article("Bài B"));
        Path root = tmp.resolve("site");
        ContentLoader loader = new ContentLoader(root, site.config());
        Remembered memory = Remembered.in(Store.at(tmp.resolve("cache")), "tool");
        List<Article> first = loader.load(listed(root), memory).documents();
        List<Article> same = loader.load(listed(root), memory).documents();
        assertSame(first.get(0), same.get(0));
        assertSame(first.get(1), same.get(1));
        assertTrue(Article.sameObjects(first, same));

        Path b = root.resolve("content/tin-tuc/b.md");
        FileTime time = Files.getLastModifiedTime(b);
        Files.writeString(b, Files.readString(b).replace("Bài B", "Bài C"));
        Files.setLastModifiedTime(b, time); // same size, same time: the content tells
        List<Article> edited = loader.load(listed(root), memory).documents();
        assertSame(first.get(0), edited.get(0));
        assertNotSame(first.get(1), edited.get(1));
        assertEquals("Bài C", edited.get(1).getTitle());
        assertFalse(Article.sameObjects(first, edited));

        Files.delete(b);
        assertEquals(List.of(first.get(0)), loader.load(listed(root), memory).documents());
    }

    @Test
    void anotherProcessTakesWhatOneReadFromTheCacheWithTheBodyLeftThereUntilAsked() throws Exception {
        TempSite site = new TempSite(tmp.resolve("site")).write("content/tin-tuc/a.md", TempSite.article("Bài A"));
        Path root = tmp.resolve("site");
        Store store = Store.at(tmp.resolve("cache"));
        Article read = new ContentLoader(root, site.config()).load(listed(root), Remembered.in(store, "tool")).documents().get(0);
        assertTrue(read.bodyHtml == null && read.storedBody != null, "the body went to the cache");
        // A new memory (another process): the article comes from the cache, not from the file.
        Files.writeString(root.resolve("content/tin-tuc/a.md"), "not read again");
        List<Source.Found> asBefore = listed(root).stream().map(f -> f.hashed(Hashes.digest(
                TempSite.article("Bài A").getBytes(java.nio.charset.StandardCharsets.UTF_8)), true)).toList();
        ContentLoader.Loaded again = new ContentLoader(root, site.config()).load(asBefore, Remembered.in(store, "tool"));
        assertEquals(List.of(), again.errors());
        assertEquals("Bài A", again.documents().get(0).getTitle());
        assertEquals(read.getBodyHtml(), again.documents().get(0).getBodyHtml());
        // Another tool, or a damaged entry: read again.
        assertFalse(new ContentLoader(root, site.config()).load(asBefore, Remembered.in(store, "other tool")).errors().isEmpty());
        try (Stream<Path> entries = Files.walk(tmp.resolve("cache"))) {
            for (Path e : entries.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(e);
                bytes[bytes.length / 2] ^= 1;
                Files.write(e, bytes);
            }
        }
        assertFalse(new ContentLoader(root, site.config()).load(asBefore, Remembered.in(store, "tool")).errors().isEmpty());
    }

    @Test
    void aRememberedArticleIsReadAgainWhenItsLeadPictureComesOrGoes() throws Exception {
        TempSite site = new TempSite(tmp.resolve("site")).write("content/tin-tuc/a.md", TempSite.article("Bài A",
                "image: images/a.png", "image_alt: \"Ảnh\""));
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("assets"));
        Remembered memory = Remembered.in(Store.at(tmp.resolve("cache")), "tool");
        ContentLoader loader = new ContentLoader(root, site.config());
        memory.prepare(Map.of(), true);
        ContentLoader.Loaded missing = loader.load(listed(root), memory);
        assertEquals(List.of("asset.missing"), missing.errors().stream().map(e -> e.message().key()).toList());
        assertSame(missing.errors().get(0), loader.load(listed(root), memory).errors().get(0), "remembered, error and all");
        site.png("images/a.png", 40, 30);
        memory.prepare(Map.of("assets/images/a.png", "1"), true);
        ContentLoader.Loaded found = loader.load(listed(root), memory);
        assertEquals(List.of(), found.errors());
        assertEquals("images/a.png", found.documents().get(0).getImage().path());
        assertSame(found.documents().get(0), loader.load(listed(root), memory).documents().get(0));
    }

    @Test
    void anEditOfTheTextAloneKeepsTheFrontMatter() throws Exception {
        TempSite site = new TempSite(tmp).write("content/tin-tuc/a.md", TempSite.article("Bài A"));
        ContentLoader loader = new ContentLoader(tmp, site.config());
        Remembered memory = Remembered.nothing();
        Article before = loader.load(listed(tmp), memory).documents().get(0);
        Path a = tmp.resolve("content/tin-tuc/a.md");
        Files.writeString(a, Files.readString(a) + "\nĐoạn thứ hai.\n");
        Article after = loader.load(listed(tmp), memory).documents().get(0);
        assertNotSame(before, after);
        assertTrue(before.sameFrontMatter(after));
        assertFalse(before.getBodyHtml().equals(after.getBodyHtml()));
    }
}
