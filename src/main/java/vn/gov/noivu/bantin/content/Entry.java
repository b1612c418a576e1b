package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.cache.Codec;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * The format of what the content stage learned of one file, as the cache keeps it: an entry of kind "article"
 * holds the article (or what could be read of a file with errors, for its links), its errors and warnings, and
 * the files of assets/ it looked at with their hashes; the body, as HTML, is an entry of its own (kind "html",
 * keyed by the article's key), read when a page shows it, so that a check or an edit that only lists the
 * articles reads no text. Every field of {@link Article} is written, in a fixed order; {@link #VERSION} is part
 * of every entry's key, so changing a field here means raising it, and entries of the old layout are simply not
 * found (EntryTest fails when a field of the model is not stored).
 */
final class Entry {
    /** Raise with any change of the layout below, or of what the content stage makes of a file. */
    static final int VERSION = 2;

    private Entry() {
    }

    /** A file of assets/ the result depends on (a picture's size, its existence), with its hash, "" when missing. */
    record Dependency(String path, String hash) {
    }

    /** The key of the body of the article whose entry has the key {@code article}. */
    static Key body(Key article) {
        return Key.of("html").add(article.hex()).key();
    }

    /** A body kept in the cache, as UTF-8. */
    record Stored(Store store, Key key) {
        String text() {
            java.util.Optional<byte[]> utf8 = store.read(key);
            if (utf8.isEmpty()) {
                store.delete(key); // damaged: gone, so that the next build reads the file again
                throw new IllegalStateException("the cache entry " + key.hex() + " went away during the build: build again");
            }
            return new String(utf8.get(), StandardCharsets.UTF_8);
        }
    }

    /** What {@link #decode} gives back. */
    record Decoded(ContentLoader.FileResult result, List<Dependency> dependencies) {
    }

    /** An entry's payload, and its article's body as UTF-8 (null: none). */
    record Encoded(byte[] bytes, byte[] body) {
    }

    static Encoded encode(ContentLoader.FileResult r, List<Dependency> dependencies) {
        Codec.Out out = new Codec.Out(r.article() == null ? 512 : 2048);
        article(out, r.article());
        article(out, r.invalid());
        out.i32(r.errors().size());
        for (ContentError e : r.errors()) {
            error(out, e);
        }
        out.i32(dependencies.size());
        for (Dependency d : dependencies) {
            out.str(d.path()).str(d.hash());
        }
        String body = r.article() == null ? null : r.article().bodyText();
        out.bool(body != null);
        return new Encoded(out.toBytes(), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The result an entry holds; its article's body stays in the cache (the entry {@link #body} of {@code key} in
     * {@code store}) and is read when a page asks. {@code term} gives one object for each category and tag name.
     */
    static Decoded decode(byte[] payload, Store store, Key key, Function<Term, Term> term) throws IOException {
        Codec.In in = new Codec.In(payload);
        Article.Data article = fields(in, term);
        Article.Data invalid = fields(in, term);
        int n = in.i32();
        List<ContentError> errors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            errors.add(error(in));
        }
        int d = in.i32();
        List<Dependency> dependencies = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            dependencies.add(new Dependency(in.str(), in.str()));
        }
        Stored body = in.bool() ? new Stored(store, body(key)) : null;
        if (!in.atEnd()) {
            throw new IOException("a cache entry goes on after its end");
        }
        Article a = article == null ? null : article.withBody(body);
        Article i = invalid == null ? null : invalid.withBody((Stored) null);
        return new Decoded(new ContentLoader.FileResult(a, List.copyOf(errors), i), List.copyOf(dependencies));
    }

    private static void article(Codec.Out out, Article a) {
        out.bool(a != null);
        if (a == null) {
            return;
        }
        out.u8(a.kind.ordinal());
        out.str(a.sourcePath).str(a.title).str(a.slug);
        stamp(out, a.date);
        stamp(out, a.updated);
        stamp(out, a.expires);
        term(out, a.category);
        out.i32(a.tags.size());
        for (Term t : a.tags) {
            term(out, t);
        }
        out.str(a.summary).str(a.author).str(a.credit).str(a.source);
        out.bool(a.image != null);
        if (a.image != null) {
            out.str(a.image.path()).str(a.image.alt()).str(a.image.caption());
            out.i32(a.image.focusX()).i32(a.image.focusY());
        }
        out.bool(a.draft);
        out.i32(a.aliases.size());
        for (String alias : a.aliases) {
            out.str(alias);
        }
        out.i32(a.links.size());
        for (InternalLink l : a.links) {
            out.str(l.target()).i32(l.line()).bool(l.image()).str(l.written());
        }
        out.str(a.pageInfo.lang());
        pageRef(out, a.pageInfo.translationOf());
        pageRef(out, a.pageInfo.parent());
        Map<String, Integer> lines = a.fieldLines();
        out.i32(lines.size());
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            out.str(e.getKey()).i32(e.getValue());
        }
    }

    private static Article.Data fields(Codec.In in, Function<Term, Term> term) throws IOException {
        if (!in.bool()) {
            return null;
        }
        Article.Kind kind = Article.Kind.values()[in.u8()];
        String sourcePath = in.str();
        String title = in.str();
        String slug = in.str();
        Dates.Stamp date = stamp(in);
        Dates.Stamp updated = stamp(in);
        Dates.Stamp expires = stamp(in);
        Term category = term(in, term);
        int tagCount = in.i32();
        List<Term> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(term(in, term));
        }
        String summary = in.str();
        String author = in.str();
        String credit = in.str();
        String source = in.str();
        Article.Image image = in.bool() ? new Article.Image(in.str(), in.str(), in.str(), in.i32(), in.i32()) : null;
        boolean draft = in.bool();
        int aliasCount = in.i32();
        List<String> aliases = new ArrayList<>(aliasCount);
        for (int i = 0; i < aliasCount; i++) {
            aliases.add(in.str());
        }
        int linkCount = in.i32();
        List<InternalLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new InternalLink(in.str(), in.i32(), in.bool(), in.str()));
        }
        Article.PageInfo info = new Article.PageInfo(in.str(), pageRef(in), pageRef(in));
        int lineCount = in.i32();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(in.str(), in.i32());
        }
        return new Article.Data(kind, sourcePath, title, slug, date, updated, expires, category, tags, summary, author,
                credit, source, image, draft, aliases, links, info, lines);
    }

    private static void error(Codec.Out out, ContentError e) {
        out.str(e.path()).i32(e.line()).str(e.field());
        message(out, e.message());
        message(out, e.hint());
        out.bool(e.warning());
    }

    private static ContentError error(Codec.In in) throws IOException {
        return new ContentError(in.str(), in.i32(), in.str(), message(in), message(in), in.bool());
    }

    /** A catalog message: its key, then each value as a nested message or as the text it is shown as. */
    private static void message(Codec.Out out, Message m) {
        out.str(m == null ? null : m.key());
        if (m == null) {
            return;
        }
        out.i32(m.args().size());
        for (Object arg : m.args()) {
            out.bool(arg instanceof Message);
            if (arg instanceof Message nested) {
                message(out, nested);
            } else {
                out.str(String.valueOf(arg));
            }
        }
    }

    private static Message message(Codec.In in) throws IOException {
        String key = in.str();
        if (key == null) {
            return null;
        }
        int n = in.i32();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = in.bool() ? message(in) : in.str();
        }
        return Message.of(key, args);
    }

    private static void stamp(Codec.Out out, Dates.Stamp s) {
        out.bool(s != null);
        if (s != null) {
            Instant i = s.instant().toInstant();
            out.i64(i.getEpochSecond()).i32(i.getNano()).bool(s.hasTime());
        }
    }

    /** Dates are read in Vietnam's zone, as {@link Dates#parse} gives them. */
    private static Dates.Stamp stamp(Codec.In in) throws IOException {
        if (!in.bool()) {
            return null;
        }
        ZonedDateTime t = Instant.ofEpochSecond(in.i64(), in.i32()).atZone(Dates.ZONE);
        return new Dates.Stamp(t, in.bool());
    }

    private static void term(Codec.Out out, Term t) {
        out.bool(t != null);
        if (t != null) {
            out.str(t.getName()).str(t.getSlug()).str(t.getUrl());
        }
    }

    private static Term term(Codec.In in, Function<Term, Term> term) throws IOException {
        return in.bool() ? term.apply(new Term(in.str(), in.str(), in.str())) : null;
    }

    private static void pageRef(Codec.Out out, Article.PageRef r) {
        out.bool(r != null);
        if (r != null) {
            out.str(r.slug()).i32(r.line());
        }
    }

    private static Article.PageRef pageRef(Codec.In in) throws IOException {
        return in.bool() ? new Article.PageRef(in.str(), in.i32()) : null;
    }
}
