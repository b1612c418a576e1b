package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * The binary form of what the content stage read from one file (its {@link Article} and its warnings),
 * for the state a build leaves beside its output: every field, in a fixed order, so that an article read
 * back is equal in every respect to the one written. Strings are length-prefixed UTF-8; absent values are
 * flagged. The body is written apart (see {@link ContentLoader.Cache#write}) and read only when needed.
 */
final class CacheCodec {
    private CacheCodec() {
    }

    /** The article's body as UTF-8, from memory or from the state it was read from. */
    static byte[] body(Article a) {
        return a.bodyHtml != null ? a.bodyHtml.getBytes(StandardCharsets.UTF_8) : a.storedBody.bytes();
    }

    /**
     * The strings many articles share (field names, categories, tags, authors), each written once and then by its
     * number: two thirds of an article's strings, and of the time to read them back.
     */
    static final class Shared {
        private final Map<String, Integer> numbers = new java.util.HashMap<>();
        private final List<String> strings = new ArrayList<>();
        /**
         * One term object for all the articles of a category or tag read back: 40,000 fewer objects for the
         * collector to copy at 10,000 articles.
         */
        private final Map<List<String>, Term> terms = new java.util.HashMap<>();

        void write(Out out, String s) throws IOException {
            Integer n = s == null ? null : numbers.get(s);
            if (n != null) {
                out.writeInt(n);
                return;
            }
            out.writeInt(s == null ? -1 : -2);
            if (s != null) {
                string(out, s);
                numbers.put(s, numbers.size());
            }
        }

        String read(In in) throws IOException {
            int n = in.readInt();
            if (n == -1) {
                return null;
            }
            if (n != -2) {
                return strings.get(n);
            }
            String s = string(in);
            strings.add(s);
            return s;
        }
    }

    /** Everything but the body, which was written at {@code bodyOffset} of the file ({@code bodyLength} bytes). */
    static void write(Out out, Article a, long bodyOffset, int bodyLength, Shared shared) throws IOException {
        out.writeBoolean(a != null);
        if (a == null) {
            return;
        }
        out.writeByte(a.kind.ordinal());
        string(out, a.sourcePath);
        string(out, a.title);
        string(out, a.slug);
        stamp(out, a.date);
        stamp(out, a.updated);
        stamp(out, a.expires);
        term(out, a.category, shared);
        out.writeInt(a.tags.size());
        for (Term t : a.tags) {
            term(out, t, shared);
        }
        string(out, a.summary);
        shared.write(out, a.author);
        shared.write(out, a.credit);
        shared.write(out, a.source);
        out.writeBoolean(a.image != null);
        if (a.image != null) {
            string(out, a.image.path());
            string(out, a.image.alt());
            string(out, a.image.caption());
            out.writeInt(a.image.focusX());
            out.writeInt(a.image.focusY());
        }
        out.writeBoolean(a.draft);
        strings(out, a.aliases);
        out.writeLong(bodyOffset);
        out.writeInt(bodyLength);
        out.writeInt(a.links.size());
        for (InternalLink l : a.links) {
            string(out, l.target());
            out.writeInt(l.line());
            out.writeBoolean(l.image());
            string(out, l.written());
        }
        shared.write(out, a.pageInfo.lang());
        pageRef(out, a.pageInfo.translationOf());
        pageRef(out, a.pageInfo.parent());
        Map<String, Integer> lines = a.fieldLines();
        out.writeInt(lines.size());
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            shared.write(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** An article {@link #write} wrote, its body left in {@code file} until a page asks for it. */
    static Article readArticle(In in, java.nio.channels.FileChannel file, Shared shared) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Article.Kind kind = Article.Kind.values()[in.readByte()];
        String sourcePath = string(in);
        String title = string(in);
        String slug = string(in);
        Dates.Stamp date = stamp(in);
        Dates.Stamp updated = stamp(in);
        Dates.Stamp expires = stamp(in);
        Term category = term(in, shared);
        int tagCount = in.readInt();
        List<Term> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(term(in, shared));
        }
        String summary = string(in);
        String author = shared.read(in);
        String credit = shared.read(in);
        String source = shared.read(in);
        Article.Image image = in.readBoolean()
                ? new Article.Image(string(in), string(in), string(in), in.readInt(), in.readInt()) : null;
        boolean draft = in.readBoolean();
        List<String> aliases = strings(in);
        StoredText body = new StoredText(file, in.readLong(), in.readInt());
        int linkCount = in.readInt();
        List<InternalLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new InternalLink(string(in), in.readInt(), in.readBoolean(), string(in)));
        }
        Article.PageInfo info = new Article.PageInfo(shared.read(in), pageRef(in), pageRef(in));
        int lineCount = in.readInt();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(shared.read(in), in.readInt());
        }
        return new Article(kind, sourcePath, title, slug, date, updated, expires, category, tags, summary, author, credit,
                source, image, draft, aliases, null, body, links, info, lines);
    }

    static void write(Out out, ContentError e) throws IOException {
        string(out, e.path());
        out.writeInt(e.line());
        string(out, e.field());
        message(out, e.message());
        message(out, e.hint());
        out.writeBoolean(e.warning());
    }

    static ContentError readError(In in) throws IOException {
        return new ContentError(string(in), in.readInt(), string(in), message(in), message(in), in.readBoolean());
    }

    /** A catalog message: its key, then each value as a nested message or as the text it is shown as. */
    private static void message(Out out, Message m) throws IOException {
        string(out, m == null ? null : m.key());
        if (m == null) {
            return;
        }
        out.writeInt(m.args().size());
        for (Object arg : m.args()) {
            out.writeBoolean(arg instanceof Message);
            if (arg instanceof Message nested) {
                message(out, nested);
            } else {
                string(out, String.valueOf(arg));
            }
        }
    }

    private static Message message(In in) throws IOException {
        String key = string(in);
        if (key == null) {
            return null;
        }
        int n = in.readInt();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = in.readBoolean() ? message(in) : string(in);
        }
        return Message.of(key, args);
    }

    private static void stamp(Out out, Dates.Stamp s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            Instant i = s.instant().toInstant();
            out.writeLong(i.getEpochSecond());
            out.writeInt(i.getNano());
            out.writeBoolean(s.hasTime());
        }
    }

    private static Dates.Stamp stamp(In in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        ZonedDateTime t = Instant.ofEpochSecond(in.readLong(), in.readInt()).atZone(Dates.ZONE);
        return new Dates.Stamp(t, in.readBoolean());
    }

    private static void term(Out out, Term t, Shared shared) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            shared.write(out, t.getName());
            shared.write(out, t.getSlug());
            shared.write(out, t.getUrl());
        }
    }

    private static Term term(In in, Shared shared) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String name = shared.read(in);
        String slug = shared.read(in);
        String url = shared.read(in);
        return shared.terms.computeIfAbsent(java.util.Arrays.asList(name, slug, url), k -> new Term(name, slug, url));
    }

    private static void pageRef(Out out, Article.PageRef r) throws IOException {
        out.writeBoolean(r != null);
        if (r != null) {
            string(out, r.slug());
            out.writeInt(r.line());
        }
    }

    private static Article.PageRef pageRef(In in) throws IOException {
        return in.readBoolean() ? new Article.PageRef(string(in), in.readInt()) : null;
    }

    private static void strings(Out out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(In in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    static void string(Out out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(In in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : in.utf8(n);
    }

    /**
     * Where the codec writes: a file, through a buffer, big-endian like {@link java.io.DataOutputStream},
     * whose methods lock the stream for every byte (millions of times for a state of 10,000 articles).
     */
    static final class Out {
        private final BodyStore file;
        private final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
        private long position;

        /** Writes into {@code file} from {@code position} on. */
        Out(BodyStore file, long position) {
            this.file = file;
            this.position = position;
        }

        private void room(int n) throws IOException {
            if (buffer.remaining() < n) {
                flush();
            }
        }

        void writeBoolean(boolean b) throws IOException {
            writeByte(b ? 1 : 0);
        }

        void writeByte(int b) throws IOException {
            room(1);
            buffer.put((byte) b);
        }

        void writeInt(int v) throws IOException {
            room(Integer.BYTES);
            buffer.putInt(v);
        }

        void writeLong(long v) throws IOException {
            room(Long.BYTES);
            buffer.putLong(v);
        }

        void write(byte[] b) throws IOException {
            if (b.length > buffer.capacity()) {
                flush();
                write(java.nio.ByteBuffer.wrap(b));
                return;
            }
            room(b.length);
            buffer.put(b);
        }

        /** Writes what the buffer holds; returns where the next byte goes. */
        long flush() throws IOException {
            write(buffer.flip());
            buffer.clear();
            return position;
        }

        private void write(java.nio.ByteBuffer bytes) throws IOException {
            int n = bytes.remaining();
            try {
                file.write(bytes, position);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            position += n;
        }
    }

    /** Where the codec reads: what {@link Out} wrote in a file, from a position to the file's end, through a buffer. */
    static final class In {
        private final java.nio.channels.FileChannel file;
        private final long end;
        private long position;
        private java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16).flip();

        In(java.nio.channels.FileChannel file, long position) throws IOException {
            this.file = file;
            this.position = position;
            this.end = file.size();
        }

        boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        byte readByte() throws IOException {
            need(1);
            return buffer.get();
        }

        int readInt() throws IOException {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        long readLong() throws IOException {
            need(Long.BYTES);
            return buffer.getLong();
        }

        String utf8(int n) throws IOException {
            need(n);
            String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + n);
            return s;
        }

        boolean atEnd() {
            return !buffer.hasRemaining() && position >= end;
        }

        /** Has the buffer hold {@code n} bytes; a damaged or cut state reads as an error, never as a wrong value. */
        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) {
                return;
            }
            if (n < 0 || end - position < n - buffer.remaining()) {
                throw new java.io.EOFException("the state ends early");
            }
            if (n > buffer.capacity()) {
                buffer = java.nio.ByteBuffer.allocate(n).put(buffer);
            } else {
                buffer.compact();
            }
            while (buffer.position() < n) {
                int read = file.read(buffer, position);
                if (read <= 0) {
                    throw new java.io.EOFException("the state ends early");
                }
                position += read;
            }
            buffer.flip();
        }
    }
}
