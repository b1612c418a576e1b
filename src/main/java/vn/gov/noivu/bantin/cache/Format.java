package vn.gov.noivu.bantin.cache;

/** The version of every entry's layout: raise it when any stored field changes, and old entries are not found. */
final class Format {
    static final int VERSION = 1;

    private Format() {
    }
}
