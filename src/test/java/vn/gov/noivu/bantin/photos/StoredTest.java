package vn.gov.noivu.bantin.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The photos' entries in the cache: what is written is read back whole, and a damaged entry is not read. */
class StoredTest {
    private static final Made MADE = new Made(3000, 2000, List.of(
            new Made.File(Made.Role.SIZE, "webp", 360, 240, 3, new byte[] {1, 2, 3}),
            new Made.File(Made.Role.THUMBNAIL, "jpg", 300, 200, 2, new byte[] {4, 5}),
            new Made.File(Made.Role.SHARE, "jpg", 1200, 800, 1, new byte[] {6})));

    @Test
    void everyFieldOfADescriptionIsReadBack() {
        // Records compare every component: a field added to Made or Made.File and not stored fails here.
        assertEquals(MADE.described(), Stored.description(Stored.description(MADE)).orElseThrow());
        for (Made.Role role : Made.Role.values()) { // each role survives, whatever its ordinal
            Made one = new Made(10, 20, List.of(new Made.File(role, "jpg", 10, 20, 0, new byte[0])));
            assertEquals(one.described(), Stored.description(Stored.description(one)).orElseThrow());
        }
    }

    @Test
    void theFilesAreTheirBytesInOrderAndMustFitTheDescription() {
        byte[] files = Stored.files(MADE);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, files);
        assertTrue(Stored.fits(MADE.described(), files));
        assertFalse(Stored.fits(MADE.described(), Arrays.copyOf(files, 5)));
    }

    @Test
    void aDescriptionCutShortOrWithMoreIsNotRead() {
        byte[] bytes = Stored.description(MADE);
        assertTrue(Stored.description(Arrays.copyOf(bytes, bytes.length - 1)).isEmpty());
        assertTrue(Stored.description(Arrays.copyOf(bytes, bytes.length + 1)).isEmpty());
        assertTrue(Stored.description(new byte[0]).isEmpty());
    }

    @Test
    void whatASiteKeptOfItsPicturesIsReadBackWholeAndOnlyForAsManyPictures() {
        List<Stored.Kept> kept = List.of(new Stored.Kept(MADE.described(), 0), new Stored.Kept(null, 1234));
        byte[] bytes = Stored.kept(kept);
        assertEquals(kept, Stored.kept(bytes, 2).orElseThrow());
        assertTrue(Stored.kept(bytes, 3).isEmpty(), "another site's pictures");
        assertTrue(Stored.kept(Arrays.copyOf(bytes, bytes.length - 1), 2).isEmpty());
        assertTrue(Stored.kept(Arrays.copyOf(bytes, bytes.length + 1), 2).isEmpty());
    }
}
