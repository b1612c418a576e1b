package vn.gov.noivu.bantin.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * One validated source file: a news article or a static page. Immutable once loaded; getters are
 * named for Freemarker ({@code article.title}).
 */
public final class Article {
    /** What a source file is. */
    public enum Kind { ARTICLE, PAGE }

    /** The language of every article and of a page without {@code lang}. */
    public static final String VIETNAMESE = Urls.VIETNAMESE;
    /** The languages a page may be written in: Vietnamese, and English for the introduction and contacts. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of(VIETNAMESE, "en");

    /** Another page named in front matter by its slug, with the line it was written on. */
    public record PageRef(String slug, int line) {
    }

    /** Where a static page stands: its language, the Vietnamese page it translates, the page it sits under (or null). */
    public record PageInfo(String lang, PageRef translationOf, PageRef parent) {
    }

    /**
     * The lead photo: its path in assets/, text alternative, caption, and the point the lists' thumbnails are cut
     * around, in percent of the width from the left and of the height from the top (50, 50: the centre, unless
     * {@code image_focus} says otherwise).
     */
    public record Image(String path, String alt, String caption, int focusX, int focusY) {
        public String getPath() {
            return path;
        }

        public String getAlt() {
            return alt;
        }

        public String getCaption() {
            return caption;
        }
    }

    final Kind kind;
    final String sourcePath;
    final String title;
    final String slug;
    final String url;
    final Dates.Stamp date;
    final Dates.Stamp updated;
    final Dates.Stamp expires;
    final Term category;
    final List<Term> tags;
    final String summary;
    final String author;
    /** The words printed before the author's name ("Tin, ảnh"), or "" for the name alone. */
    final String credit;
    final String source;
    final Image image;
    final boolean draft;
    final List<String> aliases;
    /** The body, or null when it stays in the cache until asked for ({@link #storedBody}). */
    final String bodyHtml;
    final Entry.Stored storedBody;
    final List<InternalLink> links;
    /** The file line of each front-matter field, so site-wide checks (addresses, aliases) can name it. */
    private final java.util.Map<String, Integer> fieldLines;
    final PageInfo pageInfo;
    // Shown on every listing that carries the article: formatted once, not once per page.
    private final String dateText;
    private final String dateIso;
    /** The date's second since the epoch, which orders nearly every pair of articles without the whole date. */
    private final long second;

    /** Everything the content stage reads of a file but the body: an article once it has one. */
    record Data(Kind kind, String sourcePath, String title, String slug, Dates.Stamp date, Dates.Stamp updated,
                Dates.Stamp expires, Term category, List<Term> tags, String summary, String author, String credit,
                String source, Image image, boolean draft, List<String> aliases, List<InternalLink> links, PageInfo pageInfo,
                java.util.Map<String, Integer> fieldLines) {
        /** The article with its body in the cache (null: none, as for a check). */
        Article withBody(Entry.Stored body) {
            return new Article(this, null, body);
        }

        /** The article with its body in memory. */
        Article withBody(String html) {
            return new Article(this, html, null);
        }
    }

    private Article(Data d, String bodyHtml, Entry.Stored storedBody) {
        this.kind = d.kind();
        this.sourcePath = d.sourcePath();
        this.title = d.title();
        this.slug = d.slug();
        this.url = kind == Kind.ARTICLE ? Urls.article(slug) : Urls.page(slug, d.pageInfo().lang());
        this.date = d.date();
        this.second = date == null ? Long.MIN_VALUE : date.instant().toEpochSecond();
        this.updated = d.updated();
        this.expires = d.expires();
        this.category = d.category();
        this.tags = List.copyOf(d.tags());
        this.summary = d.summary();
        this.author = d.author();
        this.credit = d.credit();
        this.source = d.source();
        this.image = d.image();
        this.draft = d.draft();
        this.aliases = List.copyOf(d.aliases());
        this.bodyHtml = bodyHtml;
        this.storedBody = storedBody;
        this.links = List.copyOf(d.links());
        this.fieldLines = java.util.Map.copyOf(d.fieldLines());
        this.pageInfo = d.pageInfo();
        this.dateText = date == null ? "" : Dates.forReader(date);
        this.dateIso = date == null ? "" : Dates.iso(date.instant());
    }

    /** This article's fields but the body. */
    Data data() {
        return new Data(kind, sourcePath, title, slug, date, updated, expires, category, tags, summary, author, credit, source,
                image, draft, aliases, links, pageInfo, fieldLines);
    }

    /** The body as HTML, from memory or from the cache; null when it was not made (a check). */
    String bodyText() {
        return bodyHtml != null ? bodyHtml : storedBody == null ? null : storedBody.text();
    }

    /** The file line of each front-matter field (the cache keeps them). */
    java.util.Map<String, Integer> fieldLines() {
        return fieldLines;
    }

    /** The line of front-matter field {@code key}, or 1 (the file's start) when the field is absent. */
    public int line(String key) {
        return fieldLines.getOrDefault(key, 1);
    }

    /** True when the front matter has field {@code key}. */
    public boolean hasField(String key) {
        return fieldLines.containsKey(key);
    }

