package vn.gov.noivu.bantin.content;


/** A category (chuyên mục) or a tag (chủ đề): its name as written and its ASCII slug. */
public final class Term implements Comparable<Term> {
    private final String name;
    private final String slug;
    private final String url;

    public Term(String name, String slug, String url) {
        this.name = name;
        this.slug = slug;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    /** Site path of the term's first listing page, e.g. "chuyen-muc/tin-hoat-dong/". */
    public String getUrl() {
        return url;
    }

    @Override
    public int compareTo(Term o) {
        return slug.compareTo(o.slug);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && t.slug.equals(slug) && t.url.equals(url);
    }

    @Override
    public int hashCode() {
        return url.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
