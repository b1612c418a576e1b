package vn.gov.noivu.bantin.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static Key key(String... parts) {
        Key.Builder b = Key.of("article");
        for (String p : parts) {
            b.add(p);
        }
        return b.key();
    }

    @Test
    void whatIsWrittenIsReadBack() {
        Store store = Store.at(dir.resolve("cache"));
        byte[] payload = "Hội nghị tổng kết".getBytes(StandardCharsets.UTF_8);
        assertTrue(store.write(key("a"), payload));
        assertArrayEquals(payload, store.read(key("a")).orElseThrow());
        assertEquals(Optional.empty(), store.read(key("b")));
    }

    @Test
    void partsAreLengthPrefixed() {
        assertNotEquals(key("ab", "c"), key("a", "bc"));
        assertEquals(key("ab", "c"), key("ab", "c"));
    }

    @Test
    void aDamagedCutOrForeignEntryIsNotFound() throws IOException {
        Store store = Store.at(dir);
        Key k = key("x");
        store.write(k, new byte[1000]);
        Path file = store.file(k);
        byte[] whole = Files.readAllBytes(file);
        whole[whole.length / 2] ^= 1;
        Files.write(file, whole);
        assertEquals(Optional.empty(), store.read(k), "a flipped bit");
        store.write(k, new byte[1000]);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 500));
        assertEquals(Optional.empty(), store.read(k), "cut short");
        Files.writeString(file, "not an entry");
        assertEquals(Optional.empty(), store.read(k), "foreign");
        // An entry moved under another key's name is not that key's.
        Key other = key("y");
        store.write(other, new byte[] {1, 2, 3});
        Files.createDirectories(store.file(k).getParent());
        Files.copy(store.file(other), store.file(k), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Optional.empty(), store.read(k), "another key's entry");
        assertTrue(store.write(k, new byte[] {7}));
        assertArrayEquals(new byte[] {7}, store.read(k).orElseThrow(), "written again");
    }

    @Test
    void writersOfOneKeyNeverLeaveAHalfEntry() throws Exception {
        Store store = Store.at(dir);
        Key k = key("shared");
        byte[] payload = new byte[256 * 1024];
        new java.util.Random(1).nextBytes(payload);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                work.add(pool.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        store.write(k, payload);
                        store.read(k).ifPresent(read -> assertArrayEquals(payload, read));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertArrayEquals(payload, store.read(k).orElseThrow());
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    @Test
    void manyOldEntriesNotKeptArePrunedAndYoungOnesStay() throws IOException {
        Store store = Store.at(dir);
        java.util.Set<Key> kept = new java.util.HashSet<>();
        List<Key> old = new ArrayList<>();
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        for (int i = 0; i < 3000; i++) {
            Key k = key("entry " + i);
            store.write(k, new byte[] {(byte) i});
            if (i < 100) {
                kept.add(k);
            }
            if (i < 2900) {
                Files.setLastModifiedTime(store.file(k), longAgo);
                old.add(k);
            }
        }
        assertEquals(0, store.prune("article", kept, java.time.Duration.ofDays(10)), "none old enough");
        assertEquals(2800, store.prune("article", kept, java.time.Duration.ofHours(1)));
        for (Key k : kept) {
            assertTrue(store.read(k).isPresent());
        }
        assertTrue(store.read(key("entry 2950")).isPresent(), "written just now: another build's, maybe");
        assertEquals(Optional.empty(), store.read(old.get(2000)));
        assertEquals(0, store.prune("article", kept, java.time.Duration.ofHours(1)), "few left: nothing to do");
    }

    @Test
    void anUnwritableFolderIsNotAnError() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "");
        Store store = Store.at(file.resolve("cache"));
        assertEquals(false, store.write(key("a"), new byte[] {1}));
        assertEquals(Optional.empty(), store.read(key("a")));
    }
}
