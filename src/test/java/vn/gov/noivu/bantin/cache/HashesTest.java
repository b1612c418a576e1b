package vn.gov.noivu.bantin.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is read to be hashed only when it may have changed; one saved too recently is never trusted by its time. */
class HashesTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text, Instant modified) throws IOException {
        Path f = tmp.resolve("site").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void anOldUnchangedFileIsNotReadAgainAndAChangedOneIs() throws IOException {
        Store store = Store.at(tmp.resolve("cache"));
        Instant old = Instant.now().minusSeconds(3600);
        Path a = file("a.md", "một", old);
        Hashes first = Hashes.of(store, tmp.resolve("site"));
        Hashes.Hashed h = first.hash(a);
        assertNotNull(h.bytes(), "read the first time");
        assertEquals(Hashes.digest("một".getBytes(StandardCharsets.UTF_8)), h.hash());
        first.save();

        Hashes second = Hashes.of(store, tmp.resolve("site"));
        assertNull(second.hash(a).bytes(), "size, time and identity as recorded long after the edit: trusted");
        assertEquals(h.hash(), second.hash(a).hash());
        file("a.md", "hai", old.plusSeconds(60));
        Hashes.Hashed changed = second.hash(a);
        assertNotNull(changed.bytes());
        assertEquals(Hashes.digest("hai".getBytes(StandardCharsets.UTF_8)), changed.hash());
    }

    @Test
    void aFileSavedJustBeforeItWasHashedIsHashedAgainEvenWithTheSameSizeAndTime() throws IOException {
        Store store = Store.at(tmp.resolve("cache"));
        Instant now = Instant.now();
        Path a = file("a.md", "một", now);
        Hashes first = Hashes.of(store, tmp.resolve("site"));
        first.hash(a);
        first.save();
        // The same tick of the clock, the same size: only the content tells.
        file("a.md", "mốt", now);
        Hashes second = Hashes.of(store, tmp.resolve("site"));
        Hashes.Hashed h = second.hash(a);
        assertNotNull(h.bytes(), "too recent to trust its time");
        assertEquals(Hashes.digest("mốt".getBytes(StandardCharsets.UTF_8)), h.hash());
    }

    @Test
    void aDamagedIndexOrAnotherFolderMeansEverythingIsHashed() throws IOException {
        Store store = Store.at(tmp.resolve("cache"));
        Path a = file("a.md", "một", Instant.now().minusSeconds(3600));
        Hashes first = Hashes.of(store, tmp.resolve("site"));
        first.hash(a);
        first.save();
        assertNotNull(Hashes.of(store, tmp.resolve("other")).hash(a).bytes(), "the index of another folder");
        try (var files = Files.walk(tmp.resolve("cache/hashes"))) {
            for (Path e : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(e);
                bytes[bytes.length - 10] ^= 1;
                Files.write(e, bytes);
            }
        }
        assertNotNull(Hashes.of(store, tmp.resolve("site")).hash(a).bytes(), "damaged");
    }
}
