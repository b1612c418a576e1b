package vn.gov.noivu.bantin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * The cache's format of what the content stage read of a file: everything written is read back equal, field by
 * field of the model, so a field added to {@link Article} and not stored fails here.
 */
class EntryTest {
    @TempDir
    Path tmp;

    /** An article whose every field holds a value other than its type's default. */
    static Article.Data sample() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("title", 2);
        lines.put("date", 3);
        return new Article.Data(Article.Kind.ARTICLE, "content/tin-tuc/2024/01/hoi-nghi.md", "Hội nghị <script> & A",
                "hoi-nghi", stamp("2024-01-15T08:30+07:00", true), stamp("2024-01-16T09:00+07:00", true),
                stamp("2030-01-01", false), new Term("Tin hoạt động", "tin-hoat-dong", "chuyen-muc/tin-hoat-dong/"),
                List.of(new Term("công chức", "cong-chuc", "the/cong-chuc/")), "Tóm tắt", "Trịnh Phương", "Tin, ảnh",
                "Báo Quảng Ngãi", new Article.Image("images/a.jpg", "Toàn cảnh", "Chú thích", 30, 70), true,
                List.of("tin-tuc/cu.html"), List.of(new InternalLink("tin-tuc/b.html", 12, true, "[[108/2014/NĐ-CP]]")),
                new Article.PageInfo("en", new Article.PageRef("gioi-thieu", 4), new Article.PageRef("cha", 5)), lines);
    }

    private static Dates.Stamp stamp(String text, boolean time) {
        return new Dates.Stamp(Dates.parse(text).orElseThrow().instant(), time);
    }

    @Test
    void everyFieldOfTheModelIsStoredAndReadBack() throws Exception {
        Article a = sample().withBody("<p>Đoạn văn</p>\n");
        for (Field f : fields()) {
            assertTrue(isSet(f, a), "the sample leaves " + f.getName() + " at its default: give it a value");
        }
        ContentError warning = ContentError.warning("content/x.md", 3, "title", Message.of("settings.notNumber",
                Message.of("word.category")), Message.of("hint.removeOne"));
        ContentLoader.FileResult result = new ContentLoader.FileResult(a, List.of(warning), null);
        List<Entry.Dependency> deps = List.of(new Entry.Dependency("assets/images/a.jpg", "abc"), new Entry.Dependency("assets/b.png", ""));
        Store store = Store.at(tmp);
        Key key = Key.of("article").add("x").key();
        Entry.Encoded encoded = Entry.encode(result, deps);
        store.write(key, encoded.bytes());
        store.write(Entry.body(key), encoded.body());
        Entry.Decoded back = Entry.decode(encoded.bytes(), store, key, Function.identity());
        Article b = back.result().article();
        for (Field f : fields()) {
            if (f.getName().equals("bodyHtml") || f.getName().equals("storedBody")) {
                continue; // the body stays in the cache: compared as text below
            }
            assertEquals(deep(f.get(a)), deep(f.get(b)), f.getName());
        }
        assertEquals(a.getBodyHtml(), b.getBodyHtml());
        assertEquals(List.of(warning.toString()), back.result().errors().stream().map(ContentError::toString).toList());
        assertEquals(deps, back.dependencies());
        assertEquals(null, back.result().invalid());
    }

    @Test
    void aFileWithErrorsKeepsWhatCouldBeReadAndAnEntryWithoutHtmlSaysSo() throws IOException {
        Article invalid = sample().withBody((String) null);
        ContentError error = ContentError.of("content/x.md", 3, "date", Message.of("field.missing"), Message.of("hint.removeOne"));
        Entry.Encoded encoded = Entry.encode(new ContentLoader.FileResult(null, List.of(error), invalid), List.of());
        assertEquals(null, encoded.body());
        Entry.Decoded back = Entry.decode(encoded.bytes(), Store.at(tmp), Key.of("article").add("y").key(), Function.identity());
        assertEquals(null, back.result().article());
        assertEquals(invalid.getLinks(), back.result().invalid().getLinks());
        assertEquals(invalid.getTitle(), back.result().invalid().getTitle());
        assertEquals(List.of(error.toString()), back.result().errors().stream().map(ContentError::toString).toList());
    }

    @Test
    void aCutOrLengthenedEntryIsAnErrorNeverAWrongArticle() {
        byte[] bytes = Entry.encode(new ContentLoader.FileResult(sample().withBody("<p>x</p>"), List.of()), List.of()).bytes();
        Key key = Key.of("article").add("z").key();
        for (int cut : new int[] {1, 7, bytes.length / 2}) {
            byte[] shorter = java.util.Arrays.copyOf(bytes, bytes.length - cut);
            assertThrows(IOException.class, () -> Entry.decode(shorter, Store.at(tmp), key, Function.identity()), "cut by " + cut);
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        assertThrows(IOException.class, () -> Entry.decode(longer, Store.at(tmp), key, Function.identity()));
    }

    @Test
    void theVersionIsPartOfTheContentsKey() {
        assertNotEquals(0, Entry.VERSION);
    }

    private static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (Field f : Article.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code f} holds something other than its type's default in {@code a} (the body: in memory or stored). */
    private static boolean isSet(Field f, Article a) {
        try {
            if (f.getName().equals("storedBody")) {
                return true; // the other way of holding the body, checked with bodyHtml
            }
            Object v = f.get(a);
            return v != null && !(v instanceof Boolean b && !b) && !(v instanceof Number n && n.longValue() == 0)
                    && !(v instanceof Collection<?> c && c.isEmpty()) && !(v instanceof Map<?, ?> m && m.isEmpty())
                    && !(v instanceof String s && s.isEmpty());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values compared by what they hold (terms have no equals of their own). */
    private static Object deep(Object v) {
        if (v instanceof Term t) {
            return List.of(t.getName(), t.getSlug(), t.getUrl());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(EntryTest::deep).toList();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return v;
    }
}