    /** Visible to readers at {@code now}: not a draft, not dated in the future, not expired. */
    public boolean isPublishedAt(ZonedDateTime now) {
        return !draft && (date == null || !date.instant().isAfter(now))
                && (expires == null || expires.instant().isAfter(now));
    }

    /**
     * Why readers do not see the article at {@code now} — a draft, dated later (it appears then), past its
     * expiry (since then) — or empty when {@link #isPublishedAt} it is: what {@code check} lists and a broken
     * link to it says.
     */
    public Optional<Message> whyUnpublished(ZonedDateTime now) {
        if (draft) {
            return Optional.of(Message.of("cli.unpublished.draft"));
        }
        if (date != null && date.instant().isAfter(now)) {
            return Optional.of(Message.of("cli.unpublished.scheduled", dateText));
        }
        if (expires != null && !expires.instant().isAfter(now)) {
            return Optional.of(Message.of("cli.unpublished.expired", Dates.forReader(expires)));
        }
        return Optional.empty();
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isPage() {
        return kind == Kind.PAGE;
    }

    /** Path of the source file relative to the site root, e.g. "content/tin-tuc/2014/01/abc.md". */
    public String getSourcePath() {
        return sourcePath;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    /** Site path of the page, e.g. "tin-tuc/abc.html". */
    public String getUrl() {
        return url;
    }

    public ZonedDateTime getDate() {
        return date == null ? null : date.instant();
    }

    /**
     * Newest first, then by address: as {@code getDate()} (reversed), then the slug, order them; the seconds
     * are compared first, the dates only within one second (10,000 articles are sorted on every build).
     */
    public static final java.util.Comparator<Article> NEWEST_FIRST = (a, b) -> {
        int c = Long.compare(b.second, a.second);
        if (c == 0) {
            c = b.getDate().compareTo(a.getDate());
        }
        return c != 0 ? c : a.getSlug().compareTo(b.getSlug());
    };

    /** The date as written: the instant, and whether a time was given. */
    public Dates.Stamp getDateStamp() {
        return date;
    }

    /** The expiry as written, or null. */
    public Dates.Stamp getExpiresStamp() {
        return expires;
    }

    /** "15/01/2014 13:46 (GMT+7)". */
    public String getDateText() {
        return dateText;
    }

    /** "15/01/2014": the day alone, for lists that give it in brackets (the day is how {@link #getDateText} begins). */
    public String getDayText() {
        return dateText.length() > 10 ? dateText.substring(0, 10) : dateText;
    }

    public String getDateIso() {
        return dateIso;
    }

    public ZonedDateTime getUpdated() {
        return updated == null ? null : updated.instant();
    }

    public String getUpdatedText() {
        return updated == null ? "" : Dates.forReader(updated);
    }

    public String getUpdatedIso() {
        return updated == null ? "" : Dates.iso(updated.instant());
    }

    /** When the article is withdrawn, or null. */
    public ZonedDateTime getExpires() {
        return expires == null ? null : expires.instant();
    }

    /** The newest of date and updated: what sitemaps and feeds call "modified". */
    public ZonedDateTime getModified() {
        if (updated != null && (date == null || updated.instant().isAfter(date.instant()))) {
            return updated.instant();
        }
        return getDate();
    }

    public Term getCategory() {
        return category;
    }

    public List<Term> getTags() {
        return tags;
    }

    public String getSummary() {
        return summary;
    }

    public String getAuthor() {
        return author;
    }

    /** What the author is credited with, printed before the name ("Tin, ảnh: Trịnh Phương"); "" prints the name alone. */
    public String getCredit() {
        return credit;
    }

    public String getSource() {
        return source;
    }

    public Image getImage() {
        return image;
    }

    public boolean isDraft() {
        return draft;
    }

    public List<String> getAliases() {
        return aliases;
    }

    /** The body as sanitized HTML; internal links starting with '/' already carry the site's base path. */
    public String getBodyHtml() {
        String text = bodyText();
        return text == null ? "" : text;
    }

    public List<InternalLink> getLinks() {
        return links;
    }

    /** "vi", or "en" for an English page. */
    public String getLang() {
        return pageInfo.lang();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /**
     * True when {@code other} has the same front matter as this article (its text may differ). Other
     * pages show an article's links by its front matter only, so a preview need not write them again
     * after an edit of the text alone.
     */
    public boolean sameFrontMatter(Article other) {
        return other != null && kind == other.kind && sourcePath.equals(other.sourcePath) && title.equals(other.title)
                && slug.equals(other.slug) && Objects.equals(date, other.date) && Objects.equals(updated, other.updated)
                && Objects.equals(expires, other.expires) && names(category == null ? List.of() : List.of(category))
                .equals(names(other.category == null ? List.of() : List.of(other.category)))
                && names(tags).equals(names(other.tags)) && summary.equals(other.summary) && author.equals(other.author)
                && credit.equals(other.credit) && source.equals(other.source) && Objects.equals(image, other.image) && draft == other.draft
                && aliases.equals(other.aliases);
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(t -> t.getName() + "\n" + t.getUrl()).toList();
    }

    /**
     * True when both lists hold the same article objects in the same order. A load returns the same object for
     * every file that did not change (the cache's memory), so this means "none of these articles changed, moved
     * or went away".
     */
    public static boolean sameObjects(List<Article> before, List<Article> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != after.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return sourcePath;
    }
}
