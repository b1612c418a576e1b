package vn.gov.noivu.bantin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;

/** The preview's load cache: an unchanged file gives the same article object, a changed one a new one. */
class ContentLoaderCacheTest {
    @TempDir
    Path tmp;

    @Test
    void onlyFilesWhoseSizeOrTimeChangedAreReadAgain() throws Exception {
        TempSite site = new TempSite(tmp)
                .write("content/tin-tuc/a.md", TempSite.article("Bài A"))
                .write("content/tin-tuc/b.md", TempSite.article("Bài B"));
        ContentLoader loader = new ContentLoader(tmp, site.config());
        ContentLoader.Cache cache = new ContentLoader.Cache();
        List<Article> first = loader.load(cache).documents();
        List<Article> same = loader.load(cache).documents();
        assertSame(first.get(0), same.get(0));
        assertSame(first.get(1), same.get(1));
        assertTrue(ContentLoader.Cache.unchanged(first, same));

        Path b = tmp.resolve("content/tin-tuc/b.md");
        FileTime time = Files.getLastModifiedTime(b);
        Files.writeString(b, Files.readString(b).replace("Bài B", "Bài Bê"));
        Files.setLastModifiedTime(b, time); // same time, other size: still read again
        List<Article> edited = loader.load(cache).documents();
        assertSame(first.get(0), edited.get(0));
        assertNotSame(first.get(1), edited.get(1));
        assertEquals("Bài Bê", edited.get(1).getTitle());
        assertFalse(ContentLoader.Cache.unchanged(first, edited));
        assertTrue(first.get(0).sameFrontMatter(edited.get(0)));
        assertFalse(first.get(1).sameFrontMatter(edited.get(1)));

        Files.delete(b);
        assertEquals(List.of(first.get(0)), loader.load(cache).documents());
    }

    @Test
    void anEditOfTheTextAloneKeepsTheFrontMatter() throws Exception {
        TempSite site = new TempSite(tmp)
                .write("content/tin-tuc/a.md", TempSite.article("Bài A"));
        ContentLoader loader = new ContentLoader(tmp, site.config());
        ContentLoader.Cache cache = new ContentLoader.Cache();
        Article before = loader.load(cache).documents().get(0);
        Path a = tmp.resolve("content/tin-tuc/a.md");
        Files.writeString(a, Files.readString(a) + "\nĐoạn thứ hai.\n");
        Article after = loader.load(cache).documents().get(0);
        assertNotSame(before, after);
        assertTrue(before.sameFrontMatter(after));
        assertFalse(before.getBodyHtml().equals(after.getBodyHtml()));
    }
}
